/**
 * Notice pages answer first (issue 24.4, 24.7), at 390 px in Chromium: what it means, what to do now, by when and
 * which letter come before Amazon's own text, which waits in a closed disclosure with no copy bar.
 */
import { expect, test } from '@playwright/test';
import { rel } from './support/site';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const top = async (locator: import('@playwright/test').Locator) => (await locator.boundingBox())!.y;

for (const [path, firstLetter] of [
  ['/templates/notice-account-deactivated/', 'identity-verification-appeal'],
  ['/en/templates/notice-account-deactivated/', 'identity-verification-appeal'],
  ['/en/templates/notice-account-under-review/', 'new-account-inventory-performance'],
  ['/zh-hant/templates/notice-account-under-review/', 'new-account-inventory-performance'],
] as const) {
  test(`a notice answers first, then shows Amazon's text: ${path}`, async ({ page }) => {
    await page.goto(rel(path));
    const answer = page.locator('[data-notice-answer]');
    const parts = ['means', 'now', 'by-when', 'letter'].map((p) => answer.locator(`[data-answer-part="${p}"]`));
    const original = page.locator('[data-notice-original] details');
    const explainer = page.locator('#explainer-title');
    const ys = [...(await Promise.all(parts.map(top))), await top(original), await top(explainer)];
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    // "What it means" starts on the first screen.
    expect(ys[0]).toBeLessThan(844);
    await expect(answer.locator('[data-answer-letters] a').first()).toHaveAttribute('href', new RegExp(`/templates/${firstLetter}/$`));
    // Amazon's text is read-only: closed until asked for, no fill form, no copy bar.
    await expect(original).not.toHaveAttribute('open', '');
    await expect(page.locator('[data-fill-bar], [data-action="copy"], fill-letter')).toHaveCount(0);
    await original.locator('summary').click();
    await expect(original.locator('[data-static-letter]')).toContainText(/Hello|Dear|Hi/);
  });
}
