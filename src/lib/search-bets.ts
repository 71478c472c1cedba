/**
 * Best bets (issue 24.5): a page pinned first when the query is what a frightened seller pastes or taps — a sentence
 * of an Amazon notice (the notice's own text, or a phrase of today's versions from its `answer.phrases`) or a
 * home-page situation label. Built from content by the search page; matched here, in the browser, before Pagefind's
 * ranking is shown. Pure, unit-tested (tests/unit/ux-search.test.ts).
 */

export interface BestBet {
  /** The page's URL (with the locale prefix), as the result link's href. */
  url: string;
  title: string;
  summary: string;
  /** Exact labels (a situation card's title): the query equal to one pins the page. */
  labels: string[];
  /** Texts a pasted part of which pins the page: the notice in English and Chinese, and phrases of its other versions. */
  texts: string[];
}

/** Case, width, spaces and punctuation folded away, so a pasted sentence matches however it was copied. */
export const foldText = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

const HAN = /\p{Script=Han}/u;
/** A pasted fragment must be this long (after folding) to count as a notice sentence, not a word or two. */
export const MIN_PASTE = { han: 6, latin: 20 } as const;

/** Folds a bet's labels and texts once (the search page ships them folded). */
export function foldBet(bet: BestBet): BestBet {
  return { ...bet, labels: bet.labels.map(foldText).filter(Boolean), texts: bet.texts.map(foldText).filter(Boolean) };
}

/** The bet the query names, if any: an exact label first, then a notice the query is a long enough part of. */
export function bestBetFor(query: string, bets: readonly BestBet[]): BestBet | undefined {
  const q = foldText(query);
  if (!q) return undefined;
  const byLabel = bets.find((b) => b.labels.includes(q));
  if (byLabel) return byLabel;
  const long = q.length >= (HAN.test(q) ? MIN_PASTE.han : MIN_PASTE.latin);
  return long
    ? bets.find((b) => b.texts.some((t) => t.includes(q) || (q.length > t.length && t.length >= MIN_PASTE.han && q.includes(t))))
    : undefined;
}
