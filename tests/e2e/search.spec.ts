import { expect as baseExpect, test, type Page } from '@playwright/test';
import { rel } from './support/site';
import { basePath } from '../../src/lib/deploy';
import { htmlFiles, readDist, readableText } from '../support/dist';

// A first search downloads and compiles Pagefind; on a busy test machine that can take seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

/** Deploy base of the built site ('/' or e.g. '/seller-letters/'). */
const base = basePath();
const results = (page: Page) => page.locator('[data-search-results] > li');
const resultLinks = (page: Page) => page.locator('[data-search-results] a[data-result-link]');

/** Site paths (no base, with #anchor) of the first `n` results. */
async function topPaths(page: Page, n = 3): Promise<string[]> {
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.slice(0, n).map((href) => {
    const url = new URL(href);
    return `/${url.pathname.slice(base.length)}${url.hash}`;
  });
}

async function searchFor(page: Page, sitePath: string, query: string) {
  await page.goto(rel(`${sitePath}?q=${encodeURIComponent(query)}`));
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
}

/** Queries sellers type, and the page that must be among the first three results. */
const queries: { site: '/search/' | '/en/search/'; q: string; expected: string; why: string }[] = [
  { site: '/search/', q: '跟卖', expected: '/guides/handling-hijackers/', why: 'two-character term' },
  { site: '/search/', q: '申诉', expected: '/guides/plan-of-action/', why: 'two-character term' },
  { site: '/search/', q: '侵权', expected: '/templates/image-infringement-new-store/', why: 'two-character term' },
  { site: '/search/', q: 'ODR 申诉', expected: '/templates/odr-a-to-z-vacation/', why: 'mixed English and Chinese' },
  { site: '/search/', q: 'ODR超标怎么申诉', expected: '/templates/odr-a-to-z-vacation/', why: 'a question, no spaces' },
  { site: '/search/', q: '被跟卖了', expected: '/templates/hijacker-trademark-warning/', why: 'a complaint in the seller’s words' },
  { site: '/search/', q: '货款冻结 联系哪个邮箱', expected: '/contacts/#funds-held', why: 'purpose of a contact' },
  { site: '/search/', q: '德国 冻结 邮箱', expected: '/contacts/#funds-held', why: 'marketplace + purpose' },
  { site: '/search/', q: 'ASIN', expected: '/templates/invoice-cover-note/', why: 'English term on the Chinese site' },
  { site: '/search/', q: 'FBA', expected: '/contacts/#fba-removal', why: 'English term on the Chinese site' },
  { site: '/search/', q: 'A-to-z', expected: '/guides/a-to-z-claims-and-chargebacks/', why: 'hyphenated English term on the Chinese site' },
  { site: '/search/', q: 'POA', expected: '/guides/plan-of-action/', why: 'abbreviation on the Chinese site' },
  { site: '/search/', q: '账户审核', expected: '/templates/notice-account-under-review/', why: 'a notice' },
  { site: '/search/', q: '二手当新品', expected: '/templates/used-sold-as-new/', why: 'complaint type' },
  {
    site: '/search/',
    q: 'genuine products resold unchanged are a different matter',
    expected: '/templates/hijacker-trademark-warning/',
    why: 'a sentence from inside the English letter, on the Chinese site',
  },
  { site: '/search/', q: 'used sold as new complaint', expected: '/templates/used-sold-as-new/', why: 'English words on the Chinese site' },
  { site: '/en/search/', q: 'used sold as new complaint', expected: '/en/templates/used-sold-as-new/', why: 'complaint type' },
  {
    site: '/en/search/',
    q: 'every defect in it was an A-to-z Guarantee claim',
    expected: '/en/templates/odr-a-to-z-vacation/',
    why: 'a phrase from inside a letter',
  },
  { site: '/en/search/', q: 'hijacker', expected: '/en/templates/hijacker-trademark-warning/', why: 'one English word' },
  { site: '/en/search/', q: 'funds held', expected: '/en/contacts/#funds-held', why: 'purpose of a contact' },
  { site: '/en/search/', q: 'how do I appeal an ODR suspension', expected: '/en/templates/odr-a-to-z-vacation/', why: 'a question' },
];

test.describe('search finds the page a seller needs', () => {
  for (const { site, q, expected, why } of queries) {
    test(`${site} “${q}” (${why}) → ${expected}`, async ({ page }) => {
      await searchFor(page, site, q);
      expect(await topPaths(page)).toContain(expected);
    });
  }

  test('a marketplace in the query shows that marketplace’s address on the contact result', async ({ page }) => {
    await searchFor(page, '/search/', '德国 冻结 邮箱');
    const contact = results(page).filter({ has: page.locator('a[data-result-link][href$="/contacts/#funds-held"]') });
    const row = contact.getByRole('link', { name: /德国.*payments-nachforschungen@amazon\.de/ });
    await expect(row).toHaveAttribute('href', /\/contacts\/#funds-held-de$/);
  });

  test('a query with no results says so and offers a way on: the other language, the triage, common problems', async ({ page }) => {
    await searchFor(page, '/search/', 'xqzvwk');
    await expect(page.locator('[data-search-status]')).toHaveText('没有找到与“xqzvwk”相关的内容。');
    await expect(results(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: '在中英文页面中一起搜索' })).toBeVisible();
    await expect(page.locator('[data-search-triage] a')).toHaveAttribute('href', `${base}triage/`);
    await expect(page.getByRole('heading', { name: '常见问题，直接打开' })).toBeVisible();
  });

  test('the query shows as typed in the message, even with characters that mean something to String.replace', async ({ page }) => {
    await searchFor(page, '/search/', 'xqzvwk$&');
    await expect(page.locator('[data-search-status]')).toHaveText('没有找到与“xqzvwk$&”相关的内容。');
  });

  // Two words the Chinese index holds (the account-review notice and the suspension guide's keyword example) that no
  // page holds together. Pagefind matches a word's prefix too, so neither may start a common word ("TRO" matched
  // "trouble" on the VIP page). The first check says which page now holds both when the content changes.
  const LONELY = ['velocity', 'rayon'] as const;
  test('no page has every word: it lists the pages with the most of them and says so', async ({ page }) => {
    const holders = (word: string) =>
      new Set(
        htmlFiles()
          .filter((file) => !/^(en|zh-hant)\//.test(file))
          .filter((file) => new RegExp(`\\b${word}`, 'i').test(readableText(readDist(file)))),
      );
    const [first, second] = LONELY.map(holders);
    expect(first!.size, `a page with “${LONELY[0]}”`).toBeGreaterThan(0);
    expect(second!.size, `a page with “${LONELY[1]}”`).toBeGreaterThan(0);
    expect(
      [...first!].filter((file) => second!.has(file)),
      'pages with both words',
    ).toEqual([]);

    await searchFor(page, '/search/', LONELY.join(' '));
    await expect(page.locator('[data-search-status]')).toHaveText(
      /^没有同时包含全部词语的结果，以下是部分匹配（未用到：(velocity|rayon)）。 找到 \d+ 条结果$/,
    );
    await expect(results(page).first()).toBeVisible();
    await expect(page.locator('[data-search-triage] a')).toBeVisible();
    await expect(page.getByRole('button', { name: '在中英文页面中一起搜索' })).toBeVisible();
  });

  test('a Traditional query on the Simplified site and a Simplified one on the Traditional site find the page', async ({ page }) => {
    await searchFor(page, '/search/', '刷單 封號');
    expect(await topPaths(page)).toContain('/templates/review-manipulation/');
    await searchFor(page, '/zh-hant/search/', '刷单 封号');
    expect(await topPaths(page)).toContain('/zh-hant/templates/review-manipulation/');
  });

  test('an excerpt never shows the sellers’ words the index adds to a page', async ({ page }) => {
    // 刷单 is not on the review-manipulation page's English-letter side; the index has it from content/vocabulary.yaml.
    await searchFor(page, '/en/search/', 'brushing');
    const excerpts = await page.locator('.search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/zzkeywords|paid reviews brushing|刷单/);
  });

  test('results show title, kind badge and a highlighted excerpt made of text and <mark> only', async ({ page }) => {
    await searchFor(page, '/search/', 'ODR 申诉');
    const first = results(page).first();
    await expect(first.locator('h2 a')).toHaveText(/ODR 超标申诉/);
    await expect(first.locator('.badge-accent')).toHaveText('申诉信');
    // A page found through its title or sellers' words may show an excerpt with no match in it; among the first three,
    // the excerpts mark the words found.
    await expect(results(page).locator('.search-excerpt mark').first()).toBeVisible();
    const tags = await page.locator('.search-excerpt *').evaluateAll((elements) => [...new Set(elements.map((e) => e.tagName))]);
    expect(tags).toEqual(['MARK']);
  });
});

test('filters: choosing “buyer message” leaves only buyer messages, with the count shown', async ({ page }) => {
  const filterRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/filter/')) filterRequests.push(request.url());
  });
  await searchFor(page, '/search/', '买家');
  // Filter counts are loaded only when the reader opens the filters.
  expect(filterRequests).toEqual([]);
  await page.locator('[data-search-filters] summary').click();
  await expect.poll(() => filterRequests.length).toBeGreaterThan(0);
  await expect(page.locator('[data-filter="kind"] [data-option="buyer-message"] [data-count]')).not.toBeEmpty();
  const chip = page.locator('[data-filter="kind"] [data-option="buyer-message"]');
  const count = Number(await chip.locator('[data-count]').textContent());
  expect(count).toBeGreaterThan(2);
  const before = Number((await page.locator('[data-search-status]').textContent())!.match(/\d+/)![0]);
  await chip.click();
  await expect(page).toHaveURL(/[?&]kind=buyer-message/);
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  // The chip counts the pages with every word; the list also ranks pages with most of them (combineTermResults).
  await expect(page.locator('[data-search-status]')).toHaveText(/^找到 \d+ 条结果$/);
  const after = Number((await page.locator('[data-search-status]').textContent())!.match(/\d+/)![0]);
  const kinds = await results(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.resultKind));
  expect(kinds.length).toBe(Math.min(after, await onScreen(page)));
  expect(new Set(kinds)).toEqual(new Set(['buyer-message']));
  expect(after).toBeGreaterThan(2);
  expect(before).toBeGreaterThan(after);
  // Back to all kinds.
  await page.locator('[data-filter="kind"] label').first().click();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(page.locator('[data-search-status]')).toHaveText(`找到 ${before} 条结果`);
});

test('the query lives in the URL: results without typing, and Back returns to the first search', async ({ page }) => {
  await searchFor(page, '/search/', '跟卖');
  await expect(page.locator('[data-search-input]')).toHaveValue('跟卖');
  expect(await topPaths(page)).toContain('/guides/handling-hijackers/');

  const input = page.locator('[data-search-input]');
  await input.fill('ODR 申诉');
  await input.press('Enter');
  await expect(page).toHaveURL(/\?q=ODR\+%E7%94%B3%E8%AF%89$/);
  await expect(resultLinks(page).first()).toHaveText(/ODR/);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=%E8%B7%9F%E5%8D%96$/);
  await expect(input).toHaveValue('跟卖');
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  expect(await topPaths(page)).toContain('/guides/handling-hijackers/');

  await page.goForward();
  await expect(input).toHaveValue('ODR 申诉');
  await expect(resultLinks(page).first()).toHaveText(/ODR/);
});

test('typing searches after a short pause and keeps one history entry for the typing', async ({ page }) => {
  await page.goto(rel('/en/search/'));
  const input = page.locator('[data-search-input]');
  await input.click();
  await input.pressSequentially('hijacker', { delay: 20 });
  await expect(page).toHaveURL(/\?q=hijacker$/);
  await expect(resultLinks(page).first()).toBeVisible();
  expect(await topPaths(page)).toContain('/en/templates/hijacker-trademark-warning/');
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/search\/$/);
  await expect(input).toHaveValue('');
  await expect(results(page)).toHaveCount(0);
});

test('keyboard only: "/" on a template page, type, Enter, arrow to a result, Enter opens it', async ({ page }) => {
  await page.goto(rel('/templates/used-sold-as-new/'));
  await page.keyboard.press('/');
  await expect(page.locator('[data-site-search]')).toBeFocused();
  await page.keyboard.type('ODR 申诉');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=ODR/);
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-search-input]')).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-search-input]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(resultLinks(page).nth(1)).toBeFocused();

  const target = await resultLinks(page).nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('on a 390 px phone the results, filters and both-language badges fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/search/?q=hijackers&all=1', '/en/search/?q=funds&kind=contact&market=DE', '/search/?q=ODR']) {
    await page.goto(rel(path));
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});

test('with JavaScript, the “needs JavaScript” note stays hidden', async ({ page }) => {
  await searchFor(page, '/search/', '跟卖');
  await expect(page.locator('[data-search-nojs]')).toBeHidden();
});

test('result counts are announced to screen readers', async ({ page }) => {
  await searchFor(page, '/en/search/', 'hijacker');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ results$/);
  const count = Number((await status.textContent())!.split(' ')[0]);
  expect(await results(page).count()).toBe(Math.min(count, await onScreen(page)));
});

/** Results the first answer shows: as many as fit between the top of the list and the bottom of the window, three to five. */
async function onScreen(page: Page): Promise<number> {
  const list = await page.locator('[data-search-results]').boundingBox();
  return Math.min(5, Math.max(3, Math.floor((page.viewportSize()!.height - Math.max(0, list!.y)) / 140)));
}

test('fragments are fetched only for the results on screen; “more” fetches the next ones', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  await searchFor(page, '/en/search/', 'buyer');
  const count = Number((await page.getByRole('status').textContent())!.split(' ')[0]);
  expect(count).toBeGreaterThan(10);
  // As many as fit below the top of the list (three to five), each with its own fragment, and no more.
  const fit = await onScreen(page);
  await expect(results(page)).toHaveCount(fit);
  expect(fragments).toHaveLength(fit);
  await page.locator('[data-search-more]').click();
  await expect(results(page)).toHaveCount(fit + 5);
  expect(fragments).toHaveLength(fit + 5);
  await expect(resultLinks(page).nth(fit)).toBeFocused();
});

test('both languages: one click widens a Chinese-site search to the English pages', async ({ page }) => {
  await searchFor(page, '/search/', 'hijackers');
  const onlyChinese = await topPaths(page, 50);
  expect(onlyChinese.every((p) => !p.startsWith('/en/'))).toBe(true);

  await page.getByLabel('同时搜索英文页面').check();
  await expect(page).toHaveURL(/all=1/);
  await expect(page.locator('[data-search-status]')).toHaveText(/^在中英文页面中找到 \d+ 条结果$/);
  const both = await topPaths(page, 50);
  expect(both).toContain('/en/guides/handling-hijackers/');
  const english = results(page).filter({ has: page.locator('a[href*="/en/guides/handling-hijackers/"]') });
  await expect(english.getByText('英文页面')).toBeVisible();
  await expect(english.locator('h2')).toHaveAttribute('lang', 'en');
});

test('both languages: a Chinese word on the English site finds the Chinese pages after widening', async ({ page }) => {
  await searchFor(page, '/en/search/', '跟卖');
  await page.getByRole('button', { name: 'Search English and Chinese pages' }).click();
  await expect(page).toHaveURL(/all=1/);
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  expect(await topPaths(page)).toContain('/guides/handling-hijackers/');
});

test('no CSP violation and no error while searching', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await searchFor(page, '/search/', '跟卖');
  await page.getByLabel('同时搜索英文页面').check();
  await expect(page.locator('[data-search-status]')).toHaveText(/中英文/);
  await page.locator('[data-search-input]').fill('Order Defect Rate above the 1% target');
  await page.locator('[data-search-input]').press('Enter');
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  expect(problems).toEqual([]);
});

test('pages that are not searching load no search code until the reader reaches for the box', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    // Pagefind's files and the search element's chunk (not the search page's tiny loader).
    if (/\/pagefind\/|\/_astro\/search\.[\w-]+\.js/.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto(rel('/templates/odr-a-to-z-vacation/'));
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  expect(await page.locator('link[data-search-prefetch]').count()).toBe(0);

  await page.locator('[data-site-search]').focus();
  const prefetched = await page.locator('link[data-search-prefetch]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(prefetched.map((href) => href.split('/pagefind/')[1])).toEqual(['pagefind.js', 'wasm.unknown.pagefind']);
  for (const href of prefetched) expect((await page.request.get(href)).status()).toBe(200);

  // The home page's big search box prefetches too.
  await page.goto(rel('/en/'));
  await page.locator('#home-search').focus();
  await expect(page.locator('link[data-search-prefetch]')).toHaveCount(2);
  expect(await page.locator('link[data-search-prefetch]').last().getAttribute('href')).toMatch(/\/pagefind\/wasm\.en\.pagefind$/);

  // The search page itself waits for a query, or for the reader to focus its box.
  searchRequests.length = 0;
  await page.goto(rel('/en/search/'));
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  await page.locator('[data-search-input]').focus();
  await expect.poll(() => searchRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page explains that search needs JavaScript and links to the categories and all templates', async ({ page }) => {
    await page.goto(rel('/search/?q=%E8%B7%9F%E5%8D%96'));
    await expect(page.getByText('搜索需要 JavaScript')).toBeVisible();
    await expect(page.getByRole('status')).toBeEmpty();
    const browse = page.locator('[data-search-browse]');
    await expect(browse.getByRole('link', { name: '全部模板' })).toHaveAttribute('href', `${base}templates/`);
    await expect(browse.getByRole('link', { name: '知识产权与侵权' })).toHaveAttribute('href', `${base}categories/intellectual-property/`);
    // The common problems still open their pages.
    await expect(page.getByRole('link', { name: /被跟卖了/ })).toHaveAttribute('href', `${base}guides/handling-hijackers/`);
  });

  test('the header search box is a plain form that reaches the search page', async ({ page }) => {
    await page.goto(rel('/en/templates/used-sold-as-new/'));
    await page.locator('[data-site-search]').fill('hijacker');
    await page.locator('[data-site-search]').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=hijacker$/);
  });
});
