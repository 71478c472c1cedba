/**
 * "Forget my details" in Chromium: every store the site writes is written first, through the pages themselves
 * (fill values shared and per template, rewritten letter units, a letter saved for the case file, a case file,
 * the theme); then Forget, and nothing the reader typed is left anywhere in localStorage. The case file is asked
 * about: kept, the message says so; deleted, it is gone too.
 */
import { expect, test, type Page } from '@playwright/test';
import { CASE_STORAGE_KEY, PENDING_KEY, SHARED_STORAGE_KEY, templateStorageKey, THEME_KEY } from '../../src/lib/storage-keys';
import { guardPages } from './support/guards';
import { rel } from './support/site';

guardPages(test);

const ODR_PATH = '/en/templates/odr-a-to-z-vacation/';
/** Strings typed into each store: none may survive Forget. */
const TYPED = { store: 'Zephyr Quilts Inc', claims: 'seventeen-unique', rewrite: 'Our own words about the storm-unique' };

const island = (page: Page) => page.locator('fill-letter[data-ready]');
const storageDump = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? ''])));

async function writeEveryStore(page: Page) {
  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  await page.locator('[data-fill-form] [name="store_name"]').fill(TYPED.store);
  await page.locator('[data-fill-form] [name="claim_count"]').fill(TYPED.claims);
  // A rewritten unit of the letter.
  const unit = page.locator('[data-filled-letter] [data-edit-unit]').nth(1);
  await unit.click();
  const editor = page.locator('[data-filled-letter] [data-edit-unit] :is(textarea, input, [contenteditable="true"])');
  await expect(editor).toBeFocused();
  await editor.fill(TYPED.rewrite);
  await editor.press('Enter');
  await expect(page.locator('[data-filled-letter]')).toContainText(TYPED.rewrite);
  // A letter waiting for the case file.
  await page.locator('case-save button').click();
  await expect(page.locator('case-save [role=status]')).toBeVisible();
  // The theme.
  await page.locator('[data-theme-toggle]').first().click();
  // A case file (started on the case page).
  await page.goto(rel('/en/triage/odr/odr-suspended/'));
  await page.locator('[data-case-link]').click();
  await expect(page.locator('case-file[data-ready] [data-case-ui]')).toBeVisible();
  await page.fill('#new-title', 'Case of Zephyr');
  await page.locator('[data-new-case] button[type=submit]').click();
  await expect(page.locator('#case-title')).toHaveValue('Case of Zephyr');

  const stored = await storageDump(page);
  expect(Object.keys(stored)).toEqual(
    expect.arrayContaining([SHARED_STORAGE_KEY, templateStorageKey('odr-a-to-z-vacation'), PENDING_KEY, CASE_STORAGE_KEY, THEME_KEY]),
  );
  const all = Object.values(stored).join('\n');
  for (const text of Object.values(TYPED)) expect(all).toContain(text);
}

async function forget(page: Page, caseFile: 'keep' | 'delete') {
  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  await page.locator('[data-action="forget"]').click();
  const confirm = page.locator('[data-forget-confirm]');
  await expect(confirm).toContainText('cannot be brought back');
  await expect(confirm.locator('[data-forget-case]')).toBeVisible();
  await expect(confirm.locator('[data-forget-case]')).toContainText('1 case(s)');
  await confirm.locator(`[name="_forget-case"][value="${caseFile}"]`).check();
  await page.locator('[data-action="forget-yes"]').click();
}

test('Forget removes everything typed on this device and keeps the case file when the reader says so', async ({ page }) => {
  await writeEveryStore(page);
  await forget(page, 'keep');
  await expect(page.locator('fill-letter [data-status]')).toContainText('Nothing you typed is saved on this device any more.');
  await expect(page.locator('fill-letter [data-status]')).toContainText('Still on this device: your case file (1 case(s))');
  await expect(page.locator('fill-letter [data-status]')).toContainText('light/dark choice is kept');
  const stored = await storageDump(page);
  expect(Object.keys(stored).sort()).toEqual(['sl-case', 'sl-case-current', 'sl-theme'].sort());
  // What remains is the case file the reader chose to keep (its title), not a field, a rewrite or a waiting letter.
  const all = Object.values(stored).join('\n');
  for (const text of [TYPED.store, TYPED.claims, TYPED.rewrite]) expect(all).not.toContain(text);
  await expect(page.locator('[data-filled-letter]')).not.toContainText(TYPED.rewrite);
  await expect(page.locator('[data-fill-form] [name="store_name"]')).toHaveValue('');
  await page.reload();
  await expect(island(page)).toBeVisible();
  await expect(page.locator('[data-filled-letter]')).not.toContainText(TYPED.rewrite);
});

test('Forget with "delete my case file too" leaves only the theme choice', async ({ page }) => {
  await writeEveryStore(page);
  await forget(page, 'delete');
  await expect(page.locator('fill-letter [data-status]')).toContainText('Nothing you typed is saved on this device any more.');
  await expect(page.locator('fill-letter [data-status]')).not.toContainText('case file');
  expect(Object.keys(await storageDump(page))).toEqual([THEME_KEY]);
});

test('with no case file on the device Forget does not ask about one', async ({ page }) => {
  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  await page.locator('[data-fill-form] [name="claim_count"]').fill('two');
  await page.locator('[data-action="forget"]').click();
  await expect(page.locator('[data-forget-case]')).toBeHidden();
  await page.locator('[data-action="forget-yes"]').click();
  expect(await storageDump(page)).toEqual({});
});
