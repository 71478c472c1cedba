/**
 * Editing a Plan of Action point by point in the letter itself (the builder folded into the editor, docs/EDITOR.md),
 * the per-part answers for the appeal form, and the letter checker on the built site. Expected letters and answers
 * are computed here from the template YAML with the site's own functions (letter-edits, parsePoa, poaAnswers,
 * fillLetter) after the same edits.
 */
import { expect, test, type Page } from '@playwright/test';
import { fillLetter } from '../../src/lib/letter';
import { applyOptions, resolveLetter } from '../../src/lib/letter-blocks';
import { letterExtras, placeholderSpecs } from '../../src/lib/placeholders';
import { changeRun, editedSource, letterUnits, noEdits, setUnit } from '../../src/lib/letter-edits';
import { parsePoa, poaAnswers } from '../../src/lib/poa';
import { rel } from './support/site';
import { guardPages } from './support/guards';
import { template } from './support/templates';

const T = template('damaged-product-complaint');
const PATH = '/en/templates/damaged-product-complaint/';
const SPECS = placeholderSpecs(T.placeholders);
/** What the island sends: optional paragraphs at their defaults, the attachments list written out. */
const sent = (source: string) => resolveLetter(source, letterExtras(T), {});
/** What the builder edits: the letter with the switches at their defaults (the default alternative's blocks kept). */
const BASE = applyOptions(T.letter, letterExtras(T).options ?? [], {});
/** Every field the letter asks for at default switches; no value names an invoice or a receipt (the checker test relies on it). */
const VALUES: Record<string, string> = {
  notice_date: '2026-06-08',
  violation_name: 'Product Condition Customer Complaints',
  product_name: 'desk lamp',
  asin: 'B0DX4R7N2C',
  restriction: 'deactivated the listing',
  order_ids: '111-1111111-1111111 and 222-2222222-2222222',
  complaint_summary: 'both lamps arrived with a cracked base',
  transit_cause: 'each lamp shipped in a single-wall carton with no padding.',
  other_causes: 'Notifications reached one phone only.',
  transit_action: 'The factory now packs each lamp in a double-wall carton with foam corners.',
  actions_taken: 'Both buyers received a new lamp by June 12.',
  transit_prevention: 'our inspector drop-tests two cartons of every batch at the factory.',
  prevention: 'Messages are read at 10:00 and 16:00 on working days.',
  seller_name: 'Li Wei',
  store_name: 'BrightHome Direct',
  login_email: 'seller@example.com',
};
const NEW_CAUSE = 'Our packer at {{store_name}} used a thin mailer for the {{product_name}}.';
const ADDED = 'We retrained both packers on 2026-06-10 and photograph every parcel before it ships.';

const island = (page: Page) => page.locator('fill-letter[data-ready]');

/**
 * Serves the template page with its attachments list emptied (the evidence switches name no attachment line), so
 * the letter names no documents of its own: the case the checker's missing-evidence rule is for (every appeal on
 * the site now lists what it attaches).
 */
async function withoutAttachments(page: Page) {
  await page.route('**/templates/damaged-product-complaint/', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    expect(html).toContain('data-attachment=');
    await route.fulfill({ response, body: html.replace(/ data-attachment="[^"]*"/g, '') });
  });
}
const answers = (page: Page) => page.locator('[data-poa-answers]');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const letterBox = (page: Page) => page.locator('[data-filled-letter]').first();

async function fill(page: Page, values: Record<string, string>) {
  for (const [key, value] of Object.entries(values)) await page.locator(`[data-fill-form] [name="${key}"]`).fill(value);
}

/** The units shown at first (options at their defaults) in each Plan-of-Action part: [root causes, actions taken, prevention]. */
const SHOWN = letterUnits(T.letter).filter((u) => BASE.split('\n').some((line) => line.endsWith(u.original)));
const headingLines = T.letter.split('\n').flatMap((line, i) => (line.startsWith('## ') ? [i] : []));
const lineOf = (id: string) => Number(/^L(\d+)/.exec(id)![1]);
/** Units of part `s` (the s-th heading's section); the last one stands in for an index past the end. */
const pointIds = (s: number) =>
  SHOWN.filter((u) => lineOf(u.id) > headingLines[s]! && lineOf(u.id) < (headingLines[s + 1] ?? Infinity)).map((u) => u.id);
const unitEl = (page: Page, id: string) => letterBox(page).locator(`[data-edit-unit="${id}"]`);

/** Rewrites point `p` of list `s` in the letter: click, type, Enter. */
async function setPoint(page: Page, s: number, p: number, text: string) {
  // A part whose points are all fields (the letter model) has no unit of its own: the root cause's stands in.
  const ids = pointIds(s).length ? pointIds(s) : pointIds(0);
  await unitEl(page, ids[Math.min(p, ids.length - 1)]!).click();
  const area = letterBox(page).locator('[data-unit-editor] textarea');
  await expect(area).toBeFocused();
  await area.fill(text);
  await area.press('Enter');
  await expect(area).toHaveCount(0);
}

guardPages(test);

test('the template parses into the three parts this test edits', () => {
  expect(
    parsePoa(BASE)
      .sections.filter((s) => s.part)
      .map((s) => [s.part, s.points.length]),
  ).toEqual([
    ['root-cause', 2],
    ['actions-taken', 2],
    ['prevention', 2],
  ]);
});

test('points edited in the letter make the copied letter and the per-part answers; they survive a reload; Reset restores the template', async ({
  page,
}) => {
  test.slow(); // two dozen fields to fill
  await page.goto(rel(PATH));
  await expect(island(page)).toBeVisible();
  await expect(answers(page)).toBeVisible();
  await expect(answers(page)).not.toHaveAttribute('open');
  await expect(page.locator('[data-poa-builder]')).toHaveCount(0);
  await fill(page, VALUES);

  // The same edits, made with the site's own functions, give the expected letter.
  const edits = noEdits();
  const cause = letterUnits(T.letter).find((u) => u.id === pointIds(0)[0])!;
  setUnit(edits, cause.id, cause.original, NEW_CAUSE);
  const added = changeRun(T.letter, edits, cause.run!, cause.id, 'add') as string;
  setUnit(edits, added, '', ADDED);
  changeRun(T.letter, edits, cause.run!, added, 'up');
  const expectedSource = editedSource(T.letter, edits);

  await setPoint(page, 0, 0, NEW_CAUSE);
  await unitEl(page, cause.id).click();
  await page.locator('[data-action="unit-add"]').click();
  await expect(letterBox(page).locator('[data-unit-editor] textarea')).toBeFocused();
  await page.keyboard.type(ADDED);
  await page.keyboard.press('Enter');
  // Moving by keyboard: Tab to the point, Enter, then its "Move up" button.
  await unitEl(page, added).focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-action="unit-up"]').click();
  await expect(unitEl(page, added)).toBeFocused();

  const expectedLetter = fillLetter(sent(expectedSource), SPECS, VALUES);
  await page.locator('[data-action="copy"]').click();
  await expect.poll(() => clipboard(page)).toBe(expectedLetter);
  await expect(letterBox(page)).toContainText('Our packer at BrightHome Direct used a thin mailer for the desk lamp.');

  await answers(page).locator('summary').click();
  const expectedAnswers = poaAnswers(parsePoa(resolveLetter(expectedSource, { options: letterExtras(T).options }, {}, true)), (source) =>
    fillLetter(source, SPECS, VALUES),
  );
  expect(expectedAnswers.every((a) => a.text.length > 0)).toBe(true);
  for (const { part, text } of expectedAnswers) {
    const box = page.locator(`[data-answer="${part}"]`);
    await expect(box.locator('textarea')).toHaveValue(text);
    await expect(box.locator('[data-count]')).toHaveText(`${text.length} characters`);
  }
  await page.locator('[data-answer="actions-taken"] [data-action="copy-answer"]').click();
  await expect.poll(() => clipboard(page)).toBe(expectedAnswers[1]!.text);
  await expect(answers(page)).toContainText('We do not know Amazon’s exact limit for each field');

  await page.reload();
  await expect(island(page)).toBeVisible();
  await expect(unitEl(page, cause.id)).toHaveText(/Our packer at BrightHome Direct/);
  await page.locator('[data-action="copy"]').click();
  await expect.poll(() => clipboard(page)).toBe(expectedLetter);

  await page.locator('[data-action="reset"]').click();
  await page.locator('[data-action="copy"]').click();
  await page.locator('[data-action="copy-anyway"]').click();
  await expect.poll(() => clipboard(page)).toBe(fillLetter(sent(T.letter), SPECS, {}));
  await page.reload();
  await expect(island(page)).toBeVisible();
  await expect(letterBox(page)).not.toContainText('Our packer at');
});

test('the checker flags blame in a point and jumps to its paragraph; unfilled fields focus; Copy stays enabled', async ({ page }) => {
  await page.goto(rel(PATH));
  await expect(island(page)).toBeVisible();
  const checker = page.locator('[data-checker]');
  await expect(checker).toBeVisible();
  // Its rules load when it nears the screen.
  await checker.scrollIntoViewIfNeeded();

  const unfilled = checker.locator('li[data-rule="unfilled"]');
  await expect(unfilled).toContainText('Some fields are still empty');
  await unfilled.getByRole('button', { name: 'Product', exact: true }).click();
  await expect(page.locator('[name="product_name"]')).toBeFocused();

  await fill(page, VALUES);
  await expect(unfilled).toHaveCount(0);
  await expect(checker.locator('li[data-rule="blame"]')).toHaveCount(0);

  await setPoint(page, 0, 1, 'The buyers lied about the missing part, and it was not our fault.');
  const blame = checker.locator('li[data-rule="blame"]');
  await expect(blame).toContainText('The letter blames Amazon, buyers or the rights owner');
  // The jump link quotes the words that triggered the finding.
  await expect(blame.locator('button[data-line]')).toHaveText(['“not our fault”']);
  await expect(page.locator('[data-action="copy"]')).toBeEnabled();
  await blame.locator('button[data-line]').first().click();
  const flashed = page.locator('[data-filled-letter] > [data-flash]');
  await expect(flashed).toContainText('The buyers lied about the missing part');
  await expect(flashed).toBeInViewport();

  // A text field works too, and copying is never blocked.
  await setPoint(page, 0, 1, 'Our tester skipped one unit.');
  await expect(blame).toHaveCount(0);
  await page.locator('[name="product_name"]').fill('adapter!!');
  await expect(checker.locator('li[data-rule="pleading"]')).toBeVisible();
  await page.locator('[data-action="copy"]').click();
  await expect.poll(() => clipboard(page)).toContain('adapter!!');
});

test('the checker quotes the trigger words, counts findings per part, and names the documents an appeal lacks', async ({ page }) => {
  await withoutAttachments(page);
  await page.goto(rel(PATH));
  await expect(island(page)).toBeVisible();
  await fill(page, VALUES);
  const checker = page.locator('[data-checker]');
  const evidence = checker.locator('li[data-rule="missing-evidence"]');
  // The product-complaints category needs invoices and supplier details. With its attachments list gone and the one
  // sentence that names receipts rewritten, the letter names the supplier's factory only.
  await setPoint(page, 1, 1, 'We sent the missing part to the buyer on March 3.');
  await expect(evidence).toContainText('purchase invoices');
  await expect(evidence).not.toContainText('supplier details');

  await setPoint(page, 0, 1, 'Please give us another chance.');
  const pleading = checker.locator('li[data-rule="pleading"]');
  await expect(pleading.locator('button[data-line]', { hasText: 'another chance' })).toHaveCount(1);
  const parts = checker.locator('[data-check-parts]');
  await expect(parts).toBeVisible();
  await expect(parts).toHaveText(/root cause [1-9]/);
  await pleading.locator('button[data-line]', { hasText: 'another chance' }).click();
  await expect(page.locator('[data-filled-letter] > [data-flash]')).toContainText('Please give us another chance.');

  // Naming the attachment in the letter clears the finding; copying was never blocked.
  await setPoint(page, 1, 0, 'We have attached the purchase invoices for the 500 units we sold.');
  await expect(evidence).toHaveCount(0);
  await expect(page.locator('[data-action="copy"]')).toBeEnabled();
});

test('the checker speaks Chinese on Chinese pages, and non-appeal templates have no per-part answers', async ({ page }) => {
  await withoutAttachments(page);
  await page.goto(rel('/templates/damaged-product-complaint/'));
  await expect(island(page)).toBeVisible();
  await setPoint(page, 1, 1, '我们已补发缺少的配件。');
  await page.locator('[data-checker]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-checker] li[data-rule="unfilled"]')).toContainText('还有未填写的内容');
  await expect(page.locator('[data-checker] li[data-rule="missing-evidence"]')).toContainText('采购发票');
  await expect(page.locator('[data-checker] [data-check-parts]')).toContainText('按部分统计');
  await expect(page.locator('[data-poa-answers] summary')).toHaveText('申诉表单的分项答案（每部分一个）');
  await page.goto(rel('/en/templates/vip-group-invitation/'));
  await expect(island(page)).toBeVisible();
  await expect(page.locator('[data-poa-answers]')).toHaveCount(0);
});
