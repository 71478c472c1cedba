/** Dark mode: follows the system until the reader picks a theme with the toggle; the choice persists across pages and reloads. */
import { expect, test } from '@playwright/test';
import { rel } from './support/site';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('system dark', () => {
  test.use({ colorScheme: 'dark' });
  test('with no stored choice the theme follows the system', async ({ page }) => {
    await page.goto(rel('/en/'));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe('rgb(20, 24, 28)');
  });
});

test('the toggle switches the theme and the choice persists across reloads and pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(rel('/templates/odr-a-to-z-vacation/'));
  const html = page.locator('html');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe('rgb(20, 24, 28)');
  expect(await page.evaluate(() => localStorage.getItem('sl-theme'))).toBe('dark');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto(rel('/en/contacts/'));
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // The stored choice beats the system setting, both ways.
  await page.emulateMedia({ colorScheme: 'dark' });
  await toggle.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('the theme is set before the body is parsed, so the first paint has the right theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => {
    const record = window as unknown as { themeAtBody?: string };
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      record.themeAtBody = document.documentElement.dataset.theme ?? 'unset';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(rel('/'));
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
});
