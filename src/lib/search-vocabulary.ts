/**
 * Sellers' vocabulary in the search index. content/vocabulary.yaml lists words that mean the same thing to a
 * seller (刷单 = 操纵评论 = review manipulation); src/integrations/pagefind.ts gives every indexed page that uses one of an
 * entry's words all the others, as hidden keyword text in the copy Pagefind indexes (the served page is unchanged).
 * It also writes the map between Simplified and Traditional characters that lets the search element read a query
 * typed in the other script. Pure: no file system, no Pagefind; OpenCC is passed in.
 */
import type { VocabularyData } from '../schemas/vocabulary.ts';
import { KEYWORD_MARK, type ScriptMap } from './search.ts';

/** One meaning of content/vocabulary.yaml, as its schema (src/schemas/vocabulary.ts) parses it. */
export type VocabularyEntry = Readonly<VocabularyData>;


/** Start and end (after the closing tag) of every element whose opening tag matches `opening`, outermost only. */
function elementRanges(html: string, opening: RegExp): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = new RegExp(opening.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html))) {
    const start = match.index;
    const name = /^<([a-zA-Z][\w-]*)/.exec(match[0])?.[1];
    if (!name) continue;
    if (/\/>$/.test(match[0])) continue;
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = start + match[0].length;
    let depth = 1;
    let tag: RegExpExecArray | null;
    while (depth > 0 && (tag = tags.exec(html))) depth += tag[1] ? -1 : /\/>$/.test(tag[0]) ? 0 : 1;
    const end = depth === 0 ? tags.lastIndex : html.length;
    ranges.push([start, end]);
    pattern.lastIndex = end;
  }
  return ranges;
}

const BODY_TAG = /<[a-zA-Z][\w-]*\b[^>]*\sdata-pagefind-body\b[^>]*>/;
const IGNORE_TAG = /<(?!(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b)[a-zA-Z][\w-]*\b[^>]*\sdata-pagefind-ignore\b[^>]*>/;

/** The text Pagefind indexes on a page: inside data-pagefind-body, without data-pagefind-ignore parts, tags and scripts. */
export function indexedText(html: string): string {
  return elementRanges(html, BODY_TAG)
    .map(([start, end]) => {
      let body = html.slice(start, end);
      // Ignored parts, innermost text last: cut from the end so earlier offsets stay valid.
      for (const [from, to] of elementRanges(body.replace(/^<[^>]*>/, (tag) => ' '.repeat(tag.length)), IGNORE_TAG).reverse()) {
        body = body.slice(0, from) + ' ' + body.slice(to);
      }
      return body
        .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"');
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the text uses the English word or phrase as whole words (case-insensitive). */
function hasEnglish(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(phrase).replace(/\s+/g, '\\s+')}(?![\\p{L}\\d])`, 'iu').test(text);
}

export type PageLanguage = 'zh' | 'zh-Hant' | 'en';

/**
 * Pagefind metadata field holding the words of the entries that name a page in `pages`. Metadata is searched
 * with its own weight (`metaWeights` in the search element), as strongly as a summary, so the page that answers
 * a seller's word ranks above pages that only mention it.
 */
export const PINNED_META = 'keywords';

export interface PageKeywords {
  /** Words of the entries the page uses (and not in `pinned`): indexed like body text. */
  words: string[];
  /** Words of the entries that name the page in `pages`: indexed as the PINNED_META field (searched like text, ranked higher), so the page that answers ranks first. */
  pinned: string[];
}

/**
 * Words to add to a page: every word of each entry the page uses (in its own script), or that names the page in
 * `pages`. Chinese pages get the Chinese words in their own script (a query in the other script is converted by
 * the search element) and the English words; English pages the English words. Every added word is carried by
 * each result fragment, so nothing is added twice.
 */
export function keywordsFor(
  entries: readonly VocabularyEntry[],
  text: string,
  path: string,
  language: PageLanguage,
  toTraditional: (text: string) => string,
): PageKeywords {
  const words = new Set<string>();
  const pinned = new Set<string>();
  const script = (word: string) => (language === 'zh-Hant' ? toTraditional(word) : word);
  for (const entry of entries) {
    const named = entry.pages?.some((page) => page === path) ?? false;
    const used = named || (!entry.pagesOnly && (entry.zh.some((word) => text.includes(script(word))) || entry.en.some((word) => hasEnglish(text, word))));
    if (!used) continue;
    const into = named ? pinned : words;
    if (language !== 'en') for (const word of entry.zh) into.add(script(word));
    for (const word of entry.en) into.add(word.toLowerCase());
  }
  return { words: [...words].filter((w) => !pinned.has(w)), pinned: [...pinned] };
}

const escapeHtml = (words: readonly string[]) => words.map((w) => w.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join(' ');

/**
 * Pagefind splits metadata at spaces only, while a Chinese query reaches it cut into words by Intl.Segmenter: a
 * Chinese word is stored whole, as those words and as its characters, so any way of cutting it meets the field.
 */
export function metaWords(words: readonly string[]): string[] {
  const out = new Set<string>();
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
  for (const word of words) {
    out.add(word.toLowerCase());
    if (!segmenter || !/\p{Script=Han}/u.test(word)) continue;
    for (const { segment, isWordLike } of segmenter.segment(word)) if (isWordLike) out.add(segment.toLowerCase());
    // Browsers' segmenters may cut a word the build's does not know into single characters.
    for (const char of word.match(/\p{Script=Han}/gu) ?? []) out.add(char);
  }
  return [...out];
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page with the keyword text (and the pinned words' metadata) as the last children of its first data-pagefind-body element. */
export function withKeywords(html: string, { words, pinned }: PageKeywords): string {
  if (!words.length && !pinned.length) return html;
  const body = elementRanges(html, BODY_TAG)[0];
  if (!body) return html;
  const close = html.lastIndexOf('</', body[1] - 1);
  const meta = pinned.length ? `<span data-pagefind-meta="${PINNED_META}[data-value]" data-value="${escapeAttribute(metaWords(pinned).join(' '))}"></span>` : '';
  // Pinned words go in the text as well: matched there and in the metadata, the page that answers ranks first.
  const text = `<p>${KEYWORD_MARK} ${escapeHtml([...words, ...pinned])}</p>${meta}`;
  return `${html.slice(0, close)}${text}${html.slice(close)}`;
}

/** Problems in the vocabulary that a schema cannot see: a word listed twice, or a page that does not exist. */
export function vocabularyProblems(entries: readonly VocabularyEntry[], pageExists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const list of [entry.zh, entry.en.map((w) => w.toLowerCase())]) {
      const seen = new Set<string>();
      for (const word of list) {
        if (seen.has(word)) problems.push(`content/vocabulary.yaml → ${entry.id}: “${word}” is listed twice`);
        seen.add(word);
      }
    }
    for (const page of entry.pages ?? []) if (!pageExists(page)) problems.push(`content/vocabulary.yaml → ${entry.id}: pages: ${page} is not a page of the site`);
  }
  return problems;
}

/**
 * Simplified → Traditional pairs for a query typed in the other script: the characters of the site's Chinese text
 * that OpenCC writes differently, and the vocabulary's words whose Taiwan phrasing is more than their characters
 * (账户 → 帳戶 is characters; 信息 → 資訊 is a phrase).
 */

export function scriptMap(text: string, words: readonly string[], toTraditional: (text: string) => string): ScriptMap {
  const pairs = new Map<string, string>();
  const traditionals = new Set<string>();
  const simplifiedChars = new Set(text.match(/\p{Script=Han}/gu) ?? []);
  const charForms = new Set([...simplifiedChars].flatMap((char) => (toTraditional(char) === char ? [] : [toTraditional(char)])));
  // Taiwan phrasing swaps whole words (对象 → 物件, 粘贴 → 貼上), and aligning them character by character would pair
  // 象 with 件: a character the Simplified text uses, and that is no character's own Traditional form, is a word.
  const addPair = (simplified: string, traditional: string) => {
    if (simplified === traditional || traditionals.has(simplified + traditional)) return;
    if (simplifiedChars.has(traditional) && !charForms.has(traditional)) return;
    traditionals.add(simplified + traditional);
    if (!pairs.has(simplified + traditional)) pairs.set(simplified + traditional, simplified + traditional);
  };
  const charwise = new Map<string, string>();
  for (const char of new Set(text.match(/\p{Script=Han}/gu) ?? [])) {
    const traditional = toTraditional(char);
    if ([...traditional].length !== 1) continue;
    if (traditional !== char) charwise.set(char, traditional);
    addPair(char, traditional);
  }
  // Taiwan phrasing can pick another character than the character alone does (账 → 賬, but 账号 → 帳號): the words of
  // the text and the vocabulary, converted whole, add those characters, and the words themselves become phrases.
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
  const textWords = segmenter ? [...segmenter.segment(text)].filter((s) => s.isWordLike && /\p{Script=Han}/u.test(s.segment)).map((s) => s.segment) : [];
  const phrases = new Map<string, string>();
  // Whole runs of Chinese text, converted in context, give the characters a phrase picks (账号 → 帳號).
  for (const run of new Set(text.match(/\p{Script=Han}+/gu) ?? [])) {
    const [from, into] = [[...run], [...toTraditional(run)]];
    if (from.length === into.length) from.forEach((c, i) => addPair(c, into[i]!));
  }
  for (const word of new Set([...textWords, ...words])) {
    const traditional = toTraditional(word);
    const byChar = [...word].map((c) => charwise.get(c) ?? c).join('');
    if (traditional === byChar) continue;
    phrases.set(word, traditional);
    const [from, into] = [[...word], [...traditional]];
    if (from.length === into.length) from.forEach((c, i) => addPair(c, into[i]!));
  }
  return { chars: [...pairs.values()].join(''), phrases: [...phrases] };
}
