/**
 * Accessibility gate: axe (WCAG 2.2 A/AA rules) finds zero violations on every sitemap page and the 404 page in
 * the light theme, and on one page of every page type (in every language) in the dark theme: the dark theme
 * changes colours, not structure, and every page of a type is made by the same layout and components.
 * Collapsed <details> are opened first so their text is checked too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import expected from '../fixtures/expected-content.json' with { type: 'json' };
import { rel, sitemapPaths } from './support/site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = [...sitemapPaths(), '/404.html'];

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // Legacy mode (no extra page per run) and violations-only results keep ~200 runs fast; the site has no iframes.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

/** The page type of a path: language, first segment and depth ('/en/templates/x/' → 'en:templates:2'). */
function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const lang = segments[0] === 'en' || segments[0] === 'zh-hant' ? segments.shift()! : 'zh';
  return `${lang}:${segments[0] ?? 'home'}:${segments.length}`;
}
// Template pages differ by what they carry: also an appeal with the Plan-of-Action builder and a letter with a
// policy-risk warning beside its compliant rewrite.
const richTemplates = ['review-manipulation', Object.keys(expected.policyRisk)[0]!].flatMap((slug) => [`/templates/${slug}/`, `/en/templates/${slug}/`]);
const onePerType = [...new Set([...new Map([...paths].reverse().map((path) => [pageType(path), path])).values(), ...richTemplates])];

for (const [theme, themePaths] of [['light', paths], ['dark', onePerType]] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of themePaths) {
      test(path, async ({ page }) => {
        await page.goto(rel(path));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('axe reports a real violation (the gate can fail)', async ({ page }) => {
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
  const found = (await violations(page)).join('\n');
  expect(found).toContain('color-contrast');
  expect(found).toContain('label');
});
