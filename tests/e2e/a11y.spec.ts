/**
 * Accessibility gate, in two tiers so that it grows with the site without growing the suite's time:
 * - the full axe run (WCAG 2.2 A/AA rules) on one page of every page type, in every language, in the light theme,
 *   and the rules that read colours on the same page in the dark theme: every page of a type is made by the same
 *   layout and components, and the dark theme changes colours, not structure;
 * - a cheap subset over every sitemap page and the 404 page (landmarks, names of links, buttons and fields, the
 *   page's language and title, duplicate ids, and the contrast of the shared chrome: header and footer), where
 *   content, not layout, can go wrong: part of the one walk over every page, tests/e2e/every-page.spec.ts.
 * Collapsed <details> are opened first so their text is checked too (tests/e2e/support/axe.ts).
 */
import { expect, test } from '@playwright/test';
import expected from '../fixtures/expected-content.json' with { type: 'json' };
import { axeViolations, installAxe, WCAG_TAGS } from './support/axe';
import { rel, sitemapPaths } from './support/site';

const paths = [...sitemapPaths(), '/404.html'];

/** The page type of a path: language, first segment and depth ('/en/templates/x/' → 'en:templates:2'). */
function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const lang = segments[0] === 'en' || segments[0] === 'zh-hant' ? segments.shift()! : 'zh';
  return `${lang}:${segments[0] ?? 'home'}:${segments.length}`;
}
// Template pages differ by what they carry: also an appeal with its editor and a letter with a policy-risk warning
// beside its compliant rewrite.
const richTemplates = ['review-manipulation', Object.keys(expected.policyRisk)[0]!].flatMap((slug) => [
  `/templates/${slug}/`,
  `/en/templates/${slug}/`,
]);
const onePerType = [...new Set([...new Map([...paths].reverse().map((path) => [pageType(path), path])).values(), ...richTemplates])];

// The dark theme changes colours, not structure: in it, the rules that read colours are the ones that can fail.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

test.describe('axe, every page type: all rules in the light theme, the colour rules in the dark theme', () => {
  for (const path of onePerType) {
    test(path, async ({ page }) => {
      await installAxe(page);
      const found: string[] = [];
      for (const [theme, run] of [
        ['light', { tags: WCAG_TAGS }],
        ['dark', { rules: COLOUR_RULES }],
      ] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(rel(path));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        found.push(...(await axeViolations(page, [run])).map((v) => `${theme}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
});

test('axe reports a real violation (the gate can fail)', async ({ page }) => {
  await installAxe(page);
  await page.goto(rel('/'));
  await page.evaluate(() => {
    const input = document.querySelector('#site-search')!;
    input.removeAttribute('id');
    input.removeAttribute('placeholder');
    const low = document.createElement('p');
    low.textContent = 'Low contrast text';
    low.style.color = '#c8c8c8';
    document.querySelector('main')!.append(low);
  });
  const found = (await axeViolations(page, [{ tags: WCAG_TAGS }])).join('\n');
  expect(found).toContain('color-contrast');
  expect(found).toContain('label');
});
