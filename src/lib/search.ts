/**
 * Search helpers shared by the search element (src/scripts/search.ts) and its unit tests: the reader's words
 * turned into what Pagefind matches well, the URL that holds a search, and excerpts made safe to show.
 * Pure: no DOM, no Pagefind.
 */

/** Filter groups the index carries (values are ids: see SearchFacets.astro). */
export const FILTER_KEYS = ['kind', 'category', 'marketplace'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  /** What the reader typed, as typed. */
  q: string;
  /** One chosen value per filter group; absent means "all". */
  filters: Partial<Record<FilterKey, string>>;
  /** Also search the other language's pages. */
  both: boolean;
}

/** URL parameter per filter group (`market` reads better in a link than `marketplace`). */
const FILTER_PARAMS: Record<FilterKey, string> = { kind: 'kind', category: 'category', marketplace: 'market' };
/** Longer input is cut: nobody types more, and a pasted page would only slow the search down. */
export const MAX_QUERY_LENGTH = 200;

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(FILTER_PARAMS[key])?.trim();
    if (value) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), filters, both: params.get('all') === '1' };
}

/** The query string for a search ('' when there is nothing to search), stable in order so equal searches give equal URLs. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(FILTER_PARAMS[key], value);
  }
  if (state.both) params.set('all', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchQueryString(a) === searchQueryString(b);
}

/** Particles and pronouns ("被跟卖了", "how do I appeal"): they say nothing about the problem, so they are dropped. */
const CHINESE_PARTICLES = new Set([
  '吗',
  '呢',
  '吧',
  '啊',
  '了',
  '被',
  '的',
  '得',
  '地',
  '我',
  '我的',
  '我们',
  '你',
  '是',
  '在',
  '和',
  '与',
  '或',
  '就',
  '都',
  '也',
  '请问',
  '呀',
  '嘛',
  '么',
  '把',
  '给',
  '让',
  '嗎',
  '們',
  '我們',
  '與',
  '請問',
  '麼',
  '給',
  '讓',
]);
const ENGLISH_PARTICLES = new Set([
  'do',
  'does',
  'did',
  'i',
  'me',
  'my',
  'we',
  'our',
  'you',
  'is',
  'are',
  'was',
  'were',
  'be',
  'the',
  'a',
  'an',
  'to',
  'of',
  'for',
  'in',
  'on',
  'at',
  'with',
  'about',
  'please',
  'it',
  'this',
  'that',
  'didnt',
  'dont',
  'doesnt',
  'isnt',
  'wasnt',
  'im',
  'ive',
]);
/**
 * Question words and light verbs (怎么, 哪个, 用, when, how): no page is about them, yet with the words beside them
 * they can be what a page answers ("怎么用" is the how-to-use reply, "什么时候到" the delivery-time reply). They are
 * searched with a lower weight, never required and never named as missing.
 */
const CHINESE_QUESTION_WORDS = new Set([
  '怎么',
  '怎样',
  '怎么样',
  '怎么办',
  '如何',
  '什么',
  '为什么',
  '为何',
  '哪个',
  '哪些',
  '哪里',
  '哪儿',
  '该',
  '应该',
  '要',
  '需要',
  '可以',
  '能',
  '能否',
  '是否',
  '有',
  '还',
  '求',
  '一下',
  '办',
  '找',
  '用',
  '被人',
  '别人',
  '有人',
  '还是',
  '一个',
  '不要',
  '要不要',
  '可不可以',
  '行不行',
  // The same words in Traditional characters (zh-Hant site, or a Traditional query on the Simplified one).
  '怎麼',
  '怎樣',
  '怎麼樣',
  '怎麼辦',
  '為什麼',
  '為何',
  '哪個',
  '哪裡',
  '哪兒',
  '該',
  '應該',
  '能否',
  '還',
  '辦',
  '啥',
  '咋',
  '咋办',
  '咋辦',
]);
const ENGLISH_QUESTION_WORDS = new Set([
  'how',
  'what',
  'which',
  'who',
  'where',
  'when',
  'why',
  'can',
  'could',
  'should',
  'would',
  'get',
  'got',
  // Verbs that only report ("buyer says the item was used").
  'says',
  'said',
  'told',
  'tells',
  'help',
]);

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[\p{Script=Latin}\d][\p{Script=Latin}\d'’.%-]*$/u;
/** A hyphenated compound such as "A-to-z": the Chinese index splits it into "a", "to", "z". */
const COMPOUND = /^[\p{Script=Latin}\d]+(?:-[\p{Script=Latin}\d]+)+$/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * First word of the sellers'-vocabulary text that the build adds to each page's indexed copy (see
 * src/lib/search-vocabulary.ts). A fragment's content is cut here: the words after it are not on the page.
 */
export const KEYWORD_MARK = 'zzkeywords';

/** The page text of a fragment's content, without the vocabulary words the build added. */
export function pageContent(content: string): string {
  const cut = content.indexOf(KEYWORD_MARK);
  return cut < 0 ? content : content.slice(0, cut);
}

/** True when Pagefind drew the excerpt from the added vocabulary words rather than from the page's own text. */
export function excerptFromKeywords(excerpt: string, content: string): boolean {
  if (!content.includes(KEYWORD_MARK)) return false;
  const squash = (text: string) => text.replace(/[\s\u200B]+/g, '');
  const shown = squash(
    excerptParts(excerpt)
      .map((p) => p.text)
      .join(''),
  );
  return shown.includes(KEYWORD_MARK) || !squash(pageContent(content)).includes(shown);
}

/** Simplified and Traditional pairs written by the build (dist/pagefind/script-map.json). */
export interface ScriptMap {
  /** Simplified and Traditional character, alternating. */
  chars: string;
  /** [Simplified, Traditional] words whose conversion is more than their characters. */
  phrases: [string, string][];
}

/**
 * The query in the index's script: a Traditional query on the Simplified site, or the reverse. Phrases first
 * (longest first), then characters; characters the map does not know stay as typed.
 */
export function convertScript(text: string, map: ScriptMap, to: 'simplified' | 'traditional'): string {
  const toTraditional = to === 'traditional';
  const phrases = map.phrases.map(
    ([simplified, traditional]) => (toTraditional ? [simplified, traditional] : [traditional, simplified]) as [string, string],
  );
  phrases.sort((a, b) => b[0].length - a[0].length);
  let out = text;
  for (const [from, into] of phrases) out = out.split(from).join(into);
  const chars = new Map<string, string>();
  const pairs = [...map.chars];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [simplified, traditional] = [pairs[i]!, pairs[i + 1]!];
    // The first pair of a character is its usual form; later pairs come from Taiwan phrases (账 → 賬, then 帳).
    if (toTraditional) {
      if (!chars.has(simplified)) chars.set(simplified, traditional);
    } else if (!chars.has(traditional)) chars.set(traditional, simplified);
  }
  return [...out].map((c) => chars.get(c) ?? c).join('');
}

/** Share of its score a question word (PreparedQuery `weak`) adds to a page the other words found. */
const WEAK_WEIGHT = 0.5;

/** One word's results as Pagefind scores them (its own BM25 score, metadata weights included). */
export interface TermHit {
  id: string;
  score: number;
}

export interface CombinedRanking {
  /** Page ids, best first: each page's score is the sum of its scores for the words it has. */
  ids: string[];
  /** The summed score per page id. */
  scores: Map<string, number>;
  /** Words the first page lacks when no page has every word the index knows (for the "partial" message); else empty. */
  missing: string[];
}

/**
 * Ranks pages by the sum of their scores for each word searched alone, instead of requiring every word: a seller's
 * question has words no page uses together ("看不懂 亚马逊 邮件 停用 审核"), and when every word is required only
 * long pages that mention everything in passing remain. Each word's score already weighs how rare it is and where
 * it stands (title, keywords, body), so the page that answers most of the question ranks first, and pages with
 * every word rank high without being the only ones. Pages below `floor` × the best score are left out: a word
 * nearly every page has (a single character such as 家) would otherwise list every page. `weak` holds the results
 * of the query's question words: they add WEAK_WEIGHT × their score to pages the words found, and are never missing.
 */
export function combineTermResults(
  terms: readonly string[],
  perTerm: readonly (readonly TermHit[])[],
  { floor = 0.15, weak = [] as readonly (readonly TermHit[])[] } = {},
): CombinedRanking {
  const scores = new Map<string, number>();
  const has = new Map<string, Set<number>>();
  perTerm.forEach((hits, i) => {
    for (const hit of hits) {
      scores.set(hit.id, (scores.get(hit.id) ?? 0) + hit.score);
      has.set(hit.id, (has.get(hit.id) ?? new Set()).add(i));
    }
  });
  // Question words only add to the pages the other words found.
  for (const hits of weak)
    for (const hit of hits) if (scores.has(hit.id)) scores.set(hit.id, scores.get(hit.id)! + hit.score * WEAK_WEIGHT);
  const best = Math.max(0, ...scores.values());
  const ids = [...scores.keys()]
    .filter((id) => scores.get(id)! >= best * floor)
    .sort((a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : 1));
  const known = terms.map((_, i) => i).filter((i) => (perTerm[i]?.length ?? 0) > 0);
  const complete = [...has.values()].some((found) => known.every((i) => found.has(i)));
  const first = ids[0] === undefined ? undefined : has.get(ids[0]);
  const missing = complete || !first ? [] : known.filter((i) => !first.has(i)).map((i) => terms[i]!);
  return { ids, scores, missing };
}

/** Shortest prefix a misspelt word is cut back to: shorter ones match too many words to mean anything. */
const MIN_TYPO_PREFIX = 5;

/**
 * Shorter forms to try, in order, for a Latin word the index does not know (most often a misspelling: Pagefind
 * matches word starts, so "suspention" → "suspen" finds suspension and suspended, "counterfit" → "counterf" finds
 * counterfeit). A word of six letters or more is cut one letter at a time down to `MIN_TYPO_PREFIX` letters or
 * three fifths of its length, whichever is longer. Chinese, numbers and short words have none.
 */
export function typoPrefixes(term: string): string[] {
  if (!/^\p{Script=Latin}{6,}$/u.test(term)) return [];
  const shortest = Math.max(MIN_TYPO_PREFIX, Math.ceil(term.length * 0.6));
  const prefixes: string[] = [];
  for (let length = term.length - 1; length >= shortest; length -= 1) prefixes.push(term.slice(0, length));
  return prefixes;
}

export interface PreparedQuery {
  /** What to give Pagefind's ordinary search (question words dropped); '' when nothing is left to search. */
  terms: string;
  /** Question words of the query (怎么, 用, when), searched as well with a lower weight; never required. */
  weak?: string;
  /**
   * An exact-phrase search to run as well, its hits ranked first: set for pasted English sentences (a notice or
   * letter line) and for hyphenated compounds, which only an exact search keeps together in the Chinese index.
   */
  phrase?: string;
}

/**
 * Turns what the reader typed into Pagefind queries. Chinese is split into words with Intl.Segmenter (as Pagefind
 * itself does), question words are dropped unless nothing else is left, and quoted input is left alone.
 */
export function prepareQuery(input: string, locale: string): PreparedQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH).replace(/\s+/g, ' ').trim();
  if (!text) return { terms: '' };
  if (/^".+"$/.test(text)) return { terms: text };

  const words = segmentWords(text, locale).filter((word) => !CHINESE_PARTICLES.has(word) && !ENGLISH_PARTICLES.has(word.toLowerCase()));
  const isQuestionWord = (word: string) => CHINESE_QUESTION_WORDS.has(word) || ENGLISH_QUESTION_WORDS.has(word.toLowerCase());
  // A word typed twice ("发邮件申诉 还是后台申诉") is one word: searched twice, it would count double.
  const kept = [...new Set(words.filter((word) => !isQuestionWord(word)))];
  const terms = kept.length ? kept.join(' ') : text;
  const weak = kept.length ? [...new Set(words.filter(isQuestionWord))].join(' ') : '';

  const parts = text.split(' ');
  const looksPasted = !hasHan(text) && parts.length >= 4 && parts.every((word) => LATIN_WORD.test(word));
  const compound = parts.find((word) => COMPOUND.test(word));
  const phrase = looksPasted ? longestPlainRun(parts) : compound ? `"${compound}"` : undefined;
  return { terms, ...(weak ? { weak } : {}), ...(phrase ? { phrase } : {}) };
}

/**
 * The longest run of at least three plain words, quoted: "1%" or "A-to-z" inside a phrase stops the Chinese
 * index's exact match (it splits them into pieces), so the phrase stops there too.
 */
function longestPlainRun(words: readonly string[]): string | undefined {
  let best: string[] = [];
  let run: string[] = [];
  for (const word of [...words, '']) {
    if (/^[\p{Script=Latin}'’]+$/u.test(word)) run.push(word);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return best.length >= 3 ? `"${best.join(' ')}"` : undefined;
}

/** Words of the text: Intl.Segmenter's words where it exists (all current browsers, Node), else the space-separated parts. */
function segmentWords(text: string, locale: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return text.split(' ');
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words: string[] = [];
  for (const part of text.split(' ')) {
    // A compound, an e-mail address or a number like "1%" stays whole: Pagefind handles it better than its pieces.
    if (!hasHan(part)) {
      words.push(part);
      continue;
    }
    for (const { segment, isWordLike } of segmenter.segment(part)) {
      // "封了", "冻结的": the particle glued to a word would stop it matching the word alone.
      if (isWordLike) words.push(segment.length > 1 ? segment.replace(/[了的吗呢吧啊嗎]$/u, '') : segment);
    }
  }
  return words;
}

export interface ExcerptPart {
  text: string;
  /** A matched word: shown in <mark>. */
  marked: boolean;
}

const PAGEFIND_ESCAPES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Undoes Pagefind's escaping of page text in excerpts and fragment content. Not a general HTML decoder, on purpose:
 * Pagefind writes only these few entities, and the search island should not carry HTML's full entity table
 * (the build and the tests, which read real HTML, decode with the `entities` package).
 */
export const unescapePagefind = (text: string) =>
  text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => PAGEFIND_ESCAPES[entity] ?? entity);

/**
 * Splits a Pagefind excerpt into plain text and matched words. Only bare <mark> and </mark> are understood; any
 * other tag, or a <mark> with attributes, stays visible as text, so the excerpt can only ever become text nodes
 * and <mark> elements. Pagefind escapes < and > in page text, so a real tag here came from Pagefind.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.replace(/\u200B/g, '').split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = unescapePagefind(piece);
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** Result ids in order: exact-phrase hits first, then the ordinary ones not already listed. */
export function mergeRanked<T extends { id: string }>(first: readonly T[], second: readonly T[]): T[] {
  const seen = new Set(first.map((r) => r.id));
  return [...first, ...second.filter((r) => !seen.has(r.id))];
}

/** An element with an id inside an indexed page, as Pagefind records it: `location` is the index of its first word. */
export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}

export interface MatchedRow {
  /** The row's id: the result URL's page plus `#id` opens the page at that row. */
  id: string;
  /** The row's text as shown on the page (cut to `maxLength` characters). */
  text: string;
}

/**
 * Table rows of a result that the reader asked for by name (the contacts page's addresses, whose first cell is the
 * marketplace: "德国 冻结 邮箱" should show the German address itself): rows whose first word matched, or that
 * start with one of `labels` (the marketplace chosen in the filter). Pagefind counts words as the runs between spaces and the zero-width spaces it puts
 * between Chinese words; a row runs from its anchor to the next anchor. In the browser Pagefind strips those
 * zero-width spaces from `content`, so the count uses `raw_content` (the same text with < and > escaped).
 */
export function matchedRows(
  fragment: { content: string; raw_content?: string; anchors?: readonly PagefindAnchor[]; locations?: readonly number[] },
  labels: readonly string[] = [],
  limit = 3,
  maxLength = 110,
): MatchedRow[] {
  // The vocabulary words the build added after the page text are not a row.
  const content = pageContent(fragment.raw_content ?? fragment.content);
  const anchors = [...(fragment.anchors ?? [])].sort((a, b) => a.location - b.location);
  const locations = fragment.locations ?? [];
  const wordStarts = [...content.matchAll(/[^\s\u200B]+/g)].map((m) => m.index);
  const rows: MatchedRow[] = [];
  anchors.forEach((anchor, i) => {
    if (anchor.element !== 'tr' || rows.length >= limit) return;
    const end = anchors[i + 1]?.location ?? wordStarts.length;
    const from = wordStarts[anchor.location];
    if (from === undefined) return;
    const named = locations.includes(anchor.location) || labels.some((label) => content.startsWith(label, from));
    if (!named) return;
    const text = unescapePagefind(content.slice(from, wordStarts[end] ?? content.length).replace(/\u200B/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    rows.push({ id: anchor.id, text: text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text });
  });
  return rows;
}
