/**
 * The fill-and-copy island on the built site. Expected letters are computed here from the template YAML with the
 * build's own fillLetter (never read back from the page), or written out literally.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FIELD_LIMITS } from '../../src/lib/field-limits';
import { placeholderKeys } from '../../src/lib/letter';
import { resolveLetter } from '../../src/lib/letter-blocks';
import { letterExtras } from '../../src/lib/placeholders';
import { rel } from './support/site';
import { ODR, ODR_VALUES, allTemplates, expected, template } from './support/templates';
import { guardPages } from './support/guards';

const ODR_PATH = '/en/templates/odr-a-to-z-vacation/';

/** Fields the page first asks for: those of the subject and of the letter with its options at their defaults. */
const ODR_ASKED = placeholderKeys(`${ODR.subject ?? ''}\n${resolveLetter(ODR.letter, letterExtras(ODR), {})}`);
const zhLabel = (key: string) => ODR.placeholders.find((p) => p.key === key)!.label.zh;

const island = (page: Page) => page.locator('fill-letter[data-ready]');
const field = (page: Page, key: string) => page.locator(`[data-fill-form] [name="${key}"]`);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function fill(page: Page, values: Record<string, string>) {
  for (const [key, value] of Object.entries(values)) await field(page, key).fill(value);
}

declare global {
  interface Window {
    __xss?: unknown;
  }
}

guardPages(test);

test('filling every field gives exactly the expected letter on the clipboard', async ({ page }) => {
  expect(Object.keys(ODR_VALUES).sort()).toEqual(ODR.placeholders.map((p) => p.key).sort());
  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  await expect(page.locator('[data-empty-count]')).toHaveText(`${ODR_ASKED.length} fields still empty:`);
  await fill(page, ODR_VALUES);

  const letter = page.locator('[data-filled-letter]');
  await expect(letter).toContainText('were deactivated on March 9, 2026.');
  await expect(letter.locator('mark.ph[data-key="notice_date"]')).toHaveAttribute('data-state', 'filled');
  await expect(letter.locator('mark.ph[data-state="empty"]')).toHaveCount(0);
  await expect(page.locator('[data-subject]')).toHaveText('Plan of Action – BrightHome Direct – Order Defect Rate');
  // "All filled in" waits for the checker to be clean too; before it has read the letter the bar says to look.
  await expect(page.locator('[data-empty-count]')).toHaveText(/^All fields (are filled in|filled: check the findings below)/);

  await page.locator('[data-action="copy"]').click();
  await expect(page.getByRole('status')).toHaveText('Copied. Paste it where you need it.');
  const copied = await clipboard(page);
  expect(copied).toBe(expected(ODR, ODR.letter, ODR_VALUES));
  expect(copied).toContain('Sincerely,\nLi Wei\nBrightHome Direct\nLogin email: seller@example.com');
  expect(copied).not.toMatch(/<mark|\{\{|\[/);

  await page.locator('[data-action="copy-subject"]').click();
  await expect(page.getByRole('status')).toHaveText('Subject copied.');
  expect(await clipboard(page)).toBe(expected(ODR, ODR.subject!, ODR_VALUES));
});

test('Copy asks first while fields are empty; the empty list and the marks lead to their fields', async ({ page }) => {
  await page.goto(rel('/templates/odr-a-to-z-vacation/'));
  await expect(island(page)).toBeVisible();
  await field(page, 'store_name').fill('Acme');
  await expect(page.locator('[data-empty-count]')).toHaveText(`还有 ${ODR_ASKED.length - 1} 项未填写：`);
  await page.evaluate(() => navigator.clipboard.writeText('before'));

  await page.locator('[data-action="copy"]').click();
  const confirm = page.locator('[data-confirm]');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(`还有 ${ODR_ASKED.length - 1} 项没有填写`);
  expect(await clipboard(page)).toBe('before');

  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(page.locator('[data-action="copy"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeVisible();
  await page.locator('[data-action="keep-filling"]').click();
  await expect(confirm).toBeHidden();
  await expect(
    field(
      page,
      ODR_ASKED.find((key) => key !== 'store_name')!,
    ),
  ).toBeFocused();

  await page.locator('[data-empty-list] a', { hasText: zhLabel('odr_value') }).click();
  await expect(field(page, 'odr_value')).toBeFocused();
  await page.locator('[data-filled-letter] mark.ph[data-key="login_email"]').click();
  await expect(field(page, 'login_email')).toBeFocused();

  await page.locator('[data-action="copy"]').click();
  await page.locator('[data-action="copy-anyway"]').click();
  await expect(page.getByRole('status')).toHaveText('已复制，可以粘贴了。');
  const copied = await clipboard(page);
  expect(copied).toBe(expected(ODR, ODR.letter, { store_name: 'Acme' }));
  expect(copied).toContain('[Marketplace]');
});

test('values survive a reload and are stored per template and shared', async ({ page }) => {
  await page.goto(rel(ODR_PATH));
  await fill(page, { claim_count: 'three', store_name: 'Acme Ltd', notice_date: '2026-03-01' });
  await page.reload();
  await expect(island(page)).toBeVisible();
  await expect(field(page, 'claim_count')).toHaveValue('three');
  await expect(field(page, 'store_name')).toHaveValue('Acme Ltd');
  await expect(field(page, 'notice_date')).toHaveValue('2026-03-01');
  await expect(page.locator('[data-filled-letter]')).toContainText('were deactivated on March 1, 2026.');
  const stored = await page.evaluate(() => ({
    own: localStorage.getItem('sl:v1:template:odr-a-to-z-vacation'),
    shared: localStorage.getItem('sl:v1:shared'),
  }));
  // Each value with the time it was typed (src/lib/saved-values.ts), so tabs merge per field.
  const at = { at: expect.any(Number) };
  expect(JSON.parse(stored.own!)).toEqual({ claim_count: { value: 'three', ...at }, notice_date: { value: '2026-03-01', ...at } });
  expect(JSON.parse(stored.shared!)).toEqual({ store_name: { value: 'Acme Ltd', ...at } });

  await page.goBack();
  await page.goForward();
  await expect(field(page, 'claim_count')).toHaveValue('three');
});

test('shared details pre-fill another template, its own fields stay empty', async ({ page }) => {
  await page.goto(rel(ODR_PATH));
  await fill(page, { store_name: 'Acme Ltd', seller_name: 'Wang Fang', claim_count: 'two' });
  await page.goto(rel('/en/templates/vip-group-invitation/'));
  await expect(island(page)).toBeVisible();
  await expect(field(page, 'store_name')).toHaveValue('Acme Ltd');
  await expect(field(page, 'seller_name')).toHaveValue('Wang Fang');
  await expect(field(page, 'buyer_name')).toHaveValue('');
  await expect(page.locator('[data-version="compliant"] [data-filled-letter]')).toContainText('thank you for choosing Acme Ltd.');
});

test('"Forget my details" asks, then removes every sl: key and empties the form', async ({ page }) => {
  await page.goto(rel(ODR_PATH));
  await page.evaluate(() => localStorage.setItem('sl-theme', 'dark'));
  await fill(page, { store_name: 'Acme Ltd', claim_count: 'two' });
  await page.goto(rel('/en/templates/vip-group-invitation/'));
  await fill(page, { buyer_name: 'Emily' });

  await page.locator('[data-action="forget"]').click();
  await expect(page.locator('[data-forget-confirm]')).toContainText('cannot be brought back');
  expect(await page.evaluate(() => localStorage.getItem('sl:v1:shared'))).not.toBeNull();
  await page.locator('[data-action="forget-yes"]').click();
  await expect(page.getByRole('status')).toContainText('Nothing you typed is saved on this device any more.');
  await expect(field(page, 'buyer_name')).toHaveValue('');
  await expect(field(page, 'store_name')).toHaveValue('');
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['sl-theme']);

  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  await expect(field(page, 'claim_count')).toHaveValue('');
  await expect(field(page, 'store_name')).toHaveValue('');
});

test('Reset empties the form and Undo brings the values back', async ({ page }) => {
  await page.goto(rel(ODR_PATH));
  await fill(page, { store_name: 'Acme Ltd', claim_count: 'two' });
  await page.locator('[data-action="reset"]').click();
  await expect(field(page, 'claim_count')).toHaveValue('');
  await expect(page.locator('[data-filled-letter] mark.ph[data-state="filled"]')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('All fields on this page are empty again.');
  await page.locator('[data-action="undo"]').click();
  await expect(field(page, 'claim_count')).toHaveValue('two');
  await expect(field(page, 'store_name')).toHaveValue('Acme Ltd');
  await page.reload();
  await expect(field(page, 'claim_count')).toHaveValue('two');
});

for (const [name, script] of [
  ['denied', () => (navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')))],
  ['missing', () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })],
] as const) {
  test(`clipboard ${name}: the letter is selected for copying by hand`, async ({ page }) => {
    await page.addInitScript(script);
    await page.goto(rel(ODR_PATH));
    await fill(page, ODR_VALUES);
    await page.locator('[data-action="copy"]').click();
    const area = page.locator('[data-copy-fallback]');
    await expect(area).toBeVisible();
    await expect(area).toBeFocused();
    await expect(page.getByRole('status')).toContainText('press Ctrl+C');
    const text = expected(ODR, ODR.letter, ODR_VALUES);
    expect(await area.inputValue()).toBe(text);
    expect(await area.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, text.length]);
  });
}

test('without storage the island still fills and copies, and says values will not be kept', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    }),
  );
  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  await expect(page.locator('[data-storage-notice]')).toBeVisible();
  await expect(page.locator('[data-storage-notice]')).toContainText('will be lost');
  await fill(page, ODR_VALUES);
  await expect(page.locator('[data-filled-letter]')).toContainText('A-to-z Guarantee claim: two claims, on orders');
  await page.locator('[data-action="copy"]').click();
  expect(await clipboard(page)).toBe(expected(ODR, ODR.letter, ODR_VALUES));
});

test('a full storage is reported as soon as a save fails', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (value.length > 250) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  await expect(page.locator('[data-storage-notice]')).toBeHidden();
  await field(page, 'claim_count').fill('x'.repeat(280));
  await expect(page.locator('[data-storage-notice]')).toBeVisible();
  await expect(page.locator('[data-filled-letter]')).toContainText(`claim: ${'x'.repeat(280)} claims, on orders`);
});

test('Download saves subject, blank line and letter as <slug>.txt', async ({ page }) => {
  await page.goto(rel(ODR_PATH));
  await fill(page, ODR_VALUES);
  const downloading = page.waitForEvent('download');
  await page.locator('[data-action="download"]').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('odr-a-to-z-vacation.txt');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toBe(`${expected(ODR, ODR.subject!, ODR_VALUES)}\n\n${expected(ODR, ODR.letter, ODR_VALUES)}\n`);
  expect(text.startsWith('Plan of Action – BrightHome Direct – Order Defect Rate\n\nDear Amazon Seller Performance Team,\n')).toBe(true);
  await expect(page.getByRole('status')).toHaveText('Downloaded odr-a-to-z-vacation.txt.');
});

/** A letter to another seller: the only kind that offers "Open in email" today (src/lib/kinds.ts), with no address. */
const WARNING = template('hijacker-trademark-warning');
const WARNING_PATH = `/en/templates/${WARNING.slug}/`;
const WARNING_VALUES = Object.fromEntries(WARNING.placeholders.map((p) => [p.key, p.example]));

test('"Open in email" on a warning to another seller: no address (the reader adds it), subject and body; an appeal has none', async ({
  page,
}) => {
  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  // Appeals go through Account Health: no e-mail action at all (issue 21 item 3; tests/built/kinds.test.ts for every appeal).
  await expect(page.locator('[data-action="mail"]')).toHaveCount(0);

  await page.goto(rel(WARNING_PATH));
  await fill(page, WARNING_VALUES);
  const href = (await page.locator('.fill-buttons [data-action="mail"]').getAttribute('href'))!;
  expect(href.startsWith('mailto:?')).toBe(true);
  const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
  const subject = expected(WARNING, WARNING.subject!, WARNING_VALUES);
  expect(query.get('subject')).toBe(subject);
  // The body goes into the link only while the whole link stays within 2,500 encoded bytes (src/lib/letter-actions.ts);
  // a longer letter's link carries the subject and the page offers Copy instead.
  const body = expected(WARNING, WARNING.letter, WARNING_VALUES).replace(/\n/g, '\r\n');
  const fits = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`.length <= 2500;
  expect(query.get('body')).toBe(fits ? body : null);

  // What a click would open: recorded before the browser hands it to a mail app.
  await page.evaluate(() =>
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element).closest('a');
        if (link?.href.startsWith('mailto:')) {
          event.preventDefault();
          document.body.dataset.opened = decodeURIComponent(link.href);
        }
      },
      true,
    ),
  );
  await page.locator('[data-action="mail"]').click();
  // A letter too long for the link opens the note first (next test); its short link is what gets opened then.
  if (!fits) await page.locator('[data-mail-short]').click();
  await expect(page.locator('body')).toHaveAttribute('data-opened', decodeURIComponent(href));
});

test('a letter too long for a mailto: link gets a note, Copy, and an email without the body', async ({ page }) => {
  await page.goto(rel(WARNING_PATH));
  // Every text field of the body (not the subject) at its limit makes the letter longer than a mailto: link may carry.
  const long = Object.fromEntries(
    WARNING.placeholders.map((p) => [
      p.key,
      p.kind === 'text' && !WARNING.subject!.includes(`{{${p.key}}}`)
        ? 'Example words '.repeat(40).slice(0, FIELD_LIMITS.text).trim()
        : p.example,
    ]),
  );
  await fill(page, long);
  const length = expected(WARNING, WARNING.letter, long).length;
  expect(length).toBeGreaterThan(1800);
  await page.locator('[data-action="mail"]').click();
  const note = page.locator('[data-mail-note]');
  await expect(note).toBeVisible();
  await expect(note).toContainText(`This letter is ${length} characters long`);
  const href = (await note.locator('[data-mail-short]').getAttribute('href'))!;
  expect(href).toBe(`mailto:?subject=${encodeURIComponent(expected(WARNING, WARNING.subject!, long))}`);
  await note.locator('[data-action="copy-from-note"]').click();
  await expect(page.getByRole('status')).toHaveText('Copied. Paste it where you need it.');
  await expect(note).toBeVisible();
  expect(await clipboard(page)).toBe(expected(WARNING, WARNING.letter, long));
});

const PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '</textarea><script>window.__xss=1</script>',
  '{{store_name}} {{claim_count}}',
  '"><svg onload=window.__xss=1>',
  'x'.repeat(10_000),
  'Acme 🙂👍🏽 Café',
  'متجر الأمل للأدوات',
  '深圳市光明家居有限公司',
];

test('reader input is never run as HTML and is copied exactly as typed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(rel(ODR_PATH));
  await fill(page, ODR_VALUES);
  for (const typed of PAYLOADS) {
    await field(page, 'store_name').fill(typed);
    await field(page, 'claim_count').fill(typed);
    // What the field holds: the long one is cut to the field's limit (see safety.spec.ts).
    const payload = typed.slice(0, FIELD_LIMITS.text);
    await expect(page.locator('[data-filled-letter] mark.ph[data-key="store_name"]').first()).toHaveText(payload);
    await expect(
      page.locator(':is([data-filled-letter], [data-subject], [data-empty-list], [data-status]) :is(img, script, svg)'),
    ).toHaveCount(0);
    await page.locator('[data-action="copy"]').click();
    await expect(page.getByRole('status')).toHaveText('Copied. Paste it where you need it.');
    expect(await clipboard(page)).toBe(expected(ODR, ODR.letter, { ...ODR_VALUES, store_name: payload, claim_count: payload }));
  }
  await page.reload();
  await expect(field(page, 'store_name')).toHaveValue(PAYLOADS.at(-1)!);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();

  // A list field: each line becomes a list item, still as text (the first template whose letter has a "- {{list}}" line).
  const { t, key } = allTemplates().flatMap((t) =>
    t.placeholders
      .filter((p) => p.kind === 'list' && new RegExp(`^\\s*- \\{\\{${p.key}\\}\\}\\s*$`, 'm').test(t.letter))
      .map((p) => ({ t, key: p.key })),
  )[0]!;
  await page.goto(rel(`/en/templates/${t.slug}/`));
  const items = '</textarea><script>window.__xss=1</script>\n<img src=x onerror=window.__xss=1>\nRefunded both buyers';
  await field(page, key).fill(items);
  const letter = page.locator('[data-filled-letter]').first();
  await expect(letter).toContainText('- <img src=x onerror=window.__xss=1>');
  await expect(page.locator('[data-filled-letter] :is(img, script)')).toHaveCount(0);
  await page.locator('[data-action="copy"]').click();
  await page.locator('[data-action="copy-anyway"]').click();
  const shared = {
    store_name: PAYLOADS.at(-1)!.slice(0, FIELD_LIMITS.text),
    seller_name: 'Li Wei',
    marketplace_site: 'Amazon.com',
    login_email: 'seller@example.com',
  };
  const version = t.compliant ?? t;
  expect(await clipboard(page)).toBe(expected(t, version.letter, { ...shared, [key]: items }));
  expect(await clipboard(page)).toContain(
    '- </textarea><script>window.__xss=1</script>\n- <img src=x onerror=window.__xss=1>\n- Refunded both buyers\n',
  );
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test('templates with a compliant rewrite copy it by default, and the original on request', async ({ page }) => {
  const t = template('vip-group-invitation');
  const values = { buyer_name: 'Emily', store_name: 'Acme Ltd', order_id: '112-1234567-1234567', seller_name: 'Li Wei' };
  await page.goto(rel('/en/templates/vip-group-invitation/'));
  await fill(page, values);
  await expect(page.locator('[name="_version"][value="compliant"]')).toBeChecked();
  // "All filled in" waits for the checker to be clean too; before it has read the letter the bar says to look.
  await expect(page.locator('[data-empty-count]')).toHaveText(/^All fields (are filled in|filled: check the findings below)/);
  await expect(page.locator('[data-version="original"] [data-filled-letter]')).toContainText(
    'Thank you for your kind support of Acme Ltd.',
  );
  await page.locator('[data-action="copy"]').click();
  expect(await clipboard(page)).toBe(expected(t, t.compliant!.letter, values));

  await page.getByLabel('Original letter (breaks current policy)').check();
  await expect(page.locator('[data-empty-count]')).toHaveText('1 field still empty:');
  await expect(page.locator('[data-empty-list]')).toHaveText('VIP group name');
  await page.locator('[data-action="copy"]').click();
  await page.locator('[data-action="copy-anyway"]').click();
  expect(await clipboard(page)).toBe(expected(t, t.letter, values));
  const downloading = page.waitForEvent('download');
  await page.locator('[data-action="download"]').click();
  expect((await downloading).suggestedFilename()).toBe('vip-group-invitation-original.txt');
});

test('fields match their kind: date picker, number, email and a gentle ASIN warning', async ({ page }) => {
  await page.goto(rel('/en/templates/counterfeit-brand-complaint/'));
  await expect(island(page)).toBeVisible();
  const asin = field(page, 'asin');
  const example = await asin.getAttribute('data-example');
  expect(example).toMatch(/^B0[A-Z0-9]{8}$/);
  await expect(asin).toHaveAttribute('placeholder', `e.g. ${example}`);
  const warning = page.locator('[data-warn="asin"]');
  await asin.fill('B0C1234567');
  await expect(warning).toBeHidden();
  await asin.fill('12345');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('start with B0');
  await expect(asin).toHaveAttribute('aria-describedby', /fill-asin-warn/);
  await expect(page.locator('[data-filled-letter] mark.ph[data-key="asin"]').first()).toHaveText('12345');

  const withNumber = template('funds-disbursement-request');
  const number = withNumber.placeholders.find((p) => p.kind === 'number')!.key;
  await page.goto(rel(`/en/templates/${withNumber.slug}/`));
  await expect(field(page, number)).toHaveAttribute('type', 'number');
  await page.goto(rel(ODR_PATH));
  await expect(field(page, 'notice_date')).toHaveAttribute('type', 'date');
  await expect(field(page, 'login_email')).toHaveAttribute('type', 'email');
  await expect(page.locator('label[for="fill-store_name"]')).toContainText('Store name');
  await expect(page.locator('label[for="fill-store_name"] [lang="zh-CN"]')).toHaveText('店铺名称');
  await field(page, 'login_email').fill('not an email');
  await expect(page.locator('[data-warn="login_email"]')).toHaveText('This does not look like an email address.');

  // A multi-line field is a textarea: the first template that declares one.
  const multiline = allTemplates().flatMap((t) =>
    t.placeholders.filter((p) => p.kind === 'multiline').map((p) => ({ slug: t.slug, key: p.key })),
  )[0]!;
  await page.goto(rel(`/en/templates/${multiline.slug}/`));
  await expect(field(page, multiline.key)).toHaveJSProperty('tagName', 'TEXTAREA');
});

test('without JavaScript the letter reads fully, the hint shows and nothing pretends to work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel(ODR_PATH));
  const letter = page.locator('[data-filled-letter]');
  await expect(letter).toContainText('Dear Amazon Seller Performance Team,');
  await expect(letter.locator('mark.ph[data-key="store_name"]').first()).toHaveText('[Store name]');
  await expect(page.locator('[data-nojs-hint]')).toBeVisible();
  await expect(page.locator('[data-nojs-hint]')).toContainText('With JavaScript on, you can fill it in');
  // No inputs or buttons that would do nothing: hidden where the browser knows scripting is off, disabled anyway.
  await expect(field(page, 'store_name')).toBeHidden();
  await expect(field(page, 'store_name')).toBeDisabled();
  await expect(page.locator('[data-fill-bar]')).toBeHidden();
  await expect(page.locator('[data-action="copy"]')).toBeDisabled();
  // An appeal offers no e-mail at all (src/lib/kinds.ts).
  await expect(page.locator('[data-action="mail"]')).toHaveCount(0);
  await expect(page.locator('[data-privacy]')).toBeHidden();
  await expect(page.getByText('Live preview')).toBeHidden();
  await context.close();
});

test('the island renders the same letter the server did, so nothing shifts when it mounts', async ({ page, browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  // The island wraps each sentence in a <span data-edit-unit> (to rewrite it); without those the markup is the server's.
  const snapshot = (p: Page) =>
    p
      .locator('[data-filled-letter], [data-subject]')
      .evaluateAll((els) => els.map((el) => el.innerHTML.replace(/<span data-edit-unit="[^"]*"[^>]*>|<\/span>/g, '')));
  for (const path of [ODR_PATH, '/templates/vip-group-invitation/', '/en/templates/odr-images-not-as-described/']) {
    await noJs.goto(rel(path));
    await page.goto(rel(path));
    await expect(island(page)).toBeVisible();
    expect(await snapshot(page)).toEqual(await snapshot(noJs));
  }
  await context.close();

  await page.goto(rel(ODR_PATH));
  await expect(island(page)).toBeVisible();
  await expect(page.locator('[data-nojs-hint]')).toBeHidden();
  // Shifts that move anything in the work area (the header's own shifts are not the island's).
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        const section = document.querySelector('[data-letter-section]')!;
        type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.sources.some((source) => source.node && (section.contains(source.node) || source.node.contains(section))))
              total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  expect(shift).toBe(0);
});
