/**
 * What the static host gets beside the built pages: each page's CSP <meta> moved to the top of <head>, `_headers`
 * (the pages' CSP as an HTTP header, plus what only a header can set) and robots.txt. Pure text in, text out: the
 * build integration (src/integrations/host-files.ts) does the reading and writing.
 */
import { normalizeBase } from './deploy.ts';

const CSP_META_RE = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const CHARSET = '<meta charset="utf-8">';

/**
 * The page with its CSP <meta> right after the charset declaration. Astro writes the <meta> at the end of <head>,
 * after the theme script and the links before it, and a policy only governs what comes after it; the charset stays
 * first, as the HTML standard wants it within the first 1024 bytes (the policy alone is about 950).
 */
export function withCspFirst(html: string, file: string): string {
  const csp = CSP_META_RE.exec(html)?.[0];
  if (!csp) throw new Error(`no CSP <meta> found in ${file}`);
  const head = html.indexOf(`<head>${CHARSET}`);
  if (head < 0) throw new Error(`${file}: <head> does not start with ${CHARSET}`);
  const at = head + `<head>${CHARSET}`.length;
  if (html.startsWith(csp, at)) return html;
  const without = html.replace(csp, '');
  return `${without.slice(0, at)}${csp}${without.slice(at)}`;
}

/** The policy of a page's CSP <meta>, its entities decoded. */
export function pagePolicy(html: string, file: string): string {
  const csp = CSP_META_RE.exec(html)?.[1];
  if (!csp) throw new Error(`no CSP <meta> found in ${file}`);
  return csp.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

/**
 * One policy for every page, as a header: pages carry different script and style hashes, so it allows the union of
 * their sources (each page's own <meta> still narrows it), plus frame-ancestors, which only works as a header.
 */
export function siteHeaderPolicy(policies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? new Set<string>();
      sources.forEach((source) => known.add(source));
      directives.set(name, known);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** `_headers` as Netlify and Cloudflare Pages read it: the site's policy and two more headers on every path under the base. */
export function headersFile(base: string, policy: string): string {
  return [
    `${normalizeBase(base)}*`,
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

/** robots.txt: everything allowed, and where the sitemap index is. */
export function robotsTxt(base: string, site: string): string {
  const sitemap = new URL(`${normalizeBase(base)}sitemap-index.xml`, site).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
