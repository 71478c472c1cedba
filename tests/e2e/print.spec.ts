/** Print stylesheet: a template page prints as its title and the letter, nothing else. */
import { expect, test } from '@playwright/test';
import { rel } from './support/site';

for (const path of ['/templates/odr-a-to-z-vacation/', '/en/templates/shipping-status-reply/']) {
  test(`${path} prints only the title and the letter`, async ({ page }) => {
    await page.goto(rel(path));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-letter-section] .letter').first()).toBeVisible();
    await expect(page.locator('[data-letter-section]')).toContainText('Dear');
    for (const hidden of [
      'body > header',
      'body > footer',
      '.skip-link',
      'nav',
      '#explainer-title',
      '#translation-title',
      '#letter-title',
      '[data-risk]',
      '[data-nojs-hint]',
    ]) {
      for (const element of await page.locator(hidden).all()) await expect(element, `${hidden} must not print`).toBeHidden();
    }
    // Nothing interactive and nothing outside the title block and the letter section prints.
    const printed = await page.evaluate(() => {
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
      const controls = [...document.querySelectorAll('input, textarea, select, button')]
        .filter(visible)
        .map((el) => el.outerHTML.slice(0, 80));
      const keep = [...document.querySelectorAll('main h1, [data-letter-section]')];
      const strayText = [...document.querySelectorAll('main *')]
        .filter(
          (el) =>
            visible(el) && !keep.some((k) => k.contains(el) || el.contains(k)) && el.childElementCount === 0 && el.textContent!.trim(),
        )
        .map((el) => el.textContent!.trim().slice(0, 60));
      return { controls, strayText };
    });
    expect(printed.controls).toEqual([]);
    expect(printed.strayText).toEqual([]);
    await expect(page.locator('mark.ph').first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });
}

test('a policy-risk template prints the compliant rewrite and the original under its risk label', async ({ page }) => {
  await page.goto(rel('/en/templates/vip-group-invitation/'));
  await page.emulateMedia({ media: 'print' });
  const original = page.locator('[data-version="original"] h3');
  await expect(original).toBeVisible();
  await expect(original).toContainText('policy risk');
  await expect(page.locator('[data-compliant]')).toBeVisible();
  await expect(page.locator('[data-compliant] h3')).toContainText('Compliant rewrite');
  await expect(page.locator('[data-risk]')).toBeHidden();
  await expect(page.locator('#explainer-title')).toBeHidden();
});

test('the print rules apply only in print: on screen the explainer and header show', async ({ page }) => {
  await page.goto(rel('/templates/odr-a-to-z-vacation/'));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#explainer-title')).toBeVisible();
  await expect(page.locator('body > header')).toBeVisible();
});

test('a reader in dark mode still prints black text on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(rel('/templates/odr-a-to-z-vacation/'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('[data-static-letter]')).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});
