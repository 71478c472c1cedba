/**
 * The phone chrome (issue 24.1, 24.7) at 390 × 844 in Chromium: the header is one compact row with "My case", a
 * search icon opening a full-screen search and a menu holding sections, language and theme; every tap target of
 * every page type is at least 44 × 44 px; a template's sticky action bar is at most 64 px and never over the
 * focused field; nothing is cut off at 200 % zoom.
 */
import { expect, test, type Page } from '@playwright/test';
import { rel } from './support/site';
import { smallTargets } from './support/targets';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** One page of every type, in the default language and in English. */
const PAGE_TYPES = [
  '/',
  '/templates/',
  '/templates/odr-a-to-z-vacation/',
  '/templates/shipping-status-reply/',
  '/templates/notice-account-deactivated/',
  '/categories/amazon-notices/',
  '/guides/',
  '/guides/reading-notices/',
  '/contacts/',
  '/search/?q=ODR',
  '/triage/',
  '/triage/deactivated/',
  '/triage/deactivated/deactivated-verification/',
  '/case/',
  '/about/',
];

const settle = async (page: Page) => {
  await page.waitForLoadState('load');
  // Islands upgrade after load (the search runs its query, the case page draws its lists).
  await page.waitForTimeout(400);
};

for (const lang of ['', '/en']) {
  for (const path of PAGE_TYPES) {
    test(`every tap target is at least 44 × 44 px at 390 px: ${lang}${path}`, async ({ page }) => {
      await page.goto(rel(`${lang}${path}`));
      await settle(page);
      expect(await page.evaluate(smallTargets, 44)).toEqual([]);
      // The menu's own controls, opened.
      await page.locator('[data-menu-toggle]').click();
      await expect(page.locator('[data-site-menu]')).toBeVisible();
      expect(await page.evaluate(smallTargets, 44)).toEqual([]);
    });
  }
}

test('the header is one row of at most 64 px, with My case, a search icon and a menu', async ({ page }) => {
  for (const lang of ['', '/en', '/zh-hant']) {
    await page.goto(rel(`${lang}/templates/odr-a-to-z-vacation/`));
    const header = page.locator('body > header');
    const box = (await header.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(64);
    await expect(header.locator('[data-header-case]')).toBeVisible();
    await expect(header.locator('[data-header-case]')).toHaveAttribute('href', new RegExp(`${lang}/case/$`));
    // Sections, language and theme wait in the menu.
    await expect(header.locator('[data-lang-switch]').first()).toBeHidden();
    await expect(header.locator('[data-site-search]')).toBeHidden();
  }
});

test('the menu opens and closes, and holds the sections, the language and the theme', async ({ page }) => {
  await page.goto(rel('/en/guides/'));
  const button = page.locator('[data-menu-toggle]');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.locator('[data-site-menu]');
  await expect(menu.getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'page');
  await expect(menu.locator('[data-theme-toggle]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await button.click();
  await menu.locator('[data-lang-switch="zh-CN"]').click();
  await expect(page).toHaveURL(/\/guides\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the search icon opens a full-screen search that reaches the search page', async ({ page }) => {
  await page.goto(rel('/en/contacts/'));
  await page.locator('[data-search-open]').click();
  const form = page.locator('[data-header-search]');
  const box = (await form.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(389);
  expect(box.height).toBeGreaterThanOrEqual(843);
  await expect(page.locator('[data-site-search]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(page.locator('[data-search-open]')).toBeFocused();
  await page.locator('[data-search-open]').click();
  await page.locator('[data-site-search]').fill('hijacker');
  await page.locator('[data-site-search]').press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=hijacker$/);
});

test('"My case" is in the header of every page type', async ({ page }) => {
  for (const path of ['/', '/templates/second-appeal/', '/guides/plan-of-action/', '/triage/odr/', '/contacts/', '/search/']) {
    await page.goto(rel(path));
    await expect(page.locator('body > header [data-header-case]')).toHaveText('我的档案');
  }
});

test('the action bar is at most 64 px and never over the focused field', async ({ page }) => {
  for (const path of [
    '/templates/odr-a-to-z-vacation/',
    '/en/templates/odr-a-to-z-vacation/',
    '/en/templates/shipping-status-reply/',
    '/zh-hant/templates/hijacker-trademark-warning/',
  ]) {
    await page.goto(rel(path));
    await page.locator('fill-letter[data-ready]').waitFor();
    const bar = page.locator('[data-fill-bar]');
    await page.locator('fill-letter .fill-form input[type="text"]').first().scrollIntoViewIfNeeded();
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(64);
    // Every field in turn: focused, it is wholly above the bar (or the bar is out of the way).
    const fields = page.locator('fill-letter .fill-form :is(input[type="text"], textarea):visible');
    const count = Math.min(await fields.count(), 8);
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      await field.focus();
      const f = (await field.boundingBox())!;
      const b = (await bar.boundingBox())!;
      const viewport = page.viewportSize()!;
      const barOnScreen = b.y < viewport.height && b.y + b.height > 0;
      if (barOnScreen) expect(f.y + f.height <= b.y || f.y >= b.y + b.height, `field ${i} under the bar`).toBe(true);
    }
  }
});

test('nothing is cut off at 200 % zoom (a 1280 px window shows 640 CSS px)', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  for (const path of ['/', '/en/', '/en/templates/odr-a-to-z-vacation/', '/case/']) {
    await page.goto(rel(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    const header = (await page.locator('body > header').boundingBox())!;
    expect(header.height, path).toBeLessThanOrEqual(64);
    // Every control of the header row lies inside the window.
    for (const box of await page
      .locator('body > header a:visible, body > header button:visible')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(640);
    }
  }
});
