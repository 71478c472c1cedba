/**
 * Nothing a reader types is lost or silently wrong: two tabs, two templates sharing a field, keys named like
 * Object's own properties, the longest values, a full storage that frees up, "Forget" with another tab open, a
 * clipboard that never answers, mailto: links measured in bytes, and search messages that keep "$'" as typed.
 * Expected letters are computed here from the template YAML with the build's own code (never read back from the page).
 */
import { expect, test, type Page } from '@playwright/test';
import { FIELD_LIMITS, POINT_LIMIT } from '../../src/lib/field-limits';
import { SAVE_RETRY_MS } from '../../src/lib/fill-contract';
import { MAIL_LINK_LIMIT } from '../../src/lib/letter-actions';
import { PLACEHOLDER_KINDS, type PlaceholderKind } from '../../src/lib/model';
import { SHARED_KEYS, type DeclaredPlaceholder } from '../../src/lib/placeholders';
import { editedSource, letterUnits, noEdits, setUnit } from '../../src/lib/letter-edits';
import { guardPages } from './support/guards';
import { rel } from './support/site';
import { ODR, allTemplates, expected, template, type TemplateYaml } from './support/templates';

const TEMPLATES = allTemplates();
const pathOf = (slug: string) => `/en/templates/${slug}/`;

const island = (page: Page) => page.locator('fill-letter[data-ready]');
const field = (page: Page, key: string) => page.locator(`[data-fill-form] [name="${key}"]`);
/** The first point of a letter, as a unit of the live letter. */
const firstPoint = (t: TemplateYaml) => letterUnits(t.letter).find((u) => u.point)!;
/** Rewrites a unit of the live letter in place: click, type, Enter. */
async function rewrite(page: Page, id: string, text: string) {
  await page.locator(`[data-filled-letter] [data-edit-unit="${id}"]`).first().click();
  const area = page.locator('[data-unit-editor] textarea');
  await expect(area).toBeFocused();
  await area.fill(text);
  await area.press('Enter');
  await expect(area).toHaveCount(0);
}
/**
 * Fills many fields in one round trip, each as fill() does it (the value set, then an input event): a round of every
 * name in every field would otherwise cost a round trip per field.
 */
const fillAll = (page: Page, values: Record<string, string>) =>
  page.evaluate((values) => {
    for (const [key, value] of Object.entries(values)) {
      const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-fill-form] [name="${key}"]`);
      if (!input) throw new Error(`no field named ${key}`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, values);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('sl:'))
        .map((k) => [k, JSON.parse(localStorage.getItem(k)!)]),
    ),
  );
/** A stored record's values without their times. */
const valuesIn = (record: Record<string, { value: string }> | undefined) =>
  Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k, v.value]));

const POA = template('damaged-product-complaint');
const REVIEW = template('review-manipulation');
const WARNING = template('hijacker-trademark-warning');
const SHARED = 'sl:v1:shared';
const own = (slug: string) => `sl:v1:template:${slug}`;

/** Every name Object.prototype carries (constructor, __proto__, toString, …), as typed and as a placeholder. */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

// Many steps per test (every name in every field, two tabs): sized for a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });
guardPages(test);
let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
});
test.afterEach(() => expect(errors).toEqual([]));

async function open(page: Page, slug: string) {
  await page.goto(rel(pathOf(slug)));
  await expect(island(page)).toBeVisible();
}

test.describe('tabs agree', () => {
  test('two tabs on one template: each sees the other’s typing, and typing in one removes nothing the other saved', async ({
    page: a,
    context,
  }) => {
    const b = await context.newPage();
    b.on('pageerror', (error) => errors.push(error.message));
    await open(a, REVIEW.slug);
    await open(b, REVIEW.slug);

    await field(a, 'store_name').fill('Tab A Store');
    await field(a, 'third_party_name').fill('Agency from A');
    await rewrite(a, firstPoint(REVIEW).id, 'Point edited in tab A');
    // Tab B follows without a reload: fields, rewritten points and letter.
    await expect(field(b, 'store_name')).toHaveValue('Tab A Store');
    await expect(field(b, 'third_party_name')).toHaveValue('Agency from A');
    await expect(b.locator('[data-filled-letter]').first()).toContainText('Point edited in tab A');

    await field(b, 'third_party_im').pressSequentially('5');
    await expect(field(a, 'third_party_im')).toHaveValue('5');
    const saved = await stored(a);
    expect(valuesIn(saved[SHARED])).toMatchObject({ store_name: 'Tab A Store' });
    const record = valuesIn(saved[own(REVIEW.slug)]);
    expect(record).toMatchObject({ third_party_name: 'Agency from A', third_party_im: '5' });
    expect(JSON.parse(record._edits!).t[firstPoint(REVIEW).id][1]).toBe('Point edited in tab A');

    await a.reload();
    await expect(island(a)).toBeVisible();
    await expect(field(a, 'store_name')).toHaveValue('Tab A Store');
    await expect(field(a, 'third_party_name')).toHaveValue('Agency from A');
    await expect(field(a, 'third_party_im')).toHaveValue('5');
    await expect(a.locator('[data-filled-letter]').first()).toContainText('Point edited in tab A');
  });

  test('two templates sharing store_name: the newest name wins, and an older tab typing elsewhere never writes the old one back', async ({
    page: older,
    context,
  }) => {
    await open(older, ODR.slug);
    await field(older, 'store_name').fill('Old Name');
    const newer = await context.newPage();
    await open(newer, POA.slug);
    await expect(field(newer, 'store_name')).toHaveValue('Old Name');
    await field(newer, 'store_name').fill('New Name');
    await expect(field(older, 'store_name')).toHaveValue('New Name');
    await expect(older.locator('[data-filled-letter]').first()).toContainText('New Name');

    await field(older, 'claim_count').fill('two');
    const saved = await stored(older);
    expect(valuesIn(saved[SHARED]).store_name).toBe('New Name');
    expect(valuesIn(saved[own(ODR.slug)]).claim_count).toBe('two');
    await older.reload();
    await expect(field(older, 'store_name')).toHaveValue('New Name');
    await expect(field(older, 'claim_count')).toHaveValue('two');
  });

  test('"Forget my details" clears every open tab, and a keystroke there afterwards writes back only itself', async ({
    page: a,
    context,
  }) => {
    await open(a, ODR.slug);
    await field(a, 'store_name').fill('Acme Ltd');
    await field(a, 'claim_count').fill('two');
    const b = await context.newPage();
    await open(b, POA.slug);
    await field(b, 'product_name').fill('desk lamp');
    await field(b, 'violation_name').fill('Product Condition Customer Complaints');
    await expect(field(b, 'store_name')).toHaveValue('Acme Ltd');

    await a.locator('[data-action="forget"]').click();
    await a.locator('[data-action="forget-yes"]').click();
    await expect(a.getByRole('status')).toHaveText('Done: removed 3 saved record(s). Nothing you typed is saved on this device any more.');
    expect(await stored(a)).toEqual({});
    for (const key of ['store_name', 'product_name', 'violation_name']) await expect(field(b, key)).toHaveValue('');
    await expect(b.locator('[data-filled-letter]').first()).not.toContainText('desk lamp');

    await field(b, 'product_name').pressSequentially('x');
    // The save follows the keystroke; wait for it rather than for a fixed time.
    await expect.poll(async () => Object.keys(await stored(a))).toEqual([own(POA.slug)]);
    const saved = await stored(a);
    expect(valuesIn(saved[own(POA.slug)])).toEqual({ product_name: 'x' });

    await a.locator('[data-action="forget"]').click();
    await a.locator('[data-action="forget-yes"]').click();
    await expect(a.getByRole('status')).toHaveText('Done: removed 1 saved record(s). Nothing you typed is saved on this device any more.');
    await a.locator('[data-action="forget"]').click();
    await a.locator('[data-action="forget-yes"]').click();
    await expect(a.getByRole('status')).toHaveText('Nothing you typed was saved on this device, and nothing is saved now.');
  });
});

/** Templates that together have a field of every kind the content uses. */
const KINDS = new Map<PlaceholderKind, TemplateYaml>();
for (const t of TEMPLATES) for (const p of t.placeholders) if (!KINDS.has(p.kind)) KINDS.set(p.kind, t);

test.describe('keys are data', () => {
  const kinds = KINDS;
  const pages = [...new Set(kinds.values())];
  /** What a date or number input can hold; every other kind gets the names typed in. */
  const typable = (p: DeclaredPlaceholder) => p.kind !== 'date' && p.kind !== 'number';
  const fixed = (p: DeclaredPlaceholder) => (p.kind === 'date' ? '2024-01-23' : '3');

  test('the content uses these kinds, and the pages below cover each', () => {
    expect([...kinds.keys()].sort()).toEqual([...PLACEHOLDER_KINDS].sort());
  });

  for (const t of pages) {
    test(`every Object.prototype name typed into every field of ${t.slug} fills the letter as typed`, async ({ page }) => {
      await open(page, t.slug);
      for (const name of PROTO_NAMES) {
        // As typed, then cut to the field's limit by the browser (an ASIN field holds 40 characters).
        const values = Object.fromEntries(
          t.placeholders.map((p) => [
            p.key,
            typable(p) ? (p.kind === 'list' ? `${name}\n{{${name}}}` : `${name} {{${name}}}`).slice(0, FIELD_LIMITS[p.kind]) : fixed(p),
          ]),
        );
        await fillAll(page, values);
        await page.locator('[data-action="copy"]').click();
        await expect(page.getByRole('status')).not.toBeEmpty();
        const version = t.compliant ?? t;
        expect(await clipboard(page), name).toBe(expected(t, version.letter, values));
        if (name !== PROTO_NAMES.at(-1)) continue;
        // Saved as typed: the last round survives a reload.
        await page.reload();
        await expect(island(page)).toBeVisible();
        for (const [key, value] of Object.entries(values)) await expect(field(page, key)).toHaveValue(value);
      }
    });
  }

  test('stored records with Object.prototype names as keys and values load as data', async ({ page }) => {
    const t = kinds.get('date')!;
    const ownFields = t.placeholders.filter((p) => !(SHARED_KEYS as readonly string[]).includes(p.key));
    const record = `{${[...PROTO_NAMES.map((name) => `"${name}":{"value":"${name}","at":1}`), ...ownFields.map((p) => `"${p.key}":{"value":"__proto__","at":1}`)].join(',')}}`;
    await page.goto(rel(pathOf(t.slug)));
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [own(t.slug), record]);
    await page.reload();
    await expect(island(page)).toBeVisible();
    for (const p of ownFields) await expect(field(page, p.key)).toHaveValue(typable(p) ? '__proto__' : '');
    await page.locator('[data-action="copy"]').click();
    await page.locator('[data-action="copy-anyway"]').click();
    const values = Object.fromEntries(ownFields.filter(typable).map((p) => [p.key, '__proto__']));
    expect(await clipboard(page)).toBe(expected(t, (t.compliant ?? t).letter, values));
  });

  test('an unreadable record is set aside, said, and never overwritten by the next keystroke (F12)', async ({ page }) => {
    const t = POA;
    const truncated = '{"product_name":{"value":"MY TYPED PRODUCT","at":1';
    await page.goto(rel(pathOf(t.slug)));
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [own(t.slug), truncated]);
    await page.reload();
    await expect(island(page)).toBeVisible();
    const notice = page.locator('[data-storage-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('set aside, not overwritten');
    const key = t.placeholders.find((p) => p.kind === 'text' && !(SHARED_KEYS as readonly string[]).includes(p.key))!.key;
    await field(page, key).fill('typed after');
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), `sl:damaged:v1:template:${t.slug}`)).toBe(truncated);
    const record = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), own(t.slug));
    expect(valuesIn(record)[key]).toBe('typed after');
  });

  test('a rewritten point with {{constructor}} and every other Object.prototype name keeps the preview and Copy working', async ({
    page,
  }) => {
    await open(page, POA.slug);
    const unit = firstPoint(POA);
    for (const name of PROTO_NAMES) {
      const text = `Cause {{${name}}} and ${name}.`;
      await rewrite(page, unit.id, text);
      await expect(page.locator('[data-filled-letter]')).toContainText(text);
      await page.locator('[data-action="copy"]').click();
      await page.locator('[data-action="copy-anyway"]').click();
      await expect(page.getByRole('status')).toHaveText('Copied. Paste it where you need it.');
      const edits = noEdits();
      setUnit(edits, unit.id, unit.original, text);
      expect(await clipboard(page)).toBe(expected(POA, editedSource(POA.letter, edits), {}));
    }
    await page.reload();
    await expect(island(page)).toBeVisible();
    await expect(page.locator('[data-filled-letter]')).toContainText(`Cause {{${PROTO_NAMES.at(-1)}}}`);
  });
});

test.describe('bounded input', () => {
  test('a field takes at most its limit, and says so', async ({ page }) => {
    await open(page, ODR.slug);
    const limit = FIELD_LIMITS.text;
    await expect(field(page, 'claim_count')).toHaveAttribute('maxlength', String(limit));
    await field(page, 'claim_count').fill('x'.repeat(100_000));
    expect((await field(page, 'claim_count').inputValue()).length).toBe(limit);
    await expect(page.locator('[data-warn="claim_count"]')).toHaveText(
      `This field holds at most ${limit} characters; anything longer is cut off.`,
    );
    await expect(page.locator('[data-filled-letter]').first()).toContainText(`claim: ${'x'.repeat(limit)} claims`);
    // Whatever gets past the browser's maxlength (a script, an extension) is cut too.
    await field(page, 'claim_count').evaluate((el: HTMLInputElement) => {
      el.value = 'y'.repeat(50_000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect((await field(page, 'claim_count').inputValue()).length).toBe(limit);
    const saved = await stored(page);
    expect(valuesIn(saved[own(ODR.slug)]).claim_count).toBe('y'.repeat(limit));
  });

  test('values stored above the limit (100,000 characters without a space) load shortened with a notice', async ({ page }) => {
    const t = KINDS.get('list')!;
    const list = t.placeholders.find((p) => p.kind === 'list')!;
    const text = t.placeholders.find((p) => p.kind === 'text' && !['store_name', 'seller_name', 'marketplace_site'].includes(p.key))!;
    await page.goto(rel(pathOf(t.slug)));
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [own(t.slug), JSON.stringify({ [list.key]: { value: 'z'.repeat(100_000), at: 1 }, [text.key]: 'w'.repeat(100_000) })],
    );
    await page.reload();
    await expect(island(page)).toBeVisible({ timeout: 10_000 });
    expect((await field(page, list.key).inputValue()).length).toBe(FIELD_LIMITS.list);
    expect((await field(page, text.key).inputValue()).length).toBe(FIELD_LIMITS.text);
    await expect(page.locator(`[data-warn="${list.key}"]`)).toHaveText(
      `The value saved here was longer than this field allows (${FIELD_LIMITS.list} characters) and was shortened. Check its end.`,
    );
    await expect(page.locator(`[data-warn="${text.key}"]`)).toContainText(`(${FIELD_LIMITS.text} characters) and was shortened`);
    // Still usable: a keystroke repaints and saves.
    await field(page, text.key).fill('short');
    await expect(page.locator(`[data-warn="${text.key}"]`)).toHaveText('');
    await expect(page.locator('[data-filled-letter]').first()).toContainText('short');
  });

  test('a rewritten point takes at most its limit', async ({ page }) => {
    await open(page, POA.slug);
    await rewrite(page, firstPoint(POA).id, 'p'.repeat(POINT_LIMIT * 3));
    await expect(page.locator(`[data-filled-letter] [data-edit-unit="${firstPoint(POA).id}"]`).first()).toHaveText('p'.repeat(POINT_LIMIT));
  });
});

/** A storage that refuses this site's writes while window.__full is set (as a full one does), for every tab of the context. */
const FULL_STORAGE = () => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if ((window as Window & { __full?: boolean }).__full || sessionStorage.getItem('full') === '1')
      throw new DOMException('full', 'QuotaExceededError');
    setItem.call(this, key, value);
  };
};
const setFull = (page: Page, full: boolean) =>
  page.evaluate((on) => {
    (window as Window & { __full?: boolean }).__full = on;
    if (!on) sessionStorage.removeItem('full');
  }, full);

test.describe('storage honesty', () => {
  test('full at load: saved values stay visible; a refused save is kept, said, and written once space is freed', async ({ page }) => {
    await page.addInitScript(FULL_STORAGE);
    // A fake clock from the first script on: the 5-second retry is run on demand, never waited for.
    await page.clock.install();
    await open(page, ODR.slug);
    await field(page, 'store_name').fill('Saved Before');
    await field(page, 'claim_count').fill('two');
    await page.evaluate(() => sessionStorage.setItem('full', '1'));
    await page.reload();
    await expect(island(page)).toBeVisible();
    await expect(field(page, 'store_name')).toHaveValue('Saved Before');
    await expect(field(page, 'claim_count')).toHaveValue('two');
    const notice = page.locator('[data-storage-notice]');
    await expect(notice).toBeHidden();

    await field(page, 'claim_count').fill('three');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('storage is full');
    await expect(page.locator('[data-filled-letter]').first()).toContainText('claim: three claims');
    expect(valuesIn((await stored(page))[own(ODR.slug)]).claim_count).toBe('two');

    // Freed without another keystroke: the page retries by itself (its retry timer, run by the fake clock).
    await setFull(page, false);
    await expect(notice).toBeVisible();
    await page.clock.runFor(SAVE_RETRY_MS);
    await expect(notice).toBeHidden();
    await expect(page.getByRole('status')).toHaveText('Saved again: your changes are stored in this browser.');
    expect(valuesIn((await stored(page))[own(ODR.slug)]).claim_count).toBe('three');

    // Full again, then freed and the next keystroke saves both changes.
    await setFull(page, true);
    await field(page, 'claim_count').fill('four');
    await expect(notice).toBeVisible();
    await setFull(page, false);
    await field(page, 'store_name').fill('Saved After');
    await expect(notice).toBeHidden();
    const saved = await stored(page);
    expect(valuesIn(saved[own(ODR.slug)]).claim_count).toBe('four');
    expect(valuesIn(saved[SHARED]).store_name).toBe('Saved After');
  });

  test('"Forget" works when storage was full at load, and reports what it removed', async ({ page }) => {
    await page.addInitScript(FULL_STORAGE);
    await open(page, ODR.slug);
    await field(page, 'store_name').fill('Acme Ltd');
    await field(page, 'claim_count').fill('two');
    await page.evaluate(() => sessionStorage.setItem('full', '1'));
    await page.reload();
    await expect(field(page, 'claim_count')).toHaveValue('two');
    await page.locator('[data-action="forget"]').click();
    await page.locator('[data-action="forget-yes"]').click();
    await expect(page.getByRole('status')).toHaveText(
      'Done: removed 2 saved record(s). Nothing you typed is saved on this device any more.',
    );
    expect(await stored(page)).toEqual({});
    await expect(field(page, 'claim_count')).toHaveValue('');
  });
});

test.describe('clipboard', () => {
  const HANGING = () => (navigator.clipboard.writeText = () => new Promise<void>(() => {}));

  test('a writeText that never settles falls back to a selection that names what it holds', async ({ page }) => {
    await page.addInitScript(HANGING);
    await open(page, POA.slug);
    await page.locator('[data-action="copy"]').click();
    await page.locator('[data-action="copy-anyway"]').click();
    const area = page.locator('[data-copy-fallback]');
    await expect(area).toBeVisible({ timeout: 5000 });
    await expect(page.getByRole('status')).toContainText('The letter is selected below');
    await expect(area).toHaveValue(expected(POA, POA.letter, {}));

    await page.locator('[data-action="copy-subject"]').first().click();
    await expect(page.getByRole('status')).toContainText('The subject is selected below', { timeout: 5000 });
    await expect(area).toHaveValue(expected(POA, POA.subject!, {}));
    await expect(area).toBeFocused();

    await page.locator('[data-poa-answers] summary').click();
    const answer = page.locator('[data-answer]').first();
    await answer.locator('[data-action="copy-answer"]').click();
    await expect(page.getByRole('status')).toContainText('The answer is selected below', { timeout: 5000 });
    await expect(area).toHaveValue(await answer.locator('textarea').inputValue());
  });

  for (const [name, script] of [
    ['never settles', HANGING],
    ['is denied', () => (navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')))],
    ['is missing', () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })],
  ] as const) {
    test(`a contact copy button whose clipboard ${name} says so and selects the address`, async ({ page }) => {
      await page.addInitScript(script);
      await page.goto(rel('/en/contacts/'));
      const button = page.locator('[data-copy-text]').first();
      const address = (await button.getAttribute('data-copy-text'))!;
      await button.click();
      await expect(page.locator('[data-copy-status]').first()).toHaveText(
        'Could not copy: the address is selected, press Ctrl+C (⌘C on a Mac).',
        { timeout: 5000 },
      );
      expect(await page.evaluate(() => getSelection()?.toString().trim())).toBe(address);
    });
  }

  test('a contact copy button that works says so', async ({ page }) => {
    await page.goto(rel('/en/contacts/'));
    const button = page.locator('[data-copy-text]').first();
    await button.click();
    await expect(page.locator('[data-copy-status]').first()).toHaveText('Copied');
    expect(await clipboard(page)).toBe(await button.getAttribute('data-copy-text'));
  });
});

test('"Open in email" counts encoded bytes: a letter in Chinese characters leaves the body out and the link stays within the limit', async ({
  page,
}) => {
  // Character counting let 1,800 Chinese characters make a 16 KB link; the byte rule itself is unit-tested
  // (tests/unit/letter-actions.test.ts). Here: the island applies it, and the short link it offers fits. A warning to
  // another seller is the kind that offers e-mail (src/lib/kinds.ts; appeals never do).
  await open(page, WARNING.slug);
  const values = {
    ...Object.fromEntries(WARNING.placeholders.map((p) => [p.key, p.example])),
    other_seller_name: '两'.repeat(FIELD_LIMITS.text),
    company_name: '两'.repeat(FIELD_LIMITS.text),
  };
  const letter = expected(WARNING, WARNING.letter, values);
  expect(encodeURIComponent(letter).length).toBeGreaterThan(MAIL_LINK_LIMIT);
  for (const [key, value] of Object.entries(values)) await field(page, key).fill(value);
  await page.locator('[data-action="mail"]').click();
  await expect(page.locator('[data-mail-note]')).toBeVisible();
  const href = (await page.locator('[data-mail-short]').getAttribute('href'))!;
  expect(href).not.toContain('body=');
  expect(href.length).toBeLessThanOrEqual(MAIL_LINK_LIMIT);
});

test('the search page’s "nothing found" line shows a query with $\' and $` exactly as typed', async ({ page }) => {
  // Made-up words only: a real word would be searched alone when the whole query finds nothing (relaxed search).
  const query = "xqzvwk$'$`$&";
  await page.goto(rel(`/en/search/?q=${encodeURIComponent(query)}`));
  await expect(page.locator('[data-search-status]')).toHaveText(`Nothing found for “${query}”.`, { timeout: 15_000 });
});
