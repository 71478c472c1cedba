/**
 * What a frightened seller pastes or taps (issue 24.5, 24.7), at 390 px in Chromium: a pasted notice sentence in
 * either language finds its notice page first on every language's site, and each home-page situation label finds
 * its own page first. The cases are also in tests/fixtures/search-queries.json (top three, with the set's bar).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { load as parse } from 'js-yaml';
import { rel } from './support/site';
import { toTraditional } from '../../src/lib/hant';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const DEACTIVATED = '/templates/notice-account-deactivated/';
const REVIEW = '/templates/notice-account-under-review/';
const PASTED: [string, string][] = [
  ['Your Amazon selling account has been deactivated', DEACTIVATED],
  ['We reviewed your account and determined that you may no longer sell on Amazon.com.', DEACTIVATED],
  ['This decision was partly made due to our inability to verify information provided for or related to your seller account.', DEACTIVATED],
  ['您的亚马逊销售账户已被停用', DEACTIVATED],
  ['我们审核了您的账户，决定您今后不能再在 Amazon.com 上销售。', DEACTIVATED],
  ['做出这一决定的部分原因是，我们无法验证您为卖家账户提供的信息', DEACTIVATED],
  ['我们正在审核您的账户。审核期间不会向您转账，资金将保留在您的账户中。', REVIEW],
  ['We are reviewing your account', REVIEW],
  ['您的账户正在审核中', REVIEW],
];

for (const site of ['', '/en', '/zh-hant']) {
  test(`pasted notice sentences find their notice first: ${site || '/'}`, async ({ page }) => {
    // Every paste on every site: Simplified on the Traditional site too (its search page carries the bets' Simplified
    // texts beside the converted ones); a seller's own Traditional on the Traditional site.
    const pasted =
      site === '/zh-hant' ? [...PASTED, ['我們審核了您的帳戶，決定您今後不能再在 Amazon.com 上銷售。', DEACTIVATED] as const] : PASTED;
    for (const [q, expected] of pasted) {
      await page.goto(rel(`${site}/search/?q=${encodeURIComponent(q)}`));
      await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
      const first = page.locator('[data-search-results] a[data-result-link]').first();
      await expect(first, q).toHaveAttribute('href', new RegExp(`${site}${expected}$`));
    }
  });
}

test('each home-page situation label finds its own page first', async ({ page }) => {
  const situations = parse(readFileSync('content/situations.yaml', 'utf8')) as Record<
    string,
    { target: string; home?: { title: { zh: string; en: string } } }
  >;
  const labels = Object.values(situations).flatMap((s) =>
    s.home
      ? [
          ['', s.home.title.zh, s.target],
          ['/en', s.home.title.en, s.target],
          // The Traditional site, in its own script and in the Simplified a seller may type there.
          ['/zh-hant', toTraditional(s.home.title.zh), s.target],
          ['/zh-hant', s.home.title.zh, s.target],
        ]
      : [],
  );
  expect(labels.length).toBeGreaterThan(4);
  for (const [site, label, target] of labels) {
    await page.goto(rel(`${site}/search/?q=${encodeURIComponent(label!)}`));
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(page.locator('[data-search-results] a[data-result-link]').first(), label).toHaveAttribute(
      'href',
      new RegExp(`${site}${target}$`),
    );
  }
});
