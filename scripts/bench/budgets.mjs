// Page-weight budgets, gzip bytes: one table read by the budget gate (tests/built/budgets.test.ts, which fails the
// tests when one is exceeded) and by the weight bench (which prints them beside the figures). Each is what a
// reader on a slow phone pays; a number here is a promise the suite keeps, so raise one only with a reason.
const KB = 1024;

export const BUDGETS = {
  /** HTML of the largest template page (the letter, its editor's markup, the explainer, the translation). */
  templateHtml: 24 * KB,
  /** All the site's CSS, counted once. */
  siteCss: 12 * KB,
  /** JS at load on pages without an island (home, contacts, guides): theme and search shortcut. */
  pageJs: 2 * KB,
  /** JS at load on the search page: the shortcut plus its search element (2.5 KB measured); Pagefind loads on demand. */
  searchPageJs: 3 * KB,
  /** JS at load on a template page: the fill-and-copy island and what it statically imports. */
  templatePageJs: 9 * KB,
  /** JS at load on the case page. */
  casePageJs: 12 * KB,
  /** Any single chunk a page loads on demand (the checker's rules, the editor …), unless named below. */
  lazyChunk: 20 * KB,
};

/** Chunks loaded on demand with a budget of their own, by a pattern of their file name. */
export const CHUNK_BUDGETS = [
  // The case file's import: the file's schema checks (zod) travel with it, loaded only when a file is imported.
  { match: /case-import/, budget: 26 * KB },
];

/** The budget of one on-demand chunk. */
export const chunkBudget = (file) => CHUNK_BUDGETS.find((c) => c.match.test(file))?.budget ?? BUDGETS.lazyChunk;
