/**
 * The case page at its edges, in Chromium (adversarial review 2026-12, issue 25.3): F1 (a case deleted in one tab
 * while another tab types into it: nothing typed lands in a different case), F5 (text typed and not yet added or
 * committed survives a reload and another tab's write), F16 (a stored file with 50,000 entries opens a page at a
 * time, and adding past the limit is refused with a message). The unit tests (tests/unit/case-session.test.ts)
 * hold the same rules without a browser.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { emptyFile, MAX_CASE_ENTRIES, newCase, type CaseEntry, type CaseFile } from '../../src/lib/case-file';
import { TIMELINE_PAGE } from '../../src/lib/case-view';
import { CASE_DRAFTS_KEY, CASE_STORAGE_KEY } from '../../src/lib/storage-keys';
import { guardPages } from './support/guards';
import { rel } from './support/site';

guardPages(test);
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const ready = (page: Page) => expect(page.locator('case-file[data-ready] [data-case-ui]')).toBeVisible();
const status = (page: Page) => page.locator('case-file [data-status]');
const storedFile = async (page: Page) =>
  JSON.parse((await page.evaluate((key) => localStorage.getItem(key), CASE_STORAGE_KEY)) ?? 'null') as CaseFile;
const today = () => new Date().toLocaleDateString('sv');

/** Writes a case file straight into storage, then (re)opens the case page. */
async function openWith(page: Page, file: CaseFile) {
  await page.goto(rel('/en/case/'));
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [CASE_STORAGE_KEY, JSON.stringify(file)]);
  await page.reload();
  await ready(page);
}

async function newCaseNamed(page: Page, title: string) {
  const box = page.locator('[data-new-box]');
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('summary').click();
  await page.fill('#new-title', title);
  await page.locator('[data-new-case] button[type=submit]').click();
  await expect(page.locator('#case-title')).toHaveValue(title);
}

test('F1: a case deleted in one tab while another types into it: no other case takes the typing', async ({ context }) => {
  const a = await context.newPage();
  await a.goto(rel('/en/case/'));
  await ready(a);
  await newCaseNamed(a, 'Case Y (keep my title)');
  await newCaseNamed(a, 'Case X');
  const b = await context.newPage();
  await b.goto(rel('/en/case/'));
  await ready(b);
  await expect(b.locator('#case-title')).toHaveValue('Case X');

  await b.locator('#case-title').click();
  await b.locator('#case-title').press('End');
  await b.locator('#case-title').pressSequentially(' - edited');
  await a.locator('section[aria-label="Delete this case"] summary').click();
  await a.locator('[data-action="delete-case"]').click();
  await expect(a.locator('#case-title')).toHaveValue('Case Y (keep my title)');

  // B now shows Y, says why, and the keystrokes that follow reach no case.
  await expect(b.locator('#case-title')).toHaveValue('Case Y (keep my title)');
  await expect(status(b)).toContainText('The case shown here was deleted in another tab');
  await b.keyboard.type(' more');
  await b.locator('h1').first().click();
  await expect(b.locator('#case-title')).toHaveValue('Case Y (keep my title)');
  const file = await storedFile(b);
  expect(file.cases.map((c) => c.title)).toEqual(['Case Y (keep my title)']);
  // And Y's own edits in B still work.
  await b.locator('#case-title').fill('Case Y, renamed in B');
  await b.locator('h1').first().click();
  await expect.poll(async () => (await storedFile(b)).cases.map((c) => c.title)).toEqual(['Case Y, renamed in B']);
});

test('F5: a reply typed and not yet added comes back after a reload, and goes once it is added', async ({ page }) => {
  await openWith(page, { ...emptyFile(), cases: [newCase({ title: 'Drafts' }, Date.now())] });
  const form = page.locator('form[data-add="reply"]');
  await form.locator('xpath=..').locator('summary').click();
  await form.locator('input[name=date]').fill(today());
  await form.locator('textarea[name=text]').fill('We reviewed your appeal and need more information.');
  await page.reload();
  await ready(page);
  await expect(form).toBeVisible();
  await expect(form.locator('textarea[name=text]')).toHaveValue('We reviewed your appeal and need more information.');
  await expect(form.locator('input[name=date]')).toHaveValue(today());
  // Another case shows its own (empty) forms, and the draft comes back with its case.
  await newCaseNamed(page, 'Another');
  await expect(form.locator('textarea[name=text]')).toHaveValue('');
  await page.selectOption('[data-case-select]', { label: 'Drafts' });
  await expect(form.locator('textarea[name=text]')).toHaveValue('We reviewed your appeal and need more information.');
  await form.locator('button[type=submit]').click();
  await expect(status(page)).toHaveText('Added to the timeline');
  await expect(page.locator('[data-timeline] > li[data-entry="reply"]')).toHaveCount(1);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), CASE_DRAFTS_KEY)).toBeNull();
  await page.reload();
  await ready(page);
  await expect(form.locator('textarea[name=text]')).toHaveValue('');
});

test('F5: an evidence note survives a reload right after typing, and another tab writing while it is typed', async ({ context }) => {
  const item = newCase({ title: 'Notes', marketplace: 'US' }, Date.now());
  const draft: CaseEntry = { id: 'd1', type: 'draft', date: today(), text: 'Dear team', template: 'odr-a-to-z-vacation', updatedAt: 1 };
  item.entries = [draft];
  const a = await context.newPage();
  await openWith(a, { ...emptyFile(), cases: [item] });
  const note = a.locator('[data-evidence-list] > li input[type=text]').first();
  await note.click();
  await note.pressSequentially('asked the carrier on 3 May');
  await a.reload(); // no change event, no pause: the page stores it as it goes
  await ready(a);
  await expect(note).toHaveValue('asked the carrier on 3 May');

  // Tab B writes the case while A types a note: A keeps the text and the focus, and both changes are stored.
  const b = await context.newPage();
  await b.goto(rel('/en/case/'));
  await ready(b);
  await note.click();
  await note.press('End');
  await note.pressSequentially(', again');
  await b.locator('#case-situation-text').fill('Written in tab B');
  await b.locator('h1').first().click();
  await expect(status(a)).toHaveText('Another tab changed the case file; its changes are merged in here.');
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('asked the carrier on 3 May, again');
  await note.pressSequentially('!');
  await a.locator('h1').first().click();
  await expect
    .poll(async () => {
      const stored = (await storedFile(a)).cases[0]!;
      return [stored.situationText, Object.values(stored.evidence).map((e) => e.note)];
    })
    .toEqual(['Written in tab B', ['asked the carrier on 3 May, again!']]);
});

test('F16: 50,000 entries open a page at a time; more pages on demand; adding past the limit is refused, said', async ({ page }) => {
  const item = newCase({ title: 'Huge' }, Date.now());
  item.entries = Array.from({ length: 50_000 }, (_, i) => ({
    id: `e${i}`,
    type: 'note' as const,
    date: '2026-05-01',
    text: String(i),
    updatedAt: i + 1,
  }));
  await openWith(page, { ...emptyFile(), cases: [item] });
  const entries = page.locator('[data-timeline] > li');
  await expect(entries).toHaveCount(TIMELINE_PAGE);
  await expect(entries.last().locator('.case-text')).toHaveText('49999');
  await expect(page.locator('[data-timeline-count]')).toHaveText(`Showing the newest ${TIMELINE_PAGE} of 50000 entries.`);
  const more = page.locator('[data-action="show-earlier"]');
  await expect(more).toHaveText(`Show ${TIMELINE_PAGE} earlier entries`);
  await more.click();
  await expect(entries).toHaveCount(2 * TIMELINE_PAGE);
  await expect(page.locator('[data-timeline-count]')).toHaveText(`Showing the newest ${2 * TIMELINE_PAGE} of 50000 entries.`);

  const form = page.locator('form[data-add="note"]');
  await form.locator('xpath=..').locator('summary').click();
  await form.locator('input[name=date]').fill(today());
  await form.locator('textarea[name=text]').fill('one more');
  await form.locator('button[type=submit]').click();
  await expect(status(page)).toHaveText(
    `A case can hold at most ${MAX_CASE_ENTRIES} entries (so that its export still imports), and this one is full. Nothing was added: delete entries you no longer need, or start a new case.`,
  );
  // The typed note stays in its form; the stored file is unchanged.
  await expect(form.locator('textarea[name=text]')).toHaveValue('one more');
  expect((await storedFile(page)).cases[0]!.entries).toHaveLength(50_000);
});

test('the element lets go when it leaves the page: no listener answers, and it starts again when put back', async ({ page }) => {
  await openWith(page, { ...emptyFile(), cases: [newCase({ title: 'Detach me' }, Date.now())] });
  const heard = await page.evaluate(async (key) => {
    const element = document.querySelector('case-file')!;
    const parent = element.parentElement!;
    const statusText = () => element.querySelector('[data-status]')!.textContent;
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const otherTab = () => window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key) }));
    element.remove();
    otherTab();
    await frame();
    const detached = statusText();
    parent.append(element);
    otherTab();
    await frame();
    return { detached, attached: statusText() };
  }, CASE_STORAGE_KEY);
  expect(heard).toEqual({ detached: '', attached: 'Another tab changed the case file; its changes are merged in here.' });
  await expect(page.locator('#case-title')).toHaveValue('Detach me');
});
