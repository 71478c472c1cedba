import { expect, test } from '@playwright/test';
import { rel, sitemapPaths } from './support/site';

/** Characters that only exist in Simplified Chinese and appear all over the site. */
const SIMPLIFIED_ONLY = /[亚马逊诉卖账户货冻结关于联络为这说]/;

test('every Simplified page has a Traditional twin, and no other', () => {
  const paths = sitemapPaths();
  const isOther = (p: string) => p.startsWith('/en/') || p.startsWith('/zh-hant/');
  const simplified = paths.filter((p) => !isOther(p)).sort();
  const traditional = paths
    .filter((p) => p.startsWith('/zh-hant/'))
    .map((p) => p.slice('/zh-hant'.length))
    .sort();
  expect(simplified.length).toBeGreaterThan(40);
  expect(traditional).toEqual(simplified);
});

test('Traditional pages are Traditional throughout', async ({ page }) => {
  for (const path of ['/zh-hant/', '/zh-hant/templates/odr-a-to-z-vacation/', '/zh-hant/contacts/', '/zh-hant/guides/plan-of-action/']) {
    await page.goto(rel(path));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    const text = await page.evaluate(
      () =>
        document.title +
        document.body.innerText +
        [...document.querySelectorAll('[aria-label],[placeholder]')]
          .map((e) => e.getAttribute('aria-label') ?? e.getAttribute('placeholder'))
          .join(''),
    );
    expect(text.match(SIMPLIFIED_ONLY)?.[0], path).toBeUndefined();
  }
  await page.goto(rel('/zh-hant/templates/odr-a-to-z-vacation/'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('申訴');
  await expect(page.locator('[data-static-letter]')).toContainText('Dear Amazon Seller Performance Team,');
});

test('the language switch offers all three languages and keeps the page', async ({ page }) => {
  await page.goto(rel('/templates/hijacker-trademark-warning/'));
  await page.locator('[data-lang-switch="zh-Hant"]').click();
  await expect(page).toHaveURL(/\/zh-hant\/templates\/hijacker-trademark-warning\/$/);
  await page.locator('[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(/\/en\/templates\/hijacker-trademark-warning\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant"]')).toHaveAttribute(
    'href',
    /\/zh-hant\/templates\/hijacker-trademark-warning\/$/,
  );
});

test('Traditional search has its own index and finds Traditional queries', async ({ page }) => {
  await page.goto(rel('/zh-hant/search/'));
  const results = await page.evaluate(async () => {
    const base = document
      .querySelector('link[rel="icon"]')!
      .getAttribute('href')!
      .replace(/favicon\.svg$/, '');
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pagefind.init();
    const top = async (q: string) => {
      const search = await pagefind.search(q);
      const data = await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
      return data.map((d: { url: string }) => d.url);
    };
    return { appeal: await top('申訴'), hijack: await top('跟賣') };
  });
  expect(results.appeal.length).toBeGreaterThan(0);
  expect(results.appeal.every((url: string) => url.includes('/zh-hant/'))).toBe(true);
  expect(results.hijack.some((url: string) => /hijack/.test(url))).toBe(true);
});
