/** Keyboard-only walk: home → search → a template → copy, with a visible focus ring on every stop. */
import { expect, test, type Page } from '@playwright/test';
import { rel } from './support/site';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Presses Tab until the focused element matches the selector; every element passed on the way must show a focus ring. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { matches: false, ring: true, what: 'body' };
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      return {
        matches: el.matches(sel),
        ring,
        what: `${el.outerHTML.slice(0, 100)} (outline ${style.outlineStyle} ${style.outlineWidth}, shadow ${style.boxShadow})`,
      };
    }, selector);
    expect(focus.ring, `no visible focus ring on ${focus.what}`).toBe(true);
    if (focus.matches) return;
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses on ${page.url()}`);
}

test('keyboard only: home → search → template → copy', async ({ page }) => {
  await page.goto(rel('/'));

  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await tabTo(page, '#site-search');
  await page.keyboard.type('ODR');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=ODR$/);
  // The URL changes before the new page's stylesheet applies: its focus ring is what is checked next.
  await page.waitForLoadState('load');

  await tabTo(page, '[data-search-results] a[href*="/templates/"]');
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
  await page.waitForLoadState('load');
  await expect(page.locator('[data-template]')).toBeVisible();

  // Copy: with fields still empty the island asks first; the reader confirms by keyboard too.
  await tabTo(page, '[data-action="copy"]', 120);
  await page.keyboard.press('Enter');
  const confirm = page.locator('[data-action="copy-anyway"]');
  await expect(confirm).toBeVisible();
  // The island moves focus to the confirmation; a reader who is elsewhere tabs to it.
  if (!(await confirm.evaluate((el) => el === document.activeElement))) await tabTo(page, '[data-action="copy-anyway"]', 10);
  await page.keyboard.press('Enter');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Dear /m);
  expect(copied).not.toContain('{{');
  await expect(page.locator('[data-status]')).toHaveText(/\S/);
});
