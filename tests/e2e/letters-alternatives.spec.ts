/**
 * Alternatives (option groups) in the browser: choosing another case repaints the letter with that case's blocks in
 * every part, lists the documents its `when` names, and Copy gives exactly the letter the build's own code resolves
 * for that choice (expected text computed here from the template YAML, never read back from the page).
 */
import { expect, test, type Page } from '@playwright/test';
import { groupStateKey } from '../../src/lib/letter-blocks';
import { rel } from './support/site';
import { expected, template } from './support/templates';
import { guardPages } from './support/guards';

const island = (page: Page) => page.locator('fill-letter[data-ready]');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

guardPages(test);

/** A template, one of its non-default alternatives, and a sentence only that alternative's blocks contain. */
const cases = [
  {
    slug: 'image-infringement-new-store',
    choose: 'own_images',
    shows: 'Our own photographs, without proof on file:',
    hides: 'Images copied:',
    lists: 'Original photo files of the images in the complaint',
  },
  {
    slug: 'counterfeit-brand-complaint',
    choose: 'chain_not_shown',
    shows: 'Supply chain not documented:',
    hides: 'Unauthorized source:',
    lists: "Distributor's invoices and the brand owner's authorization of the distributor",
  },
  {
    slug: 'funds-disbursement-request',
    choose: 'video_completed',
    shows: 'completed the video identity verification on',
    hides: 'we booked the video identity verification',
    lists: undefined,
  },
  {
    slug: 'ip-retraction-notice',
    choose: 'by_brand_registry',
    shows: 'through the retraction function in Brand Registry',
    hides: 'notice-retraction@amazon.com',
    lists: undefined,
  },
];

for (const c of cases) {
  test(`${c.slug}: choosing “${c.choose}” repaints the letter and Copy gives that case’s letter`, async ({ page }) => {
    const t = template(c.slug);
    const option = t.options.find((o) => o.key === c.choose)!;
    expect(option.group, 'the case is an alternative').toBeTruthy();
    expect(option.default, 'the case is not the default').toBe(false);

    await page.goto(rel(`/en/templates/${c.slug}/`));
    await expect(island(page)).toBeVisible();
    const letter = page.locator('[data-filled-letter]').first();
    await expect(letter).toContainText(c.hides);
    await expect(letter).not.toContainText(c.shows);

    await page.locator(`input[type="radio"][value="${c.choose}"]`).check();
    await expect(letter).toContainText(c.shows);
    await expect(letter).not.toContainText(c.hides);
    if (c.lists) await expect(letter).toContainText(c.lists);

    // The fields are still empty: Copy asks first, then copies the letter with its markers.
    await page.locator('[data-action="copy"]').click();
    await page.locator('[data-action="copy-anyway"]').click();
    await expect(page.getByRole('status')).toHaveText('Copied. Paste it where you need it.');
    expect(await clipboard(page)).toBe(expected(t, t.letter, { [groupStateKey(option.group!)]: c.choose }));
  });
}
