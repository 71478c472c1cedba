/**
 * Issue 12's letter UI on the built site: paragraph switches and the evidence checklist (saved, restored, shown in
 * the letter and the builder), "Copy for Account Health" with where to paste it and no e-mail on appeals, and "Copy for
 * Buyer-Seller Messaging". Templates are picked from the content by what they declare,
 * and expected letters are computed with the build's own resolveLetter / fillLetter, never read back from the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { fillLetter, placeholderKeys } from '../../src/lib/letter';
import { applyOptions, evidenceStateKey, optionStateKey, resolveLetter } from '../../src/lib/letter-blocks';
import { letterExtras, placeholderSpecs } from '../../src/lib/placeholders';
import { letterUnits } from '../../src/lib/letter-edits';
import { templateStorageKey } from '../../src/lib/saved-values';
import { guardPages } from './support/guards';
import { rel } from './support/site';
import { allTemplates, content, type TemplateYaml } from './support/templates';
import { copyLetter } from './support/island';

const templates = allTemplates().sort((a, b) => a.slug.localeCompare(b.slug));
const contacts = Object.fromEntries(content.contacts.map(({ id, data }) => [id, data]));

/** A standalone option (not one of a group's alternatives) whose paragraph holds a field used nowhere else, and that field. */
const switchedField = (t: TemplateYaml) => {
  for (const o of letterExtras(t).options ?? []) {
    if (o.group) continue;
    const on = placeholderKeys(applyOptions(t.letter, [o], { [optionStateKey(o.key)]: '1' }));
    const off = new Set(placeholderKeys(applyOptions(t.letter, [o], { [optionStateKey(o.key)]: '0' })));
    const key = on.find((k) => !off.has(k));
    if (key) return { option: o, key };
  }
  return undefined;
};

// An appeal with a switchable paragraph that has a field of its own and an optional document.
// (one the reader ticks, not one a switch lists), and a fixed numbered point to rewrite.
const T = templates.find(
  (t) =>
    t.kind === 'appeal' &&
    switchedField(t) &&
    t.evidence?.some((e) => !e.required && !e.when) &&
    letterUnits(t.letter).some((u) => u.point),
)!;
/** The historical seller-performance address that appeals used to offer (contacts keep it as history). */
const HISTORICAL = contacts['seller-performance-us']!.email!;
const BUYER = templates.find((t) => t.kind === 'buyer-message' && !t.risk)!;
const PATH = `/en/templates/${T.slug}/`;
const SPECS = placeholderSpecs(T.placeholders);
const EXAMPLES = Object.fromEntries(T.placeholders.map((p) => [p.key, p.example]));
const EXTRAS = letterExtras(T);
const BLOCK_KEY = switchedField(T)!.key;
const OPTION = T.options!.find((o) => o.key === switchedField(T)!.option.key)!;
const OPTIONAL = T.evidence!.find((e) => !e.required && !e.when)!;
/** Whether an option is on before the reader touches anything (a group's alternative: its default, else the first). */
const onByDefault = (key: string) => {
  const o = T.options!.find((x) => x.key === key);
  if (!o?.group) return Boolean(o?.default);
  const members = T.options!.filter((x) => x.group === o.group);
  return (members.find((x) => x.default) ?? members[0])!.key === key;
};
const letterWith = (switches: Record<string, string>) => fillLetter(resolveLetter(T.letter, EXTRAS, switches), SPECS, EXAMPLES);

const island = (page: Page) => page.locator('fill-letter[data-ready]');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The template's stored record, value by key (entries are { value, at } since storage keeps the time of each change). */
const stored = (page: Page, slug: string) =>
  page.evaluate(
    (key) =>
      Object.fromEntries(
        Object.entries(JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, { value: string } | string>).map(([k, v]) => [
          k,
          typeof v === 'string' ? v : v.value,
        ]),
      ),
    templateStorageKey(slug),
  );

async function fillExamples(page: Page) {
  for (const [key, value] of Object.entries(EXAMPLES)) await page.locator(`[data-fill-form] [name="${key}"]`).fill(value);
}
async function copied(page: Page): Promise<string> {
  await copyLetter(page);
  await expect(page.locator('[data-status]')).toHaveText('Copied. Paste it where you need it.');
  return clipboard(page);
}

guardPages(test);

test('the content has what these tests need', () => {
  expect(T, 'an appeal with an option and an optional evidence item').toBeDefined();
  expect(HISTORICAL).toMatch(/@amazon\.com$/);
  expect(OPTION, `an option of ${T.slug} whose paragraph holds {{${BLOCK_KEY}}}`).toBeDefined();
  expect(BUYER).toBeDefined();
});

test('switching an option changes the letter, marks its field not needed, and survives a reload', async ({ page }) => {
  const off = { [optionStateKey(OPTION.key)]: '0' };
  const on = { [optionStateKey(OPTION.key)]: '1' };
  expect(letterWith(off)).not.toBe(letterWith(on));
  await page.goto(rel(PATH));
  await expect(island(page)).toBeVisible();
  const box = page.locator(`[data-option="${OPTION.key}"]`);
  await expect(box).toBeChecked({ checked: OPTION.default });
  await fillExamples(page);
  expect(await copied(page)).toBe(letterWith({}));

  // A paragraph about the seller's history starts off (the letter model); switched on, it joins the letter.
  if (!OPTION.default) {
    await box.check();
    expect(await copied(page)).toBe(letterWith(on));
  }
  // Switched off, the paragraph with the field leaves the letter.
  await box.uncheck();
  expect(await copied(page)).toBe(letterWith(off));
  const blockField = page.locator(`[data-field="${BLOCK_KEY}"]`);
  await expect(blockField).toHaveAttribute('data-unused', '');
  await expect(blockField.locator('[data-not-needed]')).toBeVisible();
  await blockField.locator(`[name="${BLOCK_KEY}"]`).fill('');
  // "All filled in" waits for the checker to be clean too; before it has read the letter the bar says to look.
  await expect(page.locator('[data-empty-count]')).toHaveText(/^All fields (are filled in|filled: check the findings below)/);

  expect((await stored(page, T.slug))[optionStateKey(OPTION.key)]).toBe('0');
  await page.reload();
  await expect(island(page)).toBeVisible();
  await expect(box).not.toBeChecked();
  await expect(page.locator('[data-filled-letter]')).not.toContainText(`[${T.placeholders.find((p) => p.key === BLOCK_KEY)!.label.en}]`);
  expect(await copied(page)).toBe(fillLetter(resolveLetter(T.letter, EXTRAS, off), SPECS, { ...EXAMPLES, [BLOCK_KEY]: '' }));

  // Reset puts the switch back to its default.
  if (!OPTION.default) await box.check();
  await page.locator('[data-action="reset"]').click();
  await expect(box).toBeChecked({ checked: OPTION.default });
});

test('ticking an optional document adds it to the Attachments list in the copied letter and the per-part answers', async ({ page }) => {
  await page.goto(rel(PATH));
  await expect(island(page)).toBeVisible();
  await fillExamples(page);
  const required = T.evidence!.filter((e) => e.required).map((e) => `- ${e.label.en}`);
  const before = await copied(page);
  for (const line of required) expect(before).toContain(line);
  expect(before).not.toContain(OPTIONAL.label.en);

  await page.locator(`[data-evidence="${OPTIONAL.id}"]`).check();
  const after = await copied(page);
  expect(after).toBe(letterWith({ [evidenceStateKey(OPTIONAL.id)]: '1' }));
  expect(after).toContain(`- ${OPTIONAL.label.en}`);
  expect((await stored(page, T.slug))[evidenceStateKey(OPTIONAL.id)]).toBe('1');

  await page.locator('[data-poa-answers] summary').click();
  const listed = T.evidence!.filter((e) => e.required || e.id === OPTIONAL.id || (e.when && onByDefault(e.when)));
  await expect(page.locator('[data-answer="attachments"] textarea')).toHaveValue(
    listed.map((e, i) => `${i + 1}. ${e.label.en}`).join('\n'),
  );

  await page.reload();
  await expect(island(page)).toBeVisible();
  await expect(page.locator(`[data-evidence="${OPTIONAL.id}"]`)).toBeChecked();
  expect(await copied(page)).toBe(after);
});

test('a point the reader rewrote in the letter stays through a switch', async ({ page }) => {
  await page.goto(rel(PATH));
  await expect(island(page)).toBeVisible();
  await fillExamples(page);
  const first = page.locator(`[data-filled-letter] [data-edit-unit="${letterUnits(T.letter).find((u) => u.point)!.id}"]`);
  const mine = 'Our own first cause, written by the reader.';
  await first.click();
  await page.locator('[data-unit-editor] textarea').fill(mine);
  await page.locator('[data-unit-editor] textarea').press('Enter');
  const box = page.locator(`[data-option="${OPTION.key}"]`);
  if (OPTION.default) await box.uncheck();
  else await box.check();
  await expect(first).toHaveText(mine);
  const text = await copied(page);
  expect(text).toContain(mine);
  // The switch took the paragraph out (default on) or put it in (default off, the letter model's rule).
  const example = T.placeholders.find((p) => p.key === BLOCK_KEY)!.example;
  if (OPTION.default) expect(text).not.toContain(example);
  else expect(text).toContain(example);
});

test('an appeal: Copy for Account Health with where to paste it, and no e-mail, not even to its historical address', async ({ page }) => {
  await page.goto(rel(PATH));
  await expect(island(page)).toBeVisible();
  const copy = page.locator('[data-action="copy"]');
  await expect(copy).toHaveText('Copy for Account Health');
  const where = page.locator('[data-where="account-health"]');
  await expect(where).toContainText('Reactivate your account');
  await expect(where).toContainText('View appeal');
  // Its source by the help page's title, not its ID (issue 24.6).
  await expect(where).toContainText('Source: Seller Central help “Reactivate your account”');
  await expect(where).not.toContainText('G200370560');

  // Appeals go through Account Health (src/lib/kinds.ts, issue 21 item 3): the old address is not offered anywhere.
  const address = HISTORICAL;
  await expect(page.locator('[data-action="mail"]')).toHaveCount(0);
  await expect(page.locator('[data-mail-disclosure]')).toHaveCount(0);
  await expect(page.locator('[data-fill-bar]')).not.toContainText(address);

  await page.goto(rel(`/templates/${T.slug}/`));
  await expect(island(page)).toBeVisible();
  await expect(copy).toHaveText('复制到账户状况');
});

test('a buyer message: Copy for Buyer-Seller Messaging, where to paste it, and no e-mail', async ({ page }) => {
  const values = Object.fromEntries(BUYER.placeholders.map((p) => [p.key, p.example]));
  await page.goto(rel(`/en/templates/${BUYER.slug}/`));
  await expect(island(page)).toBeVisible();
  const copy = page.locator('[data-action="copy"]');
  await expect(copy).toHaveText('Copy for Buyer-Seller Messaging');
  await expect(page.locator('[data-where="buyer-messaging"]')).toContainText('buyer’s message thread in Seller Central');
  await expect(page.locator('[data-action="mail"]')).toHaveCount(0);
  for (const [key, value] of Object.entries(values)) await page.locator(`[data-fill-form] [name="${key}"]`).fill(value);
  expect(await copied(page)).toBe(
    fillLetter(resolveLetter(BUYER.letter, letterExtras(BUYER), {}), placeholderSpecs(BUYER.placeholders), values),
  );
});

test('a notice has no send action', async ({ page }) => {
  const notice = templates.find((t) => t.kind === 'notice')!;
  await page.goto(rel(`/en/templates/${notice.slug}/`));
  await expect(page.locator('fill-letter')).toHaveCount(0);
  await expect(page.locator('[data-action="mail"]')).toHaveCount(0);
  await expect(page.locator('[data-where]')).toHaveCount(0);
});

test('without JavaScript the evidence checklist still reads as a list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel(PATH));
  const list = page.locator('[data-fill-evidence]');
  await expect(list).toBeVisible();
  for (const item of T.evidence!) await expect(list).toContainText(item.label.en);
  await expect(list.locator('input')).toHaveCount(T.evidence!.length);
  await expect(list.locator('input').first()).toBeHidden();
  await expect(page.locator('[data-fill-options]')).toBeHidden();
  await expect(page.locator('[data-mail-disclosure]')).toBeHidden();
  await context.close();
});
