/**
 * What the static host gets beside the built pages: each page's CSP <meta> moved to the top of <head>, `_headers`
 * (the pages' CSP as an HTTP header, plus what only a header can set) and robots.txt. Pure text in, text out: the
 * build integration (src/integrations/host-files.ts) does the reading and writing.
 */
import { decodeHTML } from 'entities';
import { ELEMENT_NODE, parse, type ElementNode, type Node } from 'ultrahtml';
import { normalizeBase } from './deploy.ts';

const CHARSET = '<meta charset="utf-8">';

const elementsIn = (node: Node): ElementNode[] =>
  'children' in node && Array.isArray(node.children)
    ? (node.children as Node[]).filter((c): c is ElementNode => c.type === ELEMENT_NODE)
    : [];

/** The first element under `node`, depth first, that `test` accepts. */
function find(node: Node, test: (element: ElementNode) => boolean): ElementNode | undefined {
  for (const element of elementsIn(node)) {
    if (test(element)) return element;
    const inner = find(element, test);
    if (inner) return inner;
  }
  return undefined;
}

const isCsp = (element: ElementNode) =>
  element.name.toLowerCase() === 'meta' && element.attributes['http-equiv']?.toLowerCase() === 'content-security-policy';

/** A page's <head> and its CSP <meta>, parsed (only the head is: the policy must be in it). */
function headOf(html: string, file: string): { head: ElementNode; csp: ElementNode } {
  const end = html.search(/<\/head>/i);
  const doc = parse(end < 0 ? html : html.slice(0, end + '</head>'.length));
  const head = find(doc, (element) => element.name.toLowerCase() === 'head');
  const csp = head && find(head, isCsp);
  if (!head || !csp) throw new Error(`no CSP <meta> found in ${file}`);
  return { head, csp };
}

/**
 * The page with its CSP <meta> right after the charset declaration. Astro writes the <meta> at the end of <head>,
 * after the theme script and the links before it, and a policy only governs what comes after it; the charset stays
 * first, as the HTML standard wants it within the first 1024 bytes (the policy alone is about 950). The elements
 * are found by parsing; the page is cut and joined at their source offsets, so nothing else in it changes.
 */
export function withCspFirst(html: string, file: string): string {
  const { head, csp } = headOf(html, file);
  const charset = elementsIn(head)[0];
  if (charset?.name.toLowerCase() !== 'meta' || charset.attributes.charset?.toLowerCase() !== 'utf-8')
    throw new Error(`${file}: <head> does not start with ${CHARSET}`);
  const at = charset.loc[0].end;
  const { start, end } = csp.loc[0];
  if (start === at) return html;
  const without = html.slice(0, start) + html.slice(end);
  return `${without.slice(0, at)}${html.slice(start, end)}${without.slice(at)}`;
}

/** The policy of a page's CSP <meta>, its entities decoded. */
export function pagePolicy(html: string, file: string): string {
  return decodeHTML(headOf(html, file).csp.attributes.content ?? '');
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
