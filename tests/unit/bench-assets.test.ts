// The page-weight benchmark's walker (scripts/bench/assets.mjs) on a small hand-made site: what it counts as
// loaded at start, on demand, and as the island decides the figures `npm run bench` prints.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importsOf, Site } from '../../scripts/bench/assets.mjs';
import { islandOf } from '../../scripts/bench/weight.mjs';

const FILES: Record<string, string> = {
  'index.html':
    '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><style>p{color:red}</style>' +
    '<script src="/theme.js"></script><script type="application/ld+json">{"a":1}</script></head>' +
    '<body><script type="module">import "/_astro/shared.js";document.body.dataset.ok="1"</script></body></html>',
  'templates/x/index.html':
    '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="modulepreload" href="/_astro/island.js">' +
    '<script src="/theme.js"></script><script src="https://cdn.example/x.js"></script></head>' +
    '<body><script type="module">import "/_astro/shared.js";document.body.dataset.ok="1"</script></body></html>',
  '_astro/site.css': '@import "./more.css";body{margin:0}',
  '_astro/more.css': 'h1{font-size:2rem}',
  'theme.js': 'document.documentElement.dataset.theme="light";',
  '_astro/shared.js': 'import{a as b}from"./util.js";export const s=b;',
  '_astro/util.js': 'export const a=1;document.addEventListener(`keydown`,()=>import(`./search.js`));',
  '_astro/search.js': 'import"./search-core.js";export const find=()=>1;',
  '_astro/search-core.js': 'export const core=2;',
  '_astro/island.js': 'import"./util.js";export*from"./island-part.js";const lazy=()=>import("./island-lazy.js");',
  '_astro/island-part.js': 'export const part=3;',
  '_astro/island-lazy.js': 'export const lazy=4;',
};

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'bench-assets-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const files = (units: { key: string }[]) => units.map((u) => (u.key.startsWith(dist) ? u.key.slice(dist.length) : 'inline')).sort();
const gz = (path: string) => gzipSync(FILES[path]!).length;

describe('page weight walker', () => {
  it('counts linked and @imported CSS, inline styles, and scripts with their static imports', () => {
    const home = new Site(dist, '/').page('/');
    expect(files(home.css.units)).toEqual(['/_astro/more.css', '/_astro/site.css', 'inline']);
    expect(files(home.js.units)).toEqual(['/_astro/shared.js', '/_astro/util.js', '/theme.js', 'inline']);
    expect(files(home.onDemand.units)).toEqual(['/_astro/search-core.js', '/_astro/search.js']);
    const html = gzipSync(FILES['index.html']!).length;
    // Inline code travels in the HTML, so the transfer counts only the external files besides it.
    const external = ['_astro/site.css', '_astro/more.css', 'theme.js', '_astro/shared.js', '_astro/util.js'].map(gz);
    expect(home.transferGz).toBe(html + external.reduce((a, b) => a + b, 0));
    expect(home.external).toEqual([]);
  });

  it('flags references that leave the site', () => {
    expect(new Site(dist, '/').page('/templates/x/').external).toEqual(['https://cdn.example/x.js']);
  });

  it('finds the island as what a page can run beyond the home page', () => {
    const site = new Site(dist, '/');
    const island = islandOf(site.page('/templates/x/'), site.page('/'));
    expect(files(island.units)).toEqual(['/_astro/island-lazy.js', '/_astro/island-part.js', '/_astro/island.js']);
    expect(island.gz).toBe(gz('_astro/island.js') + gz('_astro/island-part.js') + gz('_astro/island-lazy.js'));
  });

  it('honours a deploy base', () => {
    const page = new Site(dist, '/sub/').page('/');
    expect(page.missing).toContain('/_astro/site.css'); // built for '/', so under /sub/ its root links miss
  });

  it('reads static, re-exported and dynamic imports, with strings or backticks', () => {
    expect(importsOf('import{a}from"./a.js";export*from"./b.js";import(`./c.js`);import(name);import.meta.url')).toEqual([
      { specifier: './a.js', dynamic: false, source: './a.js' },
      { specifier: './b.js', dynamic: false, source: './b.js' },
      { specifier: './c.js', dynamic: true, source: '`./c.js`' },
      { specifier: null, dynamic: true, source: 'name' },
    ]);
  });
});
