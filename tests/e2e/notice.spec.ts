/**
 * The notice box on the built site: a notice pasted on the Chinese and English notice pages is read in the browser
 * (kind, what to do, deadlines as dates, what it names) and nothing carrying its text leaves the page; a hostile paste
 * stays text and the page stays responsive; one click starts a case and opens the letter with its fields filled; the
 * boxes on the home page, the triage and the case file work too. Expected kinds and names come from the YAML.
 */
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page, type Request } from '@playwright/test';
import { load as parse } from 'js-yaml';
import { CASE_STORAGE_KEY } from '../../src/lib/case-store';
import type { CaseFile } from '../../src/lib/case-file';
import { guardPages } from './support/guards';
import { rel } from './support/site';
import { axeViolations, installAxe, WCAG_TAGS } from './support/axe';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

guardPages(test);
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const KINDS = parse(readFileSync('content/notice-kinds.yaml', 'utf8')) as Record<string, { name: { zh: string; en: string } }>;

/** A notice with a marker word that must never appear in a request. */
const MARKER = 'Zq7WmarkerXy';
const RELATED_EN = `Hello ${MARKER},
Your Amazon.co.uk Seller account has been deactivated. We took this action because our records indicate that this account is related to another selling account that was closed by Amazon.
ASIN: B0D4M7QXBT
If you do not send an acceptable plan within 17 days, we may not allow you to sell.`;
const RELATED_ZH = `您好 ${MARKER}，
您的亚马逊卖家账户已被停用。为什么会发生这种情况？我们发现您的账户与另一个已被停用的卖家账户相关联。
ASIN：Ｂ０Ｄ４Ｍ７ＱＸＢＴ
如果您未在 17 天内提交可接受的行动计划，我们可能不会允许您继续销售。`;

/** Every request the page makes, to check that none carries the notice. */
function watch(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}
function expectPrivate(requests: Request[], origin: string) {
  for (const r of requests) {
    expect(r.url(), r.url()).not.toContain(MARKER);
    expect(r.url().startsWith(origin), r.url()).toBe(true);
    expect(r.postData() ?? '', r.url()).not.toContain(MARKER);
  }
}

const localDay = (offset = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function paste(page: Page, box: string, text: string) {
  await page.locator(`${box} [data-notice-text]`).focus();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

test('zh: a pasted Chinese notice is read in the browser, with the deadline as a date and the ASIN', async ({ page, baseURL }) => {
  const requests = watch(page);
  await page.goto(rel('/notice/'));
  await paste(page, 'notice-box', RELATED_ZH);
  const result = page.locator('[data-notice-result]');
  await expect(result.locator('.notice-kind[data-kind="related-accounts"] .notice-kind-name')).toHaveText(
    KINDS['related-accounts']!.name.zh,
  );
  await expect(result).toContainText('关联账户申诉');
  await expect(result.locator('[data-deadline="within"]').first()).toHaveAttribute('data-date', localDay(17));
  await expect(result.locator('dd[data-field="asins"]')).toHaveText('B0D4M7QXBT');
  expect(new URL(page.url()).search).toBe('');
  expectPrivate(requests, new URL(baseURL!).origin);
});

test('en: typed or pasted, the English page names the kind, the route and the letter; no request carries the text', async ({
  page,
  baseURL,
}) => {
  const requests = watch(page);
  await page.goto(rel('/en/notice/'));
  await page.locator('#notice-page-date').fill('2025-05-03');
  await paste(page, 'notice-box', RELATED_EN);
  const result = page.locator('[data-notice-result]');
  await expect(result.locator('.notice-kind .notice-kind-name').first()).toHaveText(KINDS['related-accounts']!.name.en);
  await expect(result.locator('.notice-kind summary').first()).toContainText('2025-05-20');
  await expect(result).toHaveAttribute('data-confidence', 'high');
  await expect(result.locator('[data-deadline="within"]').first()).toHaveAttribute('data-date', '2025-05-20');
  await expect(result.locator('dd[data-field="marketplace"]')).toHaveText('UK');
  await expect(result.getByRole('link', { name: /Related accounts/i }).first()).toBeVisible();
  // The button reads again; still nothing in the URL.
  await page.getByRole('button', { name: 'Read the notice' }).click();
  expect(new URL(page.url()).search).toBe('');
  expectPrivate(requests, new URL(baseURL!).origin);
});

test('unsure or unknown: candidates with the phrases that matched, or a search and the triage', async ({ page }) => {
  await page.goto(rel('/en/notice/'));
  const text = page.locator('notice-box [data-notice-text]');
  await text.fill('We received a report from a rights owner. Copyright. Patent.');
  const result = page.locator('[data-notice-result]');
  await expect(result).toHaveAttribute('data-confidence', 'low');
  expect(await result.locator('.notice-kind').count()).toBeGreaterThan(1);
  await expect(result.locator('q').first()).toBeVisible();
  await text.fill('Hello, my parcel has not arrived and I would like my money back please.');
  await expect(result).toHaveAttribute('data-confidence', 'none');
  await expect(result.getByRole('link', { name: /What happened/ })).toBeVisible();
});

test('hostile paste: markup stays text, 200,000 characters are cut, the page stays responsive', async ({ page }) => {
  await page.goto(rel('/en/notice/'));
  const hostile = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>\u0000\u0007 Order defect rate ${'A'.repeat(200_000)}`;
  await paste(page, 'notice-box', hostile);
  const result = page.locator('[data-notice-result]');
  await expect(result.locator('.notice-kind[data-kind="performance-odr"]')).toBeVisible();
  await expect(result).toContainText('characters; only the start was read');
  expect(await page.locator('notice-box [data-notice-text]').evaluate((t: HTMLTextAreaElement) => t.value.length)).toBeLessThanOrEqual(
    20_000,
  );
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await result.locator('img, script').count()).toBe(0);
  // Responsive: a click answers at once.
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(result).toBeEmpty();
  expect(Date.now() - t0).toBeLessThan(5_000);
});

test('one click starts a case from the notice and opens the letter with its fields filled', async ({ page }) => {
  await page.goto(rel('/en/notice/'));
  await page.locator('#notice-page-date').fill('2025-05-03');
  await paste(page, 'notice-box', RELATED_EN);
  await page.locator('[data-notice-start]').click();
  await page.waitForURL(/\/en\/templates\/related-accounts-appeal\/$/);
  await expect(page.locator('[data-fill-form] [name="notice_date"]')).toHaveValue('2025-05-03');
  await expect(page.locator('[data-fill-form] [name="marketplace_site"]')).toHaveValue('Amazon.co.uk');
  const file = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), CASE_STORAGE_KEY))!) as CaseFile;
  const item = file.cases.at(-1)!;
  expect(item).toMatchObject({
    title: KINDS['related-accounts']!.name.en,
    noticeDate: '2025-05-03',
    marketplace: 'UK',
    situation: 'deactivated-related-accounts',
    templates: ['related-accounts-appeal'],
  });
  expect(item.noticeText).toBe(RELATED_EN);
  expect(item.entries[0]!.text).toContain('2025-05-20');
  await page.goto(rel('/en/case/'));
  await expect(page.locator('#case-title')).toHaveValue(KINDS['related-accounts']!.name.en);
});

test('the boxes on the home page, the triage and the case file read a notice too', async ({ page }) => {
  for (const path of ['/', '/en/triage/', '/case/']) {
    await page.goto(rel(path));
    await page.locator('notice-box [data-notice-text]').fill(RELATED_EN);
    await expect(page.locator('notice-box [data-notice-result] .notice-kind[data-kind="related-accounts"]')).toBeVisible();
  }
});

test('the answer, candidates open, passes axe (WCAG 2.2 AA) in both themes', async ({ page }) => {
  await installAxe(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(rel('/en/notice/'));
    await page.locator('notice-box [data-notice-text]').fill(`${RELATED_EN}\nWe received a report from a rights owner. Copyright.`);
    await expect(page.locator('[data-notice-result] .notice-kind').first()).toBeVisible();
    expect(await axeViolations(page, [{ tags: WCAG_TAGS }])).toEqual([]);
  }
});
