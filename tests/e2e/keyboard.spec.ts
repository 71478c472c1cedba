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
      return { matches: el.matches(sel), ring, what: el.outerHTML.slice(0, 100) };
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

  // The search UI renders results for ?q=; this build may predate it, in which case the walk reaches the
  // template through the search page's category links instead (reported as an annotation, not skipped).
  const result = page.locator('[data-search-results] a[href*="/templates/"]').first();
  const hasResults = await result.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (hasResults) {
    await tabTo(page, '[data-search-results] a[href*="/templates/"]');
  } else {
    test.info().annotations.push({ type: 'search-ui', description: 'no search results rendered: reached the template via category browse' });
    await tabTo(page, '[data-search-browse] a[href$="/categories/account-health/"]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/categories\/account-health\/$/);
    await tabTo(page, 'main a[href$="/templates/odr-a-to-z-vacation/"]');
  }
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
  await expect(page.locator('[data-template]')).toBeVisible();

  // The copy step runs wherever the fill-and-copy island is on the page; it must then offer a copy button.
  const island = await page.evaluate(() => document.querySelector('letter-filler, [data-island]') !== null);
  if (!island) {
    test.info().annotations.push({ type: 'island', description: 'no fill-and-copy island in this build: copy step not run' });
    await expect(page.locator('[data-static-letter]')).toBeVisible();
    return;
  }
  await expect(page.locator('[data-action="copy"]').first()).toBeAttached();
  await tabTo(page, '[data-action="copy"]', 120);
  await page.keyboard.press('Enter');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Dear /m);
  expect(copied).not.toContain('{{');
  await expect(page.locator('[role="status"], [aria-live]').filter({ hasText: /\S/ }).first()).toBeVisible();
});
