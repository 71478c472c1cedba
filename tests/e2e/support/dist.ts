/** Reading the built site from disk, for checks that need no browser (links, HTML validity, CSP, SEO tags). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const decode = (text: string) => text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);

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
      attributes[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    found.push(attributes);
  }
  return found;
}

/** All id attributes on a page (fragment targets). */
export const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));

/** The content of a `<meta http-equiv|name|property="key">`. */
export function meta(html: string, key: string): string | undefined {
  const lower = key.toLowerCase();
  return tags(html, 'meta').find((m) => [m['http-equiv'], m.name, m.property].some((v) => v?.toLowerCase() === lower))?.content;
}
