/**
 * The fill island as the browser tests wait for it. `fill-letter[data-ready]` means the form works; the letter's view
 * (units to rewrite, the meter, Copy's answer) is a chunk that loads after it — on first interaction, when the letter
 * nears the screen, or when idle — so a test that reads what the view paints, or that must know whether Copy asks
 * "copy anyway", waits for the view first.
 */
import { expect, type Page } from '@playwright/test';

/** The view has painted: the letter's sentences are units (docs/EDITOR.md). */
export const viewLoaded = (page: Page) => expect(page.locator('fill-letter [data-filled-letter] [data-edit-unit]').first()).toBeAttached();

/** Copy, answering "Copy anyway" when the check asks (it does while fields are empty). */
export async function copyLetter(page: Page) {
  await viewLoaded(page);
  await page.locator('[data-action="copy"]').click();
  const anyway = page.locator('[data-action="copy-anyway"]');
  if (await anyway.isVisible()) await anyway.click();
}
