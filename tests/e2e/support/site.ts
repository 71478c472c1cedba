/** Helpers shared by the browser tests: the built site's own page list (read from dist/ as the built-site checks read it). */
export { sitemapPaths } from '../../support/dist';

/** Relative URL for page.goto (the baseURL carries the deploy base). */
export const rel = (path: string) => `.${path}`;
