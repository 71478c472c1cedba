/**
 * Sellers' vocabulary in the search index. content/vocabulary.yaml lists words that mean the same thing to a
 * seller (刷单 = 操纵评论 = review manipulation); src/integrations/pagefind.ts gives every indexed page that uses one of an
 * entry's words all the others, as hidden keyword text in the copy Pagefind indexes (the served page is unchanged).
 * It also writes the map between Simplified and Traditional characters that lets the search element read a query
 * typed in the other script. Pure: no file system, no Pagefind; OpenCC is passed in.
 */
import { decodeHTML } from 'entities';
import { ELEMENT_NODE, TEXT_NODE, parse, type ElementNode, type Node } from 'ultrahtml';
import type { VocabularyData } from '../schemas/vocabulary.ts';
import { KEYWORD_MARK, type ScriptMap } from './search.ts';

/** One meaning of content/vocabulary.yaml, as its schema (src/schemas/vocabulary.ts) parses it. */
export type VocabularyEntry = Readonly<VocabularyData>;

/** Elements whose content is code, not text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'template']);

/** Text of a subtree, without code and without parts marked data-pagefind-ignore; elements separated by spaces. */
function textOf(node: Node, out: string[]): void {
  for (const child of childrenOf(node)) {
    if (child.type === TEXT_NODE) out.push(decodeHTML(child.value));
    if (child.type !== ELEMENT_NODE) continue;
    if (NOT_TEXT.has(child.name.toLowerCase()) || 'data-pagefind-ignore' in child.attributes) continue;
    out.push(' ');
    textOf(child, out);
    out.push(' ');
  }
}

/** Every outermost element marked data-pagefind-body. */
function bodies(node: Node, out: ElementNode[] = []): ElementNode[] {
  for (const child of childrenOf(node)) {
    if (child.type !== ELEMENT_NODE) continue;
    if ('data-pagefind-body' in child.attributes) out.push(child);
    else bodies(child, out);
  }
  return out;
}

const childrenOf = (node: Node): Node[] => ('children' in node && Array.isArray(node.children) ? (node.children as Node[]) : []);

/** The text Pagefind indexes on a page: inside data-pagefind-body, without data-pagefind-ignore parts, tags and scripts. */
export function indexedText(html: string): string {
  const out: string[] = [];
  for (const body of bodies(parse(html) as Node)) {
    textOf(body, out);
    out.push(' ');
  }
  return out.join('').replace(/\s+/g, ' ').trim();
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
    const used =
      named ||
      (!entry.pagesOnly && (entry.zh.some((word) => text.includes(script(word))) || entry.en.some((word) => hasEnglish(text, word))));
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
  // The parser's location of the body's closing tag: the keyword text goes right before it.
  const close = (bodies(parse(html) as Node)[0]?.loc as { start: number }[] | undefined)?.[1]?.start;
  if (close === undefined) return html;
  const meta = pinned.length
    ? `<span data-pagefind-meta="${PINNED_META}[data-value]" data-value="${escapeAttribute(metaWords(pinned).join(' '))}"></span>`
    : '';
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
    for (const page of entry.pages ?? [])
      if (!pageExists(page)) problems.push(`content/vocabulary.yaml → ${entry.id}: pages: ${page} is not a page of the site`);
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
  const textWords = segmenter
    ? [...segmenter.segment(text)].filter((s) => s.isWordLike && /\p{Script=Han}/u.test(s.segment)).map((s) => s.segment)
    : [];
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
