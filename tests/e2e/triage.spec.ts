import { expect, test, type Page } from '@playwright/test';
import { readContent } from '../../scripts/read-content';
import { situationsOf, triagePages, type TriageNode } from '../../src/lib/triage';
import { rel } from './support/site';

/** The triage as the content file defines it (read and parsed as the build does): the expectations come from the data, not from the built pages. */
const nodes: TriageNode[] = readContent().content.triage.map(({ id, data }) => ({ ...data, id }));
const situations = situationsOf(nodes);
const locales = [
  { prefix: '', side: 'zh' as const },
  { prefix: '/en', side: 'en' as const },
];
const squash = (s: string) => s.replace(/\s+|…/g, '');

test('the start page lists every situation, in order, in both languages', async ({ page }) => {
  for (const { prefix, side } of locales) {
    await page.goto(rel(`${prefix}/triage/`));
    const cards = page.locator('[data-situations] a');
    await expect(cards).toHaveCount(situations.length);
    expect(await cards.evaluateAll((links) => links.map((a) => a.getAttribute('data-situation')))).toEqual(situations.map((s) => s.id));
    for (const [i, s] of situations.entries()) {
      await expect(cards.nth(i)).toContainText(s.title[side]);
      await expect(cards.nth(i)).toHaveAttribute('href', new RegExp(`${prefix}/triage/${s.id}/$`));
    }
  }
});

/** Same-site links on the current page (HTML and SVG anchors), absolute, with their fragment. */
const linksOn = (page: Page) =>
  page.locator('main a[href]').evaluateAll((anchors) =>
    anchors
      .map((a) => new URL(a.getAttribute('href')!, location.href))
      .filter((u) => u.origin === location.origin)
      .map((u) => u.href),
  );

test('triage pages link to templates, contacts, guides and other triage pages', async ({ page }) => {
  const targets = new Set<string>();
  for (const path of ['/triage/', '/triage/ip-complaint/ip-invalid/', '/en/triage/under-review/funds-held-after-closure/']) {
    await page.goto(rel(path));
    for (const link of await linksOn(page)) targets.add(new URL(link).pathname);
  }
  for (const part of ['/templates/', '/contacts/', '/guides/', '/triage/'])
    expect(
      [...targets].some((t) => t.includes(part)),
      part,
    ).toBe(true);
});

test('a follow-up question leads to two different answers', async ({ page }) => {
  await page.goto(rel('/en/triage/ip-complaint/'));
  await expect(page.getByRole('heading', { level: 2, name: 'Having checked the complaint, is it valid?' })).toBeVisible();
  await page.getByRole('link', { name: /^Valid: my product or listing does use their rights/ }).click();
  await expect(page).toHaveURL(/\/en\/triage\/ip-complaint\/ip-valid\/$/);
  await expect(page.locator('[data-route] h2')).toHaveText('Remove the listing, appeal with a POA');
  await expect(page.locator('[data-chosen]')).toContainText('Valid: my product or listing does use their rights');
  const valid = await page.locator('main a[href*="/templates/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  await page.getByRole('link', { name: 'Change', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/triage\/ip-complaint\/$/);
  await page.getByRole('link', { name: /^Not valid: I have evidence/ }).click();
  await expect(page).toHaveURL(/\/en\/triage\/ip-complaint\/ip-invalid\/$/);
  await expect(page.locator('[data-route] h2')).toHaveText('Ask for a retraction, or dispute with evidence');
  await expect(page.locator('[data-route]')).toContainText("Don't write a Plan of Action that admits an infringement");
  const invalid = await page.locator('main a[href*="/templates/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(invalid).toEqual([
    '/en/templates/design-patent-dispute/',
    '/en/templates/ip-retraction-request/',
    '/en/templates/ip-retraction-notice/',
  ]);
  expect(valid).not.toContain('/en/templates/design-patent-dispute/');
  expect(valid.length).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a seller goes from the home page to an answer with plain links', async ({ page }) => {
    await page.goto(rel('/'));
    await page.locator('[data-triage-link]').click();
    await expect(page).toHaveURL(/\/triage\/$/);
    await page.locator('[data-situations] a[data-situation="hijacked"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('商品被跟卖');
    await page.getByRole('link', { name: /^有，商标已注册或专利已授权/ }).click();
    await expect(page).toHaveURL(/\/triage\/hijacked\/hijacked-with-rights\/$/);
    await expect(page.locator('[data-route] h2')).toHaveText('先走官方途径，最后才发警告信');
    await expect(page.locator('[data-deadlines]')).toContainText('按官方途径举报');
    await page.getByRole('link', { name: /给跟卖者的商标警告信/ }).click();
    await expect(page).toHaveURL(/\/templates\/hijacker-trademark-warning\/$/);
  });

  test('the route map is drawn in the page itself', async ({ page }) => {
    await page.goto(rel('/en/triage/'));
    await expect(page.locator('svg.triage-map')).toBeVisible();
    expect(await page.locator('svg.triage-map [data-situation]').count()).toBe(situations.length);
  });
});

test('the map has a node for each situation and a route box for each answer, in both languages', async ({ page }) => {
  const answers = triagePages(nodes).filter((p) => p.node.route);
  for (const { prefix, side } of locales) {
    await page.goto(rel(`${prefix}/triage/`));
    const svg = page.locator('svg.triage-map');
    const region = page.getByRole('region', { name: side === 'en' ? 'Route map (scrolls sideways)' : '全部路线图（可横向滚动）' });
    await expect(region.locator('svg.triage-map')).toHaveCount(1);
    await expect(region).toHaveAccessibleDescription(
      new RegExp(`${situations.length}.*${triagePages(nodes).filter((p) => p.node.route).length}`),
    );
    const drawn = await svg
      .locator('[data-situation]')
      .evaluateAll((gs) => gs.map((g) => ({ id: g.getAttribute('data-situation'), text: g.textContent ?? '' })));
    expect(drawn.map((d) => d.id)).toEqual(situations.map((s) => s.id));
    for (const [i, s] of situations.entries()) expect(squash(drawn[i]!.text)).toContain(squash(s.title[side]).slice(0, 12));
    const routes = await svg.locator('[data-route]').evaluateAll((as) => as.map((a) => a.getAttribute('data-route')));
    expect(routes).toEqual(answers.map((p) => `${prefix}${p.path}`));
    // The same tree as a list, for reading on a phone and for screen readers.
    const listed = await page
      .locator('[data-triage-map-list] > li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-situation')));
    expect(listed).toEqual(situations.map((s) => s.id));
    expect(await page.locator('[data-triage-map-list] a[href*="/triage/"]').count()).toBe(situations.length + answers.length);
  }
});

test('the map stays readable on a phone: it scrolls sideways instead of shrinking', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(rel('/triage/'));
  const region = page.getByRole('region', { name: '全部路线图（可横向滚动）' });
  const size = await region.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
  expect(size.scroll).toBeGreaterThan(size.client);
  const box = await page.locator('svg.triage-map').boundingBox();
  expect(box!.width).toBeGreaterThan(900);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('notice pages link to the triage situation that answers them', async ({ page }) => {
  await page.goto(rel('/en/templates/notice-account-deactivated/'));
  await page.getByRole('link', { name: /Received this notice\? Find your next step/ }).click();
  await expect(page).toHaveURL(/\/en\/triage\/deactivated\/$/);
  await page.goto(rel('/templates/notice-account-under-review/'));
  await page.getByRole('link', { name: /收到了这封通知？/ }).click();
  await expect(page).toHaveURL(/\/triage\/under-review\/$/);
  await page.goto(rel('/templates/odr-a-to-z-vacation/'));
  await expect(page.locator('main [data-triage-link]')).toHaveCount(0);
});
