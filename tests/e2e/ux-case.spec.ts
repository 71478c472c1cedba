/**
 * The case file records only what happened (issue 24.2, 24.3, 24.7), at 390 px in Chromium: a letter saved from a
 * template is a draft (status and reply clock unchanged) until "mark as sent"; deadlines by marketplace and AHA
 * enrolment, in the list and the .ics; the evidence of the letters in the case with 44 px rows; the task list; the
 * home page's "continue your case" card.
 */
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CASE_STORAGE_KEY } from '../../src/lib/case-store';
import { emptyFile, newCase, type CaseFile } from '../../src/lib/case-file';
import { rel } from './support/site';

const expect = baseExpect.configure({ timeout: 15_000 });
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const day = (offset = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const ready = (page: Page) => expect(page.locator('case-file[data-ready] [data-case-ui]')).toBeVisible();
const storedFile = async (page: Page) =>
  JSON.parse((await page.evaluate((key) => localStorage.getItem(key), CASE_STORAGE_KEY)) ?? 'null') as CaseFile;

async function newCaseVia(page: Page, fields: { title: string; marketplace: string; aha: string; situation?: string }) {
  await page.goto(rel(`/en/case/${fields.situation ? `#new-${fields.situation}` : ''}`));
  await ready(page);
  if (!fields.situation) await page.locator('[data-new-box] summary').click();
  await page.fill('#new-title', fields.title);
  await page.fill('#new-date', day(-1));
  await page.selectOption('#new-marketplace', fields.marketplace);
  await page.selectOption('#new-aha', fields.aha);
  await page.locator('[data-new-case] button[type=submit]').click();
  await expect(page.locator('#case-title')).toHaveValue(fields.title);
}

test('a letter saved from a template is a draft: status and reply clock change only after "mark as sent"', async ({ page }) => {
  await newCaseVia(page, { title: 'ODR draft', marketplace: 'US', aha: 'no', situation: 'odr-suspended' });
  // Half-filled: only the store name.
  await page.goto(rel('/en/templates/odr-a-to-z-vacation/'));
  await expect(page.locator('fill-letter[data-ready]')).toBeVisible();
  await page.locator('[data-fill-form] [name="store_name"]').fill('Sunny Home');
  await page.locator('case-save button').click();
  // The status is in the page from the start (hidden): wait for it to show, i.e. for the save to have happened.
  await expect(page.locator('case-save [role=status]')).toBeVisible();
  await expect(page.locator('case-save [role=status]')).toContainText('draft');
  await page.goto(rel('/en/case/'));
  await ready(page);
  await page.locator('[data-pending-list] button', { hasText: 'Put into the current case' }).click();

  const draft = page.locator('[data-timeline] > li[data-entry="draft"]');
  await expect(draft).toContainText('Draft (not sent)');
  await expect(draft).toContainText(/\d+ fields were still empty/);
  await expect(page.locator('#case-status')).toHaveValue('open');
  const reply = page.locator('[data-deadline-list] li[data-deadline="appeal-reply"]');
  await expect(reply).toContainText('no start date yet');
  await expect(page.locator('[data-task-list] li[data-task="sent"]')).toHaveAttribute('data-state', 'not-started');
  await expect(page.locator('[data-task-list] li[data-task="letter"]')).toHaveAttribute('data-state', 'in-progress');
  let file = await storedFile(page);
  expect(file.cases[0]!.status).toBe('open');
  expect(file.cases[0]!.entries.map((e) => e.type)).toEqual(['draft']);

  // Sent yesterday: now the status changes and the reply is expected two days after that day.
  await draft.locator('input[type=date]').fill(day(-1));
  await draft.locator('button', { hasText: 'Mark as sent' }).click();
  await expect(page.locator('#case-status')).toHaveValue('appealed');
  await expect(page.locator('[data-timeline] > li[data-entry="appeal"]')).toContainText(day(-1));
  await expect(reply).toContainText(day(1));
  await expect(page.locator('[data-task-list] li[data-task="sent"]')).toHaveAttribute('data-state', 'done');
  file = await storedFile(page);
  expect(file.cases[0]!.entries.map((e) => [e.type, e.date])).toEqual([['appeal', day(-1)]]);
});

test('deadlines apply by marketplace and AHA enrolment, in the list and in the .ics', async ({ page }) => {
  await newCaseVia(page, { title: 'US, not enrolled', marketplace: 'US', aha: 'no', situation: 'deactivated-verification' });
  const ids = () =>
    page
      .locator('[data-deadline-list] li')
      .evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.deadline}:${(e as HTMLElement).dataset.fit}`));
  expect(await ids()).not.toContain('eu-dsa-complaint:yes');
  expect((await ids()).some((i) => i.startsWith('aha-response') || i.startsWith('eu-dsa-complaint'))).toBe(false);
  expect(await ids()).toContain('funds-request:yes');

  // Don't know: the AHA rule shows as "may apply", never as an overdue alarm.
  await page.selectOption('#case-aha', 'unknown');
  const aha = page.locator('[data-deadline-list] li[data-deadline="aha-response"]');
  await expect(aha).toHaveAttribute('data-fit', 'maybe');
  await expect(aha).toContainText('May apply');
  await expect(aha).not.toContainText(/days? ago|overdue/i);

  // A German case of an enrolled seller: both rules apply, and the EU one is in the calendar.
  await newCaseVia(page, { title: 'DE, enrolled', marketplace: 'DE', aha: 'yes', situation: 'deactivated-verification' });
  await expect(page.locator('[data-deadline-list] li[data-deadline="eu-dsa-complaint"]')).toHaveAttribute('data-fit', 'yes');
  await expect(page.locator('[data-deadline-list] li[data-deadline="aha-response"]')).toHaveAttribute('data-fit', 'yes');
  const downloading = page.waitForEvent('download');
  await page.locator('[data-action="ics"]').click();
  const ics = readFileSync((await (await downloading).path())!, 'utf8');
  expect(ics).toContain('-eu-dsa-complaint@seller-letters');

  // Back on the US case: its calendar has no EU event.
  await page.selectOption('#case-pick', { label: 'US, not enrolled' });
  const again = page.waitForEvent('download');
  await page.locator('[data-action="ics"]').click();
  const usIcs = readFileSync((await (await again).path())!, 'utf8');
  expect(usIcs).toContain('-funds-request@seller-letters');
  expect(usIcs).not.toContain('eu-dsa-complaint');
  expect(usIcs).not.toContain('aha-response');
});

test('the evidence checklist lists the letters in the case, one item per kind of document, in 44 px rows', async ({ page }) => {
  const item = newCase({ title: 'Two ODR letters', marketplace: 'US', situation: 'odr-suspended', noticeDate: day(-3) }, Date.now());
  item.entries = [
    { id: 'd1', type: 'draft', date: day(-2), text: 'Dear team', template: 'odr-a-to-z-vacation', updatedAt: 1 },
    { id: 'd2', type: 'draft', date: day(-2), text: 'Dear team', template: 'odr-quality-returns-erp', updatedAt: 2 },
  ];
  await page.goto(rel('/en/case/'));
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [CASE_STORAGE_KEY, JSON.stringify({ ...emptyFile(), cases: [item] })],
  );
  await page.reload();
  await ready(page);
  const labels = await page.locator('[data-evidence-list] > li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.evidence));
  expect(labels.filter((l) => l === 'order-list')).toHaveLength(1);
  expect(new Set(labels).size).toBe(labels.length);
  for (const row of await page.locator('[data-evidence-list] .case-evidence-item').all())
    expect((await row.boundingBox())!.height).toBeGreaterThanOrEqual(44);
});

test('a second appeal shows what changed, and warns when nothing is new', async ({ page }) => {
  const letter = 'Dear team\nRoot cause: no holiday cover.\nRegards';
  const item = newCase({ title: 'Second', marketplace: 'US', noticeDate: day(-30), status: 'appealed' }, Date.now());
  item.entries = [
    { id: 'a1', type: 'appeal', date: day(-20), text: letter, template: 'odr-a-to-z-vacation', updatedAt: 1 },
    { id: 'd2', type: 'draft', date: day(-1), text: letter, template: 'second-appeal', updatedAt: 2 },
  ];
  await page.goto(rel('/case/'));
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [CASE_STORAGE_KEY, JSON.stringify({ ...emptyFile(), cases: [item] })],
  );
  await page.reload();
  await ready(page);
  const box = page.locator('[data-changes]');
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('data-nothing-new', 'true');
  await expect(box).toContainText('没有任何新内容');
});

test('the home page offers to continue the case this device holds, and nothing when it holds none', async ({ page }) => {
  await page.goto(rel('/en/'));
  await expect(page.locator('case-continue')).toBeHidden();
  const item = newCase(
    { title: 'My ODR case', marketplace: 'US', situation: 'odr-suspended', noticeDate: day(-1), status: 'appealed' },
    Date.now(),
  );
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [CASE_STORAGE_KEY, JSON.stringify({ ...emptyFile(), cases: [item] })],
  );
  await page.reload();
  const card = page.locator('case-continue');
  await expect(card).toBeVisible();
  await expect(card.locator('[data-continue-title]')).toHaveText('My ODR case');
  await expect(card.locator('[data-continue-situation]')).toHaveText('Suspended for ODR or late shipments');
  await expect(card.locator('[data-continue-status]')).toHaveText('Appealed');
  await expect(card.locator('[data-continue-next]')).toContainText(/days left|today/);
  await expect(card.locator('[data-continue-next]')).not.toContainText('EU');
  await card.getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/case\/$/);
  // The card is in the first screen of a phone.
  await page.goto(rel('/'));
  expect((await page.locator('case-continue section').boundingBox())!.y).toBeLessThan(844);
});
