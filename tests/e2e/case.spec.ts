/**
 * The case file (我的申诉档案) on the built site: a case started from a triage answer, a filled letter saved to it
 * from a template page, a reply, reload, export, delete, import, the calendar file (parsed with ical.js), broken
 * imports, storage blocked or full, two tabs, no JavaScript. Expected letters come from the template YAML through
 * the build's own fillLetter; expected dates from the deadlines YAML.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect as baseExpect, test, type Download, type Page } from '@playwright/test';
import { load as parse } from 'js-yaml';
import { CASE_SCHEMA, CASE_VERSION, type CaseFile } from '../../src/lib/case-file';
import { CASE_STORAGE_KEY, PENDING_KEY } from '../../src/lib/case-store';
import { addToDay, applies, type DeadlineScope } from '../../src/lib/deadlines';
import { guardPages } from './support/guards';
import { rel } from './support/site';
import { ODR, ODR_VALUES, expected } from './support/templates';

declare global {
  interface Window {
    __xss?: unknown;
    __printed?: number;
  }
}

guardPages(test);
// Each test walks several pages on a machine that may be busy: room for that, without hiding a real hang.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const LETTER = expected(ODR, ODR.letter, ODR_VALUES);
const DEADLINES = parse(readFileSync('content/deadlines.yaml', 'utf8')) as ({
  id: string;
  kind: string;
  count: number;
  unit: 'days' | 'hours' | 'months' | 'business-days';
  from: string;
} & DeadlineScope)[];

/** The reader's calendar day, offset by some days (the page dates things on the reader's own calendar). */
function localDay(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), CASE_STORAGE_KEY);
const storedFile = async (page: Page) => JSON.parse((await stored(page)) ?? 'null') as CaseFile;
const ready = (page: Page) => expect(page.locator('case-file[data-ready] [data-case-ui]')).toBeVisible();
const status = (page: Page) => page.locator('[data-status]');
const read = async (download: Download) => readFileSync((await download.path())!, 'utf8');

async function downloadOf(page: Page, selector: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.locator(selector).first().click();
  return downloading;
}

/** A case started from the triage answer "ODR suspended", with a notice date. */
async function startCase(page: Page, title: string, noticeDate = localDay(-1)) {
  await page.goto(rel('/en/triage/odr/odr-suspended/'));
  const link = page.locator('[data-case-link]');
  await expect(link).toHaveText('Track this in my case file →');
  await link.click();
  await expect(page).toHaveURL(/\/en\/case\/#new-odr-suspended$/);
  await ready(page);
  await expect(page.locator('#new-situation')).toHaveValue('odr-suspended');
  await page.fill('#new-title', title);
  await page.fill('#new-date', noticeDate);
  await page.selectOption('#new-marketplace', 'US');
  await page.locator('[data-new-case] button[type=submit]').click();
  await expect(page.locator('#case-title')).toHaveValue(title);
}

/** A letter recorded as sent by hand, from a template: the evidence checklist lists the evidence of the letters in the case. */
async function addSentLetter(page: Page, slug: string, date = localDay()) {
  const form = page.locator('form[data-add="appeal"]');
  await form.locator('xpath=..').locator('summary').click();
  await form.locator('input[name=date]').fill(date);
  await form.locator('select[name=template]').selectOption(slug);
  await form.locator('textarea[name=text]').fill('Dear Seller Performance team, …');
  await form.locator('button[type=submit]').click();
  await expect(status(page)).toHaveText('Added to the timeline');
}

async function addEntry(page: Page, type: 'reply' | 'note', date: string, text: string) {
  const form = page.locator(`form[data-add="${type}"]`);
  await form.locator('xpath=..').locator('summary').click();
  await form.locator('input[name=date]').fill(date);
  await form.locator('textarea[name=text]').fill(text);
  await form.locator('button[type=submit]').click();
  await expect(status(page)).toHaveText('Added to the timeline');
}

test('a case from a triage answer: save a filled letter, add a reply, reload, export, delete all, import, calendar', async ({ page }) => {
  const notice = localDay(-1);
  await startCase(page, 'US store, ODR', notice);
  await expect(page.locator('[data-situation-line]')).toHaveText('Suspended for ODR or late shipments');

  // Save the filled letter from its template page.
  await page.goto(rel('/en/templates/odr-a-to-z-vacation/'));
  await expect(page.locator('fill-letter[data-ready]')).toBeVisible();
  for (const [key, value] of Object.entries(ODR_VALUES)) await page.locator(`[data-fill-form] [name="${key}"]`).fill(value);
  await page.locator('case-save button').click();
  await expect(page.locator('case-save [role=status]')).toBeVisible();
  await page.locator('case-save a').click();

  // File it into the case: a draft, the letter exactly as Copy gives it; marked as sent, it becomes the appeal.
  await ready(page);
  await expect(page.locator('[data-pending-list] li')).toHaveCount(1);
  await page.locator('[data-pending-list] button', { hasText: 'Put into the current case' }).click();
  await expect(page.locator('[data-pending]')).toBeHidden();
  await expect(page.locator('#case-status')).toHaveValue('open');
  await page.locator('form[data-mark-sent] button').click();
  await expect(page.locator('#case-status')).toHaveValue('appealed');
  let file = await storedFile(page);
  expect(file.cases).toHaveLength(1);
  const appeal = file.cases[0]!.entries.find((e) => e.type === 'appeal')!;
  expect(appeal.text).toBe(LETTER);
  expect(appeal.template).toBe('odr-a-to-z-vacation');
  expect(appeal.date).toBe(localDay());
  expect(await page.evaluate((key) => localStorage.getItem(key), PENDING_KEY)).toBe('[]');

  await addEntry(page, 'reply', localDay(), 'Hello,\nWe need more information about claim 123.');
  await page.fill('#case-notice-text', 'Your selling privileges have been removed.');
  await page.locator('#case-notice-text').blur();

  // Reload: all there.
  await page.reload();
  await ready(page);
  await expect(page.locator('#case-title')).toHaveValue('US store, ODR');
  await expect(page.locator('#case-notice-date')).toHaveValue(notice);
  await expect(page.locator('#case-notice-text')).toHaveValue('Your selling privileges have been removed.');
  await expect(page.locator('[data-timeline] > li')).toHaveCount(3);
  expect(await page.locator('[data-timeline] > li[data-entry="appeal"] .case-text').evaluate((el) => el.textContent)).toBe(LETTER);
  await expect(page.locator('[data-timeline] > li[data-entry="reply"]')).toContainText("Amazon's reply");
  file = await storedFile(page);

  // Export.
  const exported = await downloadOf(page, '[data-action="export"]:visible');
  expect(exported.suggestedFilename()).toMatch(/^seller-letters-case-file-\d{4}-\d{2}-\d{2}\.json$/);
  const exportText = await read(exported);
  const exportedFile = JSON.parse(exportText) as CaseFile;
  expect(exportedFile.schema).toBe(CASE_SCHEMA);
  expect(exportedFile.version).toBe(CASE_VERSION);
  expect(exportedFile.cases).toEqual(file.cases);

  // Delete everything.
  await page.locator('summary', { hasText: 'Delete the whole case file' }).click();
  await page.locator('[data-action="delete-all"]').click();
  await expect(status(page)).toHaveText('The whole case file was deleted.');
  expect(await stored(page)).toBeNull();
  await expect(page.locator('[data-no-case]')).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.locator('[data-case-view]')).toBeHidden();

  // Import: all back.
  await page.locator('[data-import]').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(exportText) });
  await expect(status(page)).toHaveText('Imported 1 case(s); the same case or entry is never added twice.');
  expect((await storedFile(page)).cases).toEqual(file.cases);
  await page.reload();
  await ready(page);
  await expect(page.locator('#case-title')).toHaveValue('US store, ODR');
  await expect(page.locator('[data-timeline] > li')).toHaveCount(3);

  // Calendar: parsed with ical.js; one all-day event per future deadline, UIDs stable across downloads.
  const ics = await read(await downloadOf(page, '[data-action="ics"]'));
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const caseId = file.cases[0]!.id;
  // Only what applies to a US ODR case whose AHA enrolment is not known (no EU rule, no AHA alarm).
  const wanted = DEADLINES.filter(
    (d) => d.kind !== 'earliest' && applies(d, { marketplace: 'US', situation: 'odr-suspended' }) === 'yes',
  ).map((d) => ({
    uid: `${caseId}-${d.id}@seller-letters`,
    date: addToDay(d.from === 'notice' ? notice : localDay(), d.count, d.unit)!,
  }));
  expect(events.map((e) => ({ uid: e.uid, date: e.startDate.toString() })).sort((a, b) => a.uid.localeCompare(b.uid))).toEqual(
    wanted.sort((a, b) => a.uid.localeCompare(b.uid)),
  );
  for (const event of events) {
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe(addToDay(event.startDate.toString(), 1, 'days'));
    expect(event.component.getFirstSubcomponent('valarm')).not.toBeNull();
  }
  const again = await read(await downloadOf(page, '[data-action="ics"]'));
  const uids = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
  expect(uids(again)).toEqual(uids(ics));
});

test('broken import files are refused with a clear message and nothing stored changes', async ({ page }) => {
  await startCase(page, 'Kept case');
  await addEntry(page, 'note', localDay(), 'invoice requested from supplier');
  const before = await stored(page);
  const valid = JSON.parse(before!) as CaseFile;
  const broken: [string, Buffer | string, string][] = [
    ['invalid JSON', '{"schema": "seller-letters-case-file", "version": 1, "cases": [', 'not valid JSON'],
    ['wrong schema', JSON.stringify({ cases: [{ title: 'x' }] }), 'not a case file exported by this site'],
    ['future version', JSON.stringify({ ...valid, version: CASE_VERSION + 1 }), 'newer version of the site'],
    ['huge file', Buffer.alloc(5_100_000, 32), 'too large'],
    [
      'script payloads in formatted fields',
      JSON.stringify({
        ...valid,
        cases: [{ ...valid.cases[0]!, id: '<img src=x onerror=window.__xss=1>', noticeDate: '<script>window.__xss=2</script>' }],
      }),
      'incomplete or malformed',
    ],
  ];
  for (const [name, content, message] of broken) {
    await page.locator('[data-import]').setInputFiles({
      name: `${name}.json`,
      mimeType: 'application/json',
      buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
    });
    await expect(status(page), name).toContainText(message);
    await expect(status(page), name).toContainText('Nothing stored was changed.');
    expect(await stored(page), name).toBe(before);
  }
  await expect(page.locator('#case-title')).toHaveValue('Kept case');
  await expect(page.locator('[data-timeline] > li[data-entry="note"]')).toHaveCount(1);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test('markup in an imported case stays text: no element is created and no script runs', async ({ page }) => {
  await page.goto(rel('/en/case/'));
  await ready(page);
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>bold</b>';
  const file: CaseFile = {
    schema: CASE_SCHEMA,
    version: CASE_VERSION,
    deleted: {},
    cases: [
      {
        id: 'case1',
        title: payload,
        situationText: payload,
        marketplace: 'US',
        noticeDate: localDay(-1),
        noticeText: payload,
        status: 'open',
        templates: [],
        entries: [{ id: 'e1', type: 'reply', date: localDay(), text: payload, updatedAt: 1 }],
        evidence: {},
        createdAt: 1,
        updatedAt: 1,
      },
    ],
  };
  await page
    .locator('[data-import]')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(status(page)).toContainText('Imported 1 case');
  await page.locator('[data-timeline] summary').last().click();
  await expect(page.locator('[data-timeline] .case-text').last()).toHaveText(payload);
  await expect(page.locator('#case-pick option')).toHaveText(payload);
  await expect(page.locator('case-file img, case-file b, case-file script')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print] h1')).toHaveText(`Case summary: ${payload}`);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test('with storage blocked the page says so, still works, and export still gives the case', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    }),
  );
  await page.goto(rel('/en/case/'));
  await ready(page);
  await expect(page.locator('[data-storage-warning]')).toBeVisible();
  await expect(page.locator('[data-storage-warning]')).toContainText('does not let the site store data');
  await page.locator('summary', { hasText: 'New case' }).click();
  await page.fill('#new-title', 'In memory only');
  await page.locator('[data-new-case] button[type=submit]').click();
  await addEntry(page, 'note', localDay(), 'kept until export');
  const exported = JSON.parse(await read(await downloadOf(page, '[data-storage-warning] [data-action="export"]'))) as CaseFile;
  expect(exported.cases.map((c) => [c.title, c.entries.map((e) => e.text)])).toEqual([['In memory only', ['kept until export']]]);
});

test('a full storage is reported at once, with export offered, and the change stays on the page', async ({ page }) => {
  await startCase(page, 'Full');
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'sl-case' && value.length > 3000) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  const before = await stored(page);
  const form = page.locator('form[data-add="reply"]');
  await form.locator('xpath=..').locator('summary').click();
  await form.locator('input[name=date]').fill(localDay());
  await form.locator('textarea[name=text]').fill('x'.repeat(4000));
  await form.locator('button[type=submit]').click();
  await expect(page.locator('[data-storage-warning]')).toBeVisible();
  await expect(page.locator('[data-storage-warning]')).toContainText('storage is full');
  await expect(page.locator('[data-storage-warning] [data-action="export"]')).toBeVisible();
  expect(await stored(page)).toBe(before);
  await expect(page.locator('[data-timeline] > li[data-entry="reply"]')).toHaveCount(1);
});

test('two tabs adding to the same case keep both entries', async ({ context }) => {
  const a = await context.newPage();
  await startCase(a, 'Shared');
  const b = await context.newPage();
  await b.goto(rel('/en/case/'));
  await ready(b);
  await expect(b.locator('#case-title')).toHaveValue('Shared');

  await addEntry(a, 'reply', localDay(), 'written in tab A');
  // Tab B hears of A's write and shows it without a reload.
  await expect(b.locator('[data-timeline] > li[data-entry="reply"]')).toHaveCount(1);
  await expect(b.locator('[data-status]')).toHaveText('Another tab changed the case file; its changes are merged in here.');
  // Tab B misses the next event (as a busy tab might): its write must still keep A's new entry.
  await b.evaluate(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), { capture: true }));
  await addEntry(a, 'note', localDay(), 'second from tab A');
  await addEntry(b, 'note', localDay(), 'written in tab B');
  const texts = (await storedFile(b)).cases[0]!.entries.map((e) => e.text).sort();
  expect(texts).toEqual(['second from tab A', 'written in tab A', 'written in tab B']);
  await b.reload();
  await ready(b);
  await expect(b.locator('[data-timeline] > li')).toHaveCount(4); // notice + three entries
});

test('the evidence checklist of the templates in a case: ticked, noted, kept and printed', async ({ page }) => {
  // A small fixture in the templates' `evidence:` shape replaces the real lists in the page's data, so the test
  // controls exactly which items appear (the real lists are checked below, in the test after this one).
  const fixture = [
    { id: 'supplier-invoices', label: 'Supplier invoices (last 365 days)', required: true, notes: 'Cover the quantities sold' },
    { id: 'customer-messages', label: 'Messages with the buyers', required: false },
  ];
  await page.route('**/en/case/', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const patched = html.replace(/data-config="([^"]*)"/, (_, attr: string) => {
      const config = JSON.parse(
        attr
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      );
      for (const template of Object.values(config.templates) as { evidence?: unknown }[]) template.evidence = [];
      config.templates['odr-a-to-z-vacation'].evidence = fixture;
      return `data-config="${JSON.stringify(config).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    });
    await route.fulfill({ response, body: patched });
  });
  await startCase(page, 'With evidence');
  await addSentLetter(page, 'odr-a-to-z-vacation');
  const items = page.locator('[data-evidence-list] > li');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Supplier invoices (last 365 days)');
  await expect(items.first()).toContainText('required');
  await items.first().locator('input[type=checkbox]').check();
  await items.first().locator('input[type=text]').fill('requested from supplier X on 3 May');
  await items.first().locator('input[type=text]').blur();
  await page.reload();
  await ready(page);
  await expect(items.first().locator('input[type=checkbox]')).toBeChecked();
  await expect(items.first().locator('input[type=text]')).toHaveValue('requested from supplier X on 3 May');
  await expect(items.nth(1).locator('input[type=checkbox]')).not.toBeChecked();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print]')).toBeVisible();
  await expect(page.locator('[data-print]')).toContainText('☑ Supplier invoices (last 365 days) — requested from supplier X on 3 May');
  await expect(page.locator('[data-print]')).toContainText('☐ Messages with the buyers');
  await expect(page.locator('[data-case-ui]')).toBeHidden();
});

test('the checklist lists the real evidence of the case’s templates', async ({ page }) => {
  await startCase(page, 'Real evidence');
  await addSentLetter(page, 'odr-a-to-z-vacation');
  const odr = parse(readFileSync('content/templates/odr-a-to-z-vacation.yaml', 'utf8')) as { evidence: { label: { en: string } }[] };
  const items = page.locator('[data-evidence-list] > li');
  await expect(items.first()).toBeVisible();
  for (const item of odr.evidence) await expect(page.locator('[data-evidence-list]')).toContainText(item.label.en);
});

test('print: one page, in the page language', async ({ page }) => {
  await page.addInitScript(() => (window.print = () => (window.__printed = (window.__printed ?? 0) + 1)));
  await page.goto(rel('/triage/odr/odr-suspended/'));
  await page.locator('[data-case-link]').click();
  await ready(page);
  await page.fill('#new-title', '美国站 ODR');
  await page.fill('#new-date', localDay(-1));
  await page.locator('[data-new-case] button[type=submit]').click();
  await page.locator('[data-action="print"]').click();
  // The summary's code loads on first use, then the page prints once.
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('[data-print]');
  await expect(summary.locator('h1')).toHaveText('申诉档案摘要：美国站 ODR');
  await expect(summary).toContainText('可以申请放款');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // A4 at 96 dpi is 1123 px tall; the summary with its margins fits in one.
  expect(height).toBeLessThan(1123);
});

test('printing from the browser menu before the summary is drawn prints the work area, not an empty page', async ({ page }) => {
  // The summary's code never arrives (as on a slow network, before the page is idle).
  await page.route(/\/_astro\/print\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto(rel('/en/case/'));
  await ready(page);
  await page.locator('[data-new-box] summary').click();
  await page.fill('#new-title', 'Printed early');
  await page.locator('[data-new-case] button[type=submit]').click();
  await expect(page.locator('#case-title')).toHaveValue('Printed early');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print]')).toBeEmpty();
  await expect(page.locator('[data-case-ui]')).toBeVisible();
  await expect(page.locator('#case-title')).toBeVisible();
});

test('without JavaScript the page explains itself and links the static deadlines table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel('/en/case/'));
  await expect(page.locator('[data-case-nojs]')).toBeVisible();
  await expect(page.locator('[data-case-nojs]')).toContainText('needs JavaScript');
  await expect(page.locator('[data-case-ui]')).toBeHidden();
  await page.locator('[data-case-nojs] a').click();
  await expect(page).toHaveURL(/#deadlines$/);
  const rows = page.locator('[data-deadlines-table] tbody tr');
  await expect(rows).toHaveCount(DEADLINES.length);
  await expect(page.locator('#deadline-funds-request')).toContainText('60 days, counted from the notice');
  await expect(page.locator('#deadline-funds-request')).toContainText('check your notice');
  await expect(page.locator('#deadline-funds-request')).toContainText('as of 2026-12-07');
  await context.close();
});

test('Traditional Chinese: the page and the strings its script writes are converted', async ({ page }) => {
  await page.goto(rel('/zh-hant/case/#new-odr-suspended'));
  await ready(page);
  await expect(page.locator('h1')).toHaveText('我的申訴檔案');
  await page.fill('#new-date', localDay(-1));
  await page.locator('[data-new-case] button[type=submit]').click();
  await expect(page.locator('[data-deadline-list]')).toContainText('還有');
  await expect(page.locator('[data-deadline-list]')).not.toContainText('还有');
});
