/** Reading the built site (dist/) straight from disk, for checks that need no browser (content, links, HTML validity, CSP, SEO tags). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** Every HTML file under dist/, as paths relative to dist/ ('templates/x/index.html'). */
export function htmlFiles(dir = ''): string[] {
  return readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');
export const distHas = (path: string) => existsSync(join(DIST, path));

/** dist/ file of a page, for the default locale ('zh-CN') or English. */
export const pageFile = (locale: 'zh-CN' | 'en', path: string) => `${locale === 'en' ? 'en/' : ''}${path.replace(/^\//, '')}index.html`;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
export const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });

/** Elements whose content is not prose a reader sees as text: scripts, styles, and <code> (which shows {{keys}} on purpose). */
const NON_PROSE = /<(script|style|code|template)\b[^>]*>[\s\S]*?<\/\1>|<meta\s+http-equiv\b[^>]*>/gi;
/** Attributes whose values a reader (or a screen reader, or a search result) sees. */
const READABLE_ATTRIBUTES = /\s(?:alt|title|aria-label|placeholder|content)="([^"]*)"/gi;

/**
 * The text a reader can meet on a page: element text without scripts, styles and <code>, plus the values of
 * readable attributes (meta descriptions, alt, title, aria-label). Tags become spaces so words do not run together.
 */
export function readableText(html: string): string {
  const withoutCode = html.replace(NON_PROSE, ' ');
  const attributes = [...withoutCode.matchAll(READABLE_ATTRIBUTES)].map((m) => m[1]!);
  const text = withoutCode.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' ');
  return decodeEntities(`${text}\n${attributes.join('\n')}`).replace(/[ \t\r\f\v]+/g, ' ');
}

/** The inner HTML of every element carrying `attribute` (e.g. 'data-static-letter' or 'lang="en"'), outermost first. */
export function elementsWith(html: string, attribute: string): string[] {
  const found: string[] = [];
  const opening = new RegExp(`<(\\w+)\\b[^>]*\\s${attribute}(?=[\\s=>/])[^>]*>`, 'g');
  for (let open = opening.exec(html); open; open = opening.exec(html)) {
    const tag = open[1]!;
    const start = open.index + open[0].length;
    let depth = 1;
    let end = html.length;
    const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    pattern.lastIndex = start;
    for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index;
        break;
      }
    }
    found.push(html.slice(start, end));
    // Continue after this element, so nested matches are not reported twice.
    opening.lastIndex = end;
  }
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


/**
 * Attributes of every `<name …>` start tag. Astro writes double-quoted attributes, so a small tokenizer is
 * enough; it skips the content of <script>, <style> and comments so code never looks like markup.
 */
export function tags(html: string, name: string): Attributes[] {
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, (whole) =>
    whole.startsWith('<script') || whole.startsWith('<style') ? whole.replace(/>[\s\S]*</, '><') : '',
  );
  const found: Attributes[] = [];
  for (const match of markup.matchAll(new RegExp(`<${name}((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s>]+))?)*)\\s*/?>`, 'gi'))) {
    const attributes: Attributes = {};
    for (const a of match[1]!.matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attributes[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    found.push(attributes);
  }
  return found;
}

/** All id attributes on a page (fragment targets). */
export const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));

/** The content of a `<meta http-equiv|name|property="key">`. */
export function meta(html: string, key: string): string | undefined {
  const lower = key.toLowerCase();
  return tags(html, 'meta').find((m) => [m['http-equiv'], m.name, m.property].some((v) => v?.toLowerCase() === lower))?.content;
}
