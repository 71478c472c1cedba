/**
 * The letter model's alternatives on the built site (tasks/MODEL.md §4): options sharing a group are one radio set,
 * exactly one on, the worked example's case first; the choice changes the cause, action and prevention blocks and
 * the attachments list, is saved with the values (`#<group>` → the chosen key) and survives a reload; Copy sends
 * the chosen alternative; without JavaScript the page shows the default alternative. Expected letters come from the
 * build's own resolveLetter / fillLetter, never from the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { chosenInGroup, groupStateKey, optionGroups } from '../../src/lib/letter-blocks';
import { letterExtras } from '../../src/lib/placeholders';
import { templateStorageKey } from '../../src/lib/saved-values';
import { guardPages } from './support/guards';
import { rel } from './support/site';
import { allTemplates, expected } from './support/templates';
import { copyLetter } from './support/island';

/** The first template with a group of alternatives whose blocks differ in the letter. */
const T = allTemplates().find((t) => optionGroups(letterExtras(t).options ?? []).size > 0)!;
const [GROUP, MEMBERS] = [...optionGroups(letterExtras(T).options ?? [])][0]!;
const DEFAULT = chosenInGroup(MEMBERS, {})!;
const OTHER = MEMBERS.find((o) => o.key !== DEFAULT)!.key;
const PATH = `/en/templates/${T.slug}/`;
const whenListed = (key: string) => T.evidence.filter((e) => e.when === key).map((e) => e.label.en);

const island = (page: Page) => page.locator('fill-letter[data-ready]');
const letter = (page: Page) => page.locator('[data-filled-letter]');
const radio = (page: Page, key: string) => page.locator(`[data-fill-group="${GROUP}"] input[type="radio"][data-option="${key}"]`);
const stored = (page: Page) =>
  page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, { value: string }>;
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.value]));
  }, templateStorageKey(T.slug));

guardPages(test);

test('the content has a template with alternatives, each listing its own document', () => {
  expect(T, 'a template with option groups').toBeDefined();
  expect(MEMBERS.length).toBeGreaterThanOrEqual(2);
  expect(whenListed(DEFAULT).length + whenListed(OTHER).length).toBeGreaterThan(0);
  expect(expected(T, T.letter, {})).not.toBe(expected(T, T.letter, { [groupStateKey(GROUP)]: OTHER }));
});

test('alternatives are one radio set: the default first, a choice swaps the blocks and the attachments, is saved and survives a reload', async ({
  page,
}) => {
  await page.goto(rel(PATH));
  await expect(island(page)).toBeVisible();
  const set = page.locator(`[data-fill-group="${GROUP}"]`);
  await expect(set.locator('input[type="radio"]')).toHaveCount(MEMBERS.length);
  await expect(radio(page, DEFAULT)).toBeChecked();
  await expect(radio(page, OTHER)).not.toBeChecked();
  const defaultText = expected(T, T.letter, {});
  const otherText = expected(T, T.letter, { [groupStateKey(GROUP)]: OTHER });
  // The letter on the page is the default alternative's, attachments included.
  for (const label of whenListed(DEFAULT)) await expect(letter(page)).toContainText(label);

  await radio(page, OTHER).check();
  await expect(radio(page, DEFAULT)).not.toBeChecked();
  for (const label of whenListed(OTHER)) await expect(letter(page)).toContainText(label);
  for (const label of whenListed(DEFAULT)) await expect(letter(page)).not.toContainText(label);
  await expect.poll(async () => (await stored(page))[groupStateKey(GROUP)]).toBe(OTHER);

  await page.reload();
  await expect(island(page)).toBeVisible();
  await expect(radio(page, OTHER)).toBeChecked();
  await copyLetter(page);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(otherText);
  expect(otherText).not.toBe(defaultText);

  // Keyboard: arrow keys move the choice within the set (native radio behaviour).
  await radio(page, OTHER).focus();
  await page.keyboard.press(MEMBERS.findIndex((o) => o.key === OTHER) > 0 ? 'ArrowUp' : 'ArrowDown');
  await expect(radio(page, OTHER)).not.toBeChecked();
});

test('without JavaScript the letter shows the default alternative only', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel(PATH));
  const stat = page.locator('[data-static-letter]');
  await expect(stat).toBeVisible();
  for (const label of whenListed(DEFAULT)) await expect(stat).toContainText(label);
  for (const label of whenListed(OTHER)) await expect(stat).not.toContainText(label);
  await expect(page.locator(`[data-fill-group="${GROUP}"]`)).toBeHidden();
  await context.close();
});
