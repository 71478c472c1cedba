/** Reading the built site (dist/) straight from disk, for checks that need no browser (content, links, HTML validity, CSP, SEO tags). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeHTML } from 'entities';
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, type DocumentNode, type ElementNode, type Node, type TextNode } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { basePath } from '../../src/lib/deploy';

export const DIST = 'dist';

/** Every HTML file under dist/, as paths relative to dist/ ('templates/x/index.html'). */
export function htmlFiles(dir = ''): string[] {
  return readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Site-relative paths (no base, leading slash) of every page in the sitemap. */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) => [...readDist(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  return urls.map((url) => `/${new URL(url).pathname.slice(basePath().length)}`);
}

export const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');
export const distHas = (path: string) => existsSync(join(DIST, path));

/** dist/ file of a page, for the default locale ('zh-CN') or English. */
export const pageFile = (locale: 'zh-CN' | 'en', path: string) => `${locale === 'en' ? 'en/' : ''}${path.replace(/^\//, '')}index.html`;

/** Entities decoded as a browser decodes them (the `entities` package, HTML5's full table). */
export const decodeEntities = (text: string) => decodeHTML(text);

/** Astro's output parsed once per page: every check below walks the same tree. */
const trees = new Map<string, DocumentNode>();
function tree(html: string): DocumentNode {
  let doc = trees.get(html);
  if (!doc) {
    if (trees.size > 8) trees.clear();
    doc = parse(html) as DocumentNode;
    trees.set(html, doc);
  }
  return doc;
}

/** Visits elements in document order; `visit` returning false skips the element's subtree. */
function eachElement(node: Node, visit: (element: ElementNode) => boolean | void): void {
  for (const child of 'children' in node && Array.isArray(node.children) ? (node.children as Node[]) : []) {
    if (child.type !== ELEMENT_NODE) continue;
    if (visit(child as ElementNode) === false) continue;
    eachElement(child, visit);
  }
}

/** Attributes of an element, names lower-cased and values decoded. */
const attributesOf = (element: ElementNode): Attributes =>
  Object.fromEntries(
    Object.entries(element.attributes as Record<string, string>).map(([name, value]) => [name.toLowerCase(), decodeEntities(value)]),
  );

/** Elements whose content is not prose a reader sees as text: scripts, styles, and <code> (which shows {{keys}} on purpose). */
const NON_PROSE = new Set(['script', 'style', 'code', 'template']);
/** Attributes whose values a reader (or a screen reader, or a search result) sees. */
const READABLE_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder', 'content'];

/**
 * The text a reader can meet on a page: element text without scripts, styles and <code>, plus the values of
 * readable attributes (meta descriptions, alt, title, aria-label). Elements are separated by spaces so words do not
 * run together. `skip` leaves out the elements it returns true for (with everything inside them); `code: true` keeps
 * the text of <code> elements.
 */
export function readableText(
  html: string,
  options: { skip?: (name: string, attributes: Attributes) => boolean; code?: boolean } = {},
): string {
  const { skip, code = false } = options;
  const text: string[] = [];
  const attributes: string[] = [];
  const collect = (node: Node) => {
    for (const child of 'children' in node && Array.isArray(node.children) ? (node.children as Node[]) : []) {
      if (child.type === TEXT_NODE) text.push((child as TextNode).value);
      if (child.type !== ELEMENT_NODE) continue;
      const element = child as ElementNode;
      const name = element.name.toLowerCase();
      if ((NON_PROSE.has(name) && !(code && name === 'code')) || (name === 'meta' && 'http-equiv' in element.attributes)) continue;
      const values = attributesOf(element);
      if (skip?.(name, values)) continue;
      for (const a of READABLE_ATTRIBUTES) if (values[a] !== undefined) attributes.push(values[a]);
      text.push(' ');
      collect(element);
      text.push(' ');
    }
  };
  collect(tree(html));
  return `${decodeEntities(text.join(''))}\n${attributes.join('\n')}`.replace(/[ \t\r\f\v]+/g, ' ');
}

/** Whether an element carries `attribute`, written as `name` or `name="value"`. */
function matcher(attribute: string): (element: ElementNode) => boolean {
  const [, name, value] = /^([^=\s]+)(?:="(.*)")?$/.exec(attribute) ?? [];
  if (!name) throw new Error(`not an attribute: ${attribute}`);
  return (element) => {
    const values = attributesOf(element);
    return values[name] !== undefined && (value === undefined || values[name] === value);
  };
}

/** The inner HTML of every element carrying `attribute` (e.g. 'data-static-letter' or 'lang="en"'), outermost first. */
export function elementsWith(html: string, attribute: string): string[] {
  const matches = matcher(attribute);
  const found: string[] = [];
  eachElement(tree(html), (element) => {
    if (!matches(element)) return true;
    found.push(element.children.map((child: Node) => renderSync(child)).join(''));
    // Nested matches are inside this one: not reported twice.
    return false;
  });
  return found;
}

/** The inner HTML of the first element carrying `attribute`, or '' when absent. */
export const elementWith = (html: string, attribute: string): string => elementsWith(html, attribute)[0] ?? '';

export interface BuiltPage {
  /** Site path of the page without the deploy base, e.g. '/en/templates/x/' or '/404.html'. */
  path: string;
  /** File on disk. */
  file: string;
  html: string;
}

export type Attributes = Record<string, string>;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });

/** Every HTML page of a build (Pagefind's own files excluded). */
export function builtPages(dir = 'dist'): BuiltPage[] {
  return filesUnder(dir)
    .filter((file) => file.endsWith('.html') && !relative(dir, file).startsWith(`pagefind${sep}`))
    .map((file) => {
      const inner = relative(dir, file).split(sep).join('/');
      const path = `/${inner.replace(/(^|\/)index\.html$/, '$1')}`;
      return { path, file, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Attributes of every `<name>` element, in document order. */
export function tags(html: string, name: string): Attributes[] {
  const found: Attributes[] = [];
  eachElement(tree(html), (element) => {
    if (element.name.toLowerCase() === name.toLowerCase()) found.push(attributesOf(element));
  });
  return found;
}

/** All id attributes on a page (fragment targets). */
export function ids(html: string): Set<string> {
  const found = new Set<string>();
  eachElement(tree(html), (element) => {
    const id = attributesOf(element).id;
    if (id !== undefined) found.add(id);
  });
  return found;
}

/** The content of a `<meta http-equiv|name|property="key">`. */
export function meta(html: string, key: string): string | undefined {
  const lower = key.toLowerCase();
  return tags(html, 'meta').find((m) => [m['http-equiv'], m.name, m.property].some((v) => v?.toLowerCase() === lower))?.content;
}

/** Text of an element as a reader sees it (tags dropped, entities decoded, white space collapsed). */
const textOf = (element: ElementNode): string => {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of 'children' in node && Array.isArray(node.children) ? (node.children as Node[]) : []) {
      if (child.type === TEXT_NODE) parts.push((child as TextNode).value);
      else if (child.type === ELEMENT_NODE && !NON_PROSE.has((child as ElementNode).name.toLowerCase())) walk(child);
    }
  };
  walk(element);
  return decodeEntities(parts.join('')).replace(/\s+/g, ' ').trim();
};

/** Every `<a href>` of a page with its visible text, in document order. */
export function anchors(html: string): { href: string; text: string }[] {
  const found: { href: string; text: string }[] = [];
  eachElement(tree(html), (element) => {
    if (element.name.toLowerCase() !== 'a') return true;
    const { href } = attributesOf(element);
    if (href !== undefined) found.push({ href, text: textOf(element) });
    return true;
  });
  return found;
}

/** An element found by `select`: its attributes (decoded) and its text as a reader sees it (spaces collapsed). */
export interface Selected {
  attributes: Attributes;
  text: string;
}

/** Every element matching a CSS selector (e.g. 'main a[href*="/templates/"]'), in document order. */
export function select(html: string, selector: string): Selected[] {
  return (querySelectorAll(tree(html), selector) as ElementNode[]).map((element) => ({
    attributes: attributesOf(element),
    text: textOf(element),
  }));
}
