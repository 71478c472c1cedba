/**
 * Where the site is deployed, read from the environment in one place for the Astro config, the build and serve
 * scripts, the benches and the tests: BASE_PATH (a sub-path such as /seller-letters/, for GitHub Pages project
 * sites) and SITE_URL (the public origin for canonical URLs and the sitemap). No Astro imports: Node runs it as is.
 */
type Env = Readonly<Record<string, string | undefined>>;

/** The origin the site is built for when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'https://seller-letters.example';

/** A deploy base with one slash at each end, '/' when empty: 'seller-letters' and '/seller-letters' → '/seller-letters/'. */
export function normalizeBase(base: string | undefined): string {
  const inner = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** BASE_PATH, normalised ('/' when unset). */
export function basePath(env: Env = process.env): string {
  return normalizeBase(env.BASE_PATH);
}

/** SITE_URL, or the placeholder origin when it is not set. */
export function siteUrl(env: Env = process.env): string {
  return env.SITE_URL?.trim() || DEFAULT_SITE_URL;
}
