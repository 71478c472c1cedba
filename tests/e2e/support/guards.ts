/** Hooks for island tests: clipboard allowed, CSP violations and dialogs recorded, and none may happen. */
import { expect, type test as base } from '@playwright/test';

declare global {
  interface Window {
    __csp?: string[];
  }
}

export function guardPages(test: typeof base): void {
  let dialogs: string[] = [];
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__csp!.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
  });
  test.afterEach(async ({ page }) => {
    if (page.url() === 'about:blank') return;
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
}
