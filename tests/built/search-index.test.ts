/**
 * What the search index reads on a template page: the letter, its explainer and summary, never the fill-and-copy
 * island's interface. Its labels and hints ("还有 22 项未填写", "Copy anyway", "how to use") had been indexed, matched
 * sellers' words on every template and made each result fragment a third larger (docs/SEARCH.md).
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-CN.json';
import { indexedText } from '../../src/lib/search-vocabulary';
import { builtPages } from '../support/dist';

/**
 * The island's, checker's and builder's own strings, long enough not to occur in a letter or explainer by chance
 * (an explainer may name a button: "press Copy for Account Health").
 */
const uiStrings = (strings: Record<string, string>) =>
  Object.entries(strings)
    .filter(([key]) => /^(island|checker|poa|editor|storage)\./.test(key))
    .flatMap(([, value]) => value.split(/\{[^}]*\}/))
    .map((part) => part.trim())
    .filter((part) => [...part].length >= (/\p{Script=Han}/u.test(part) ? 8 : 24));

const templates = builtPages().filter((page) => /^\/(en\/)?templates\/[^/]+\/$/.test(page.path));

describe('the search index holds no interface text of the fill-and-copy island', () => {
  it('finds the template pages', () => {
    expect(templates.length).toBeGreaterThanOrEqual(80);
  });
  for (const [locale, strings] of [
    ['zh-CN', zh],
    ['en', en],
  ] as const) {
    it(`${locale} template pages`, () => {
      const ui = uiStrings(strings);
      expect(ui.length).toBeGreaterThan(30);
      const found = templates
        .filter((page) => page.path.startsWith('/en/') === (locale === 'en'))
        .flatMap((page) => {
          const text = indexedText(page.html);
          return ui.filter((s) => text.includes(s)).map((s) => `${page.path}: “${s}”`);
        });
      expect(found).toEqual([]);
    });
  }
});
