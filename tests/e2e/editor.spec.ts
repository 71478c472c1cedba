/**
 * Rewriting the letter in place (docs/EDITOR.md), end to end in Chromium: the test contract (`[data-filled-letter]`,
 * `[data-edit-unit]`, a focused textarea on click, `[data-own-words]`, `data-action="copy"`), the meter moving, the
 * clipboard holding the rewrite, reload and a second tab keeping it, restore, Forget, hostile input, no-JS.
 */
import { expect, test, type Page } from '@playwright/test';
import { guardPages } from './support/guards';
import { rel } from './support/site';
import { ODR_VALUES } from './support/templates';
import { viewLoaded } from './support/island';

guardPages(test);

const ODR_PATH = '/en/templates/odr-a-to-z-vacation/';
const REWRITE = 'Our one packer was in hospital from 3 to 17 March 2026, so 14 orders left late.';

const island = (page: Page) => page.locator('fill-letter[data-ready]');
const letter = (page: Page) => page.locator('[data-filled-letter]').first();
const units = (page: Page) => letter(page).locator('[data-edit-unit]');
const editorOf = (page: Page) => letter(page).locator('[data-edit-unit] :is(textarea, input, [contenteditable="true"])');
const ownWords = async (page: Page) => Number(await page.locator('[data-own-words]').getAttribute('data-own-words'));
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function open(page: Page) {
  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  await viewLoaded(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
}

/** The index of a unit that is a sentence of the body (not the salutation), whose text we know. */
async function bodyUnit(page: Page) {
  const unit = units(page).nth(2);
  return { unit, text: (await unit.textContent()) ?? '' };
}

async function rewrite(page: Page, text: string) {
  const { unit, text: before } = await bodyUnit(page);
  await unit.click();
  await expect(editorOf(page)).toBeFocused();
  await editorOf(page).fill(text);
  await editorOf(page).press('Enter');
  await expect(editorOf(page)).toHaveCount(0);
  return before;
}

test('rewrite a sentence: the meter moves, Copy gives the rewrite, reload and a second tab keep it, restore brings the site’s text back', async ({
  page,
  context,
}) => {
  await open(page);
  for (const [key, value] of Object.entries(ODR_VALUES)) await page.locator(`[data-fill-form] [name="${key}"]`).fill(value);
  const before = await ownWords(page);
  const original = await rewrite(page, REWRITE);
  expect(original).not.toBe('');
  await expect(letter(page)).toContainText(REWRITE);
  await expect(letter(page)).not.toContainText(original);
  await expect.poll(() => ownWords(page)).toBeGreaterThan(before);
  await expect(letter(page).locator('[data-edit-unit][data-state="own"]')).toHaveCount(1);

  await page.locator('[data-action="copy"]').click();
  await expect.poll(() => clipboard(page)).toContain(REWRITE);
  expect(await clipboard(page)).not.toContain(original);

  await page.reload();
  await expect(island(page)).toBeVisible();
  await expect(letter(page)).toContainText(REWRITE);
  const second = await context.newPage();
  await second.goto(rel(ODR_PATH));
  await expect(second.locator('fill-letter[data-ready] [data-filled-letter]').first()).toContainText(REWRITE);

  // Restore the one sentence: the site's text is back, here and in the other tab.
  await letter(page).locator('[data-edit-unit][data-state="own"]').click();
  await page.locator('[data-action="unit-restore"]').click();
  await expect(letter(page)).not.toContainText(REWRITE);
  await expect(letter(page)).toContainText(original.trim());
  await expect(second.locator('[data-filled-letter]').first()).not.toContainText(REWRITE);
  await expect.poll(() => ownWords(page)).toBe(before);
});

test('placeholders inside a rewritten sentence still fill; Escape puts back what was there; keyboard only', async ({ page }) => {
  await open(page);
  await page.locator('[data-fill-form] [name="store_name"]').fill('Zephyr Quilts Inc.');
  const { unit } = await bodyUnit(page);
  await unit.focus();
  await page.keyboard.press('Enter');
  await expect(editorOf(page)).toBeFocused();
  await editorOf(page).fill('At {{store_name}} we now check every order.');
  // Leaving the editor keeps the text: Tab goes through its buttons, then out of it.
  await expect(page.locator('[data-action="unit-done"]')).toBeVisible();
  await page.locator('[data-fill-form] [name="claim_count"]').focus();
  await expect(letter(page)).toContainText('At Zephyr Quilts Inc. we now check every order.');
  await letter(page).locator('[data-edit-unit][data-state="own"]').click();
  await editorOf(page).fill('something else');
  await editorOf(page).press('Escape');
  await expect(letter(page)).toContainText('At Zephyr Quilts Inc. we now check every order.');
  await expect(letter(page)).not.toContainText('something else');
});

test('points: add one after another, move it, remove it; the numbering follows', async ({ page }) => {
  await open(page);
  const point = letter(page)
    .locator('[data-edit-unit]')
    .filter({ hasNotText: /^Dear/ })
    .locator('xpath=self::*[starts-with(@data-edit-unit, "L")]');
  // The first numbered point of the letter: its paragraph line starts with "1.".
  const first = letter(page)
    .locator('p')
    .filter({ hasText: /^\s*1\.\s/ })
    .first()
    .locator('[data-edit-unit]')
    .first();
  await expect(point.first()).toBeVisible();
  await first.click();
  await page.locator('[data-action="unit-add"]').click();
  await expect(editorOf(page)).toBeFocused();
  await editorOf(page).fill('We added a second carrier on 2 April 2026.');
  await editorOf(page).press('Enter');
  await expect(letter(page)).toContainText('2. We added a second carrier on 2 April 2026.');
  await letter(page).locator('[data-edit-unit]', { hasText: 'We added a second carrier' }).click();
  await page.locator('[data-action="unit-up"]').click();
  await expect(letter(page)).toContainText('1. We added a second carrier on 2 April 2026.');
  await letter(page).locator('[data-edit-unit]', { hasText: 'We added a second carrier' }).click();
  await page.locator('[data-action="unit-remove"]').click();
  await expect(letter(page)).not.toContainText('We added a second carrier');
});

test('hostile input in a rewritten unit stays text; a 30,000-character paste is cut to the limit and the page stays responsive', async ({
  page,
}) => {
  await open(page);
  await page.evaluate(() => (window.__xss = undefined));
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>{{constructor}} {{__proto__}}';
  await rewrite(page, payload);
  await expect(letter(page)).toContainText('<img src=x onerror="window.__xss=1">');
  expect(await letter(page).locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();

  const { unit } = await bodyUnit(page);
  await unit.click();
  const huge = 'x'.repeat(30_000);
  const started = Date.now();
  await editorOf(page).evaluate((area, text) => {
    const textarea = area as HTMLTextAreaElement;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, huge);
  await editorOf(page).press('Enter');
  // Responsive: a click on a field is answered.
  await page.locator('[data-fill-form] [name="store_name"]').fill('Still typing');
  await expect(page.locator('[data-fill-form] [name="store_name"]')).toHaveValue('Still typing');
  expect(Date.now() - started).toBeLessThan(20_000);
  const longest = await letter(page).evaluate((el) =>
    Math.max(...[...el.querySelectorAll('[data-edit-unit]')].map((u) => (u.textContent ?? '').length)),
  );
  expect(longest).toBe(2000);
});

test('every unit is a keyboard button named by its words, described by its state and by what Enter does; restore and commit are announced', async ({
  page,
}) => {
  await open(page);
  const count = await units(page).count();
  expect(count).toBeGreaterThan(5);
  // Every unit: role button, reachable by Tab, its accessible name its own words (as a reader hears the letter).
  const described = await units(page).evaluateAll((els) =>
    els.map((el) => ({
      role: el.getAttribute('role'),
      tabIndex: (el as HTMLElement).tabIndex,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      described: (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`)
        .join(' '),
    })),
  );
  for (const unit of described) {
    expect(unit.role).toBe('button');
    expect(unit.tabIndex).toBe(0);
    expect(unit.text).not.toBe('');
    expect(unit.described).toContain('Rewrite this sentence: press Enter.');
  }
  const { unit, text } = await bodyUnit(page);
  await expect(unit).toHaveRole('button');
  await expect(unit).toHaveAccessibleName(text.replace(/\s+/g, ' ').trim());
  await expect(unit).toHaveAccessibleDescription(/Rewrite this sentence: press Enter\./);
  // Keyboard: Tab reaches the unit (from the element before it), Enter opens a focused textarea that is no longer inside a button.
  await unit.evaluate((el) => {
    const before = document.createElement('button');
    before.id = 'before-unit';
    el.before(before);
  });
  await page.locator('#before-unit').focus();
  await page.keyboard.press('Tab');
  await expect(unit).toBeFocused();
  await page.locator('#before-unit').evaluate((el) => el.remove());
  await page.keyboard.press('Enter');
  await expect(editorOf(page)).toBeFocused();
  await expect(editorOf(page)).toHaveAccessibleName('Rewrite this sentence');
  await expect(letter(page).locator('[data-edit-unit][data-editing]')).not.toHaveAttribute('role', 'button');
  // Commit: announced in the live region; the unit says it is the reader's own.
  await editorOf(page).fill(REWRITE);
  await editorOf(page).press('Enter');
  const status = page.locator('[data-status][role="status"]');
  await expect(status).toHaveText('Your sentence is saved on this device.');
  const own = letter(page).locator('[data-edit-unit][data-state="own"]');
  await expect(own).toBeFocused();
  await expect(own).toHaveAccessibleDescription(/^Your own wording\. Rewrite this sentence/);
  // Restore: announced too, and the unit is the site's again.
  await page.keyboard.press('Enter');
  await page.locator('[data-action="unit-restore"]').click();
  await expect(status).toHaveText('The site’s text is back.');
  await expect(letter(page).locator('[data-edit-unit][data-state="own"]')).toHaveCount(0);
});

test('Forget removes the rewrites too', async ({ page }) => {
  await open(page);
  await rewrite(page, REWRITE);
  await page.locator('[data-action="forget"]').click();
  await page.locator('[data-action="forget-yes"]').click();
  await expect(letter(page)).not.toContainText(REWRITE);
  await page.reload();
  await expect(island(page)).toBeVisible();
  await expect(letter(page)).not.toContainText(REWRITE);
});

test('without JavaScript the page reads whole: the letter as the site wrote it, no editing units, the guide questions', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel(ODR_PATH));
  await expect(page.locator('[data-filled-letter]').first()).toContainText('Dear');
  await expect(page.locator('[data-edit-unit]')).toHaveCount(0);
  await expect(page.locator('[data-own-meter]')).toBeHidden();
  // The consultant's questions of each part read without JavaScript, the other language a tap away.
  await expect(page.locator('[data-guide]').first()).toBeVisible();
  await expect(page.locator('[data-guide] .fill-guide-other').first()).toBeVisible();
  await context.close();
});
