/**
 * Accessibility gate, in two tiers so that it grows with the site without growing the suite's time:
 * - the full axe run (WCAG 2.2 A/AA rules) on one page of every page type, in every language, in the light and the
 *   dark theme: every page of a type is made by the same layout and components, and the dark theme changes colours,
 *   not structure;
 * - a cheap subset over every sitemap page and the 404 page (landmarks, names of links, buttons and fields, the
 *   page's language and title, duplicate ids, and the contrast of the shared chrome: header and footer), where
 *   content, not layout, can go wrong.
 * Collapsed <details> are opened first so their text is checked too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import expected from '../fixtures/expected-content.json' with { type: 'json' };
import { rel, sitemapPaths } from './support/site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules that depend on a page's content rather than its type: cheap enough to run on every page. */
const CONTENT_RULES = [
  'landmark-one-main',
  'landmark-unique',
  'region',
  'page-has-heading-one',
  'document-title',
  'html-has-lang',
  'html-lang-valid',
  'valid-lang',
  'link-name',
  'button-name',
  'label',
  'image-alt',
  'duplicate-id-aria',
  'list',
  'listitem',
  'heading-order',
];
const paths = [...sitemapPaths(), '/404.html'];

type Scope = { rules?: readonly string[]; include?: readonly string[] };

async function violations(page: Page, scope: Scope = {}): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // Legacy mode (no extra page per run) and violations-only results keep the runs fast; the site has no iframes.
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  builder = scope.rules ? builder.withRules([...scope.rules]) : builder.withTags(WCAG_TAGS);
  for (const selector of scope.include ?? []) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  );
}

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

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, every page type, ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of onePerType) {
      test(path, async ({ page }) => {
        await page.goto(rel(path));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

// Every page, a few at a time: one test per batch keeps the report readable and the per-test overhead small.
const BATCH = 12;
test.describe("axe, content rules and the chrome's contrast on every page", () => {
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    test(`${batch[0]} … (${batch.length} pages)`, async ({ page }) => {
      const found: string[] = [];
      for (const path of batch) {
        await page.goto(rel(path));
        const content = await violations(page, { rules: CONTENT_RULES });
        const chrome = await violations(page, { rules: ['color-contrast'], include: ['body > header', 'body > footer'] });
        found.push(...[...content, ...chrome].map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
});

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
