/**
 * The editorial promise the content inventory makes about policy-risk letters, checked in the browser: the
 * warning is visible and explains the rule, and a compliant rewrite is shown beside the original.
 * (The rest of the inventory is checked over dist/ without a browser: tests/built/content-completeness.test.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import expected from '../fixtures/expected-content.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import zhCN from '../../src/i18n/zh-CN.json' with { type: 'json' };
import { rel } from './support/site';

const LOCALES = ['zh-CN', 'en'] as const;
type Locale = (typeof LOCALES)[number];
const UI: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, en };

/** Text of the element carrying `attribute`, or '' when the page has none. */
async function textOf(page: Page, selector: string): Promise<string> {
  const locator = page.locator(selector);
  return (await locator.count()) ? ((await locator.first().innerText()) ?? '') : '';
}

for (const [slug, rules] of Object.entries(expected.policyRisk)) {
  for (const locale of LOCALES) {
    test(`${slug} shows the policy-risk warning and a compliant rewrite (${locale})`, async ({ page }) => {
      await page.goto(rel(`${locale === 'en' ? '/en' : ''}/templates/${slug}/`));
      const warning = page.locator('[data-risk]');
      await expect(warning).toBeVisible();
      await expect(warning).toContainText(UI[locale]['template.riskTitle']!);
      // One short sentence shows; the rule is explained behind a disclosure, one tap away.
      await warning.locator('summary').click();
      expect((await warning.innerText()).length).toBeGreaterThan(120);
      const compliant = page.locator('[data-compliant]');
      await expect(compliant).toBeVisible();
      await expect(compliant).toContainText(UI[locale]['template.compliantLetter']!);
      const rewrite = await textOf(page, '[data-compliant] .letter');
      expect(rewrite.length).toBeGreaterThan(150);
      for (const pattern of rules.forbiddenInCompliant)
        expect(rewrite, `compliant rewrite matches /${pattern}/`).not.toMatch(new RegExp(pattern, 'i'));
      // The original must differ from the rewrite: it is the thing being warned about.
      expect(await textOf(page, '[data-static-letter]')).not.toBe(rewrite);
    });
  }
}
