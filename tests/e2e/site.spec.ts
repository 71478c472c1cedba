import { expect, test } from '@playwright/test';
import { rel } from './support/site';

test('home page in Chinese', async ({ page }) => {
  await page.goto(rel('/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('找对信');
  await expect(page.locator('#categories-title + ul a[href$="/categories/account-health/"]')).toBeVisible();
});

test('home page in English', async ({ page }) => {
  await page.goto(rel('/en/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Find the right letter');
});

test('template page shows the letter, its explainer and translation', async ({ page }) => {
  await page.goto(rel('/templates/odr-a-to-z-vacation/'));
  const letter = page.locator('[data-static-letter]');
  await expect(letter).toContainText('Dear Amazon Seller Performance Team,');
  await expect(letter.locator('mark.ph[data-key="store_name"]').first()).toHaveText('[Store name]');
  await expect(page.getByRole('heading', { name: '逐段说明', exact: true })).toBeVisible();
  await page.getByText('展开中文译文').click();
  await expect(page.getByText('尊敬的亚马逊卖家绩效团队')).toBeVisible();
});

test('language switch lands on the same page in the other language', async ({ page }) => {
  await page.goto(rel('/templates/odr-a-to-z-vacation/'));
  await page.locator('[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(/\/en\/templates\/odr-a-to-z-vacation\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Paragraph by paragraph', exact: true })).toBeVisible();
  await page.locator('[data-lang-switch="zh-CN"]').click();
  await expect(page).toHaveURL(/\/templates\/odr-a-to-z-vacation\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('contacts page lists addresses with status and source', async ({ page }) => {
  await page.goto(rel('/en/contacts/'));
  const row = page.locator('#seller-performance-us');
  await expect(row).toContainText('seller-performance@amazon.com');
  await expect(row).toContainText('Historical, unverified');
  await expect(page.locator('#seller-performance-de')).toContainText('verkaeufer-performance@amazon.de');
  await expect(page.getByRole('note')).toContainText('Account Health');
});

test('unknown pages answer 404 with a way back', async ({ page }) => {
  const response = await page.goto(rel('/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
});
