/**
 * Long content must not break the phone layout: a long URL in an explainer, a placeholder key in the table or an
 * address in the directory once pushed pages wider than the screen. Every page in the sitemap is loaded at 390 px.
 */
import { expect, test } from '@playwright/test';
import { rel, sitemapPaths } from './support/site';

test.use({ viewport: { width: 390, height: 844 } });

test('no page scrolls sideways on a 390 px phone', async ({ page }) => {
  test.setTimeout(180_000);
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(50);
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(rel(path));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${path}: ${width}px`);
  }
  expect(wide).toEqual([]);
});
