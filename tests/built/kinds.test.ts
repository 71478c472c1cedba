/**
 * Template kinds as built (src/lib/kinds.ts): what each kind's traits promise is what its pages hold. Appeals go
 * through Account Health, so no appeal page offers "Open in email" (issue 21 item 3).
 */
import { expect, test } from 'vitest';
import { KIND_TRAITS, traitsOf } from '../../src/lib/kinds';
import { builtPages, tags } from '../support/dist';

/** Template pages by the kind their island (or, for no-island pages, their kind badge) names. */
const templatePages = builtPages()
  .filter((p) => /\/templates\/[^/]+\/$/.test(p.path))
  .map((p) => ({
    ...p,
    kind: (/<fill-letter\b[^>]*\bdata-kind="([^"]+)"/.exec(p.html) ?? /<span class="badge[^"]*" data-kind="([^"]+)"/.exec(p.html))?.[1],
  }));

test('every template page names a kind the registry holds', () => {
  expect(templatePages.length).toBeGreaterThan(0);
  for (const page of templatePages) expect(Object.keys(KIND_TRAITS), page.path).toContain(page.kind);
});

test('no appeal page has an e-mail action, a mailto: link or the address the island would write to', () => {
  const appeals = templatePages.filter((p) => p.kind === 'appeal');
  expect(appeals.length).toBeGreaterThanOrEqual(17 * 3);
  for (const page of appeals) {
    expect(page.html, page.path).not.toMatch(/data-action="mail"|data-mail-disclosure|href="mailto:/);
    const island = tags(page.html, 'fill-letter')[0] ?? {};
    expect(island['data-mail-to'], page.path).toBeUndefined();
  }
});

test('pages follow their kind: e-mail only where the trait offers it, "save to my case" only where it says so', () => {
  for (const page of templatePages) {
    const traits = traitsOf(page.kind!);
    if (traits.mail === 'never') expect(page.html, page.path).not.toContain('data-action="mail"');
    if (traits.mail === 'bar') expect(page.html, page.path).toMatch(/<a class="btn" data-action="mail"/);
    expect(page.html.includes('<case-save'), page.path).toBe(traits.caseSave);
    expect(page.html.includes('data-checker'), page.path).toBe(traits.checker !== null);
  }
});
