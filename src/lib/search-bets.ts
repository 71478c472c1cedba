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

/** A bet's Chinese labels and texts in the page's other script, matched by the bet's URL. */
export interface OtherScriptTexts {
  url: string;
  labels: string[];
  texts: string[];
}

/**
 * The Chinese part of a bet (given in the other script), for a JSON block beside the bets: a page generated in
 * Traditional converts its whole HTML, the bets' texts included, so a Simplified paste would no longer match its notice
 * there, and a Traditional paste matches nothing on the other pages. English texts are the same in both scripts and
 * are not repeated.
 */
export const chineseTexts = (bet: BestBet): OtherScriptTexts => ({
  url: bet.url,
  labels: bet.labels.filter((t) => HAN.test(t)),
  texts: bet.texts.filter((t) => HAN.test(t)),
});

/** The bets with the other script's texts of the same URL added, so a query in either script pins the same page. */
export function withOtherScript(bets: readonly BestBet[], other: readonly OtherScriptTexts[]): BestBet[] {
  const byUrl = new Map(other.map((w) => [w.url, w]));
  return bets.map((bet) => {
    const w = byUrl.get(bet.url);
    return w ? { ...bet, labels: [...bet.labels, ...w.labels], texts: [...bet.texts, ...w.texts] } : bet;
  });
}
