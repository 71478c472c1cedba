/**
 * What a notice costs, from the built files: the decoder and its table (the dynamic chunk src/lib/notice.ts and the
 * chunks it imports) ≤ 15 KB gzip; everything a first paste loads (the rendering chunk, the decoder, the page
 * language's texts and one kind's texts) is printed and held under 30 KB; and no page loads any of it up front.
 */
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist } from '../support/dist';

const gz = (path: string) => gzipSync(readDist(path), { level: 9 }).length;
const chunks = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
const chunk = (prefix: string) => {
  const found = chunks.filter((f) => f.startsWith(`${prefix}.`));
  expect(found, prefix).toHaveLength(1);
  return `_astro/${found[0]!}`;
};

/** A chunk and every chunk it imports statically, once each. */
function closure(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const m of readDist(path).matchAll(/(?:^|[;}\s])import\s*(?:[\w{},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g))
    closure(`_astro/${m[1]!}`, seen);
  return seen;
}
const sum = (paths: Iterable<string>) => [...paths].reduce((total, p) => total + gz(p), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('notice decoder bytes', () => {
  const decoder = closure(chunk('notice'));
  const run = closure(chunk('notice-run'));

  it('the decoder and its data are ≤ 15 KB gzip', () => {
    const bytes = sum(decoder);
    console.log(`decoder + table: ${kb(bytes)} gzip (${[...decoder].map((p) => `${p.slice(7)} ${kb(gz(p))}`).join(', ')})`);
    expect(bytes).toBeLessThanOrEqual(15 * 1024);
  });

  it('a first paste loads under 30 KB gzip in all', () => {
    const scripts = new Set([...run, ...decoder]);
    const texts = ['island/notice-en.json', 'island/notice/en/related-accounts.json'];
    const bytes = sum(scripts) + sum(texts);
    console.log(
      `first paste, en: ${kb(bytes)} gzip (scripts ${kb(sum(scripts))}, texts ${kb(sum(texts))}); zh texts ${kb(sum(['island/notice-zh-CN.json', 'island/notice/zh-CN/related-accounts.json']))}`,
    );
    expect(bytes).toBeLessThan(30 * 1024);
  });

  it('no page loads the decoder, its texts or the rendering up front', () => {
    const lazy = [chunk('notice'), chunk('notice-run')].map((p) => p.slice(7));
    for (const file of htmlFiles()) {
      const html = readDist(file);
      for (const name of lazy) expect(html.includes(name), `${file} names ${name}`).toBe(false);
      expect(html.includes('island/notice'), file).toBe(html.includes('<notice-box'));
    }
    // The loader on the page is small and imports nothing from the decoder.
    const loader = chunks.find((f) => f.startsWith('NoticeBox.astro'))!;
    expect(gz(`_astro/${loader}`)).toBeLessThan(1500);
    expect([...closure(`_astro/${loader}`)].some((p) => lazy.includes(p.slice(7)))).toBe(false);
  });
});
