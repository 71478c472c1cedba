/**
 * The case page's contract (src/lib/case-contract.ts) against the built page: every selector the views look up
 * finds exactly what they expect in each language's /case/, and every `data-action` the page carries is one the
 * views answer (the old `data-act` convention is gone). A rename on one side only fails here, before a browser runs.
 */
import { describe, expect, test } from 'vitest';
import { CASE, CASE_ACTION } from '../../src/lib/case-contract';
import { elementsWith, readDist } from '../support/dist';

/** `[data-x]`, `form[data-x]`, `[data-x="v"]` → the attribute matcher of tests/support/dist.ts. */
const attributeOf = (selector: string) => {
  const [, name, value] = /\[([\w-]+)(?:="([^"]*)")?\]$/.exec(selector) ?? [];
  if (!name) throw new Error(`not an attribute selector: ${selector}`);
  return value === undefined ? name : `${name}="${value}"`;
};

for (const file of ['case/index.html', 'en/case/index.html', 'zh-hant/case/index.html']) {
  describe(`/${file.replace('index.html', '')}`, () => {
    const html = readDist(file);
    test('every selector of the contract finds its element (the add forms: one per entry type)', () => {
      for (const [name, selector] of Object.entries(CASE)) {
        const found = elementsWith(html, attributeOf(selector)).length;
        if (name === 'addForm') expect(found, selector).toBe(3);
        else expect(found, selector).toBeGreaterThanOrEqual(1);
      }
    });
    test('every data-action in <case-file> is one the views answer, and each of theirs is there', () => {
      const app = html.slice(html.indexOf('<case-file'), html.indexOf('</case-file>'));
      expect(app.length).toBeGreaterThan(1000);
      const onPage = new Set([...app.matchAll(/\sdata-action="([^"]+)"/g)].map((m) => m[1]));
      expect([...onPage].sort()).toEqual(Object.values(CASE_ACTION).sort());
      expect(app).not.toMatch(/\sdata-act="/);
    });
  });
}

test('the check can fail: a selector the page lacks finds nothing', () => {
  expect(elementsWith(readDist('en/case/index.html'), attributeOf('[data-no-such-part]'))).toHaveLength(0);
});
