/**
 * "Every item in the sources is on the site": the built site against the checklist derived from the content
 * inventory (tests/fixtures/expected-content.json), plus the editorial promises the inventory makes about
 * particular pages (titles corrected from wrong source headings; the policy-risk warnings are checked in the browser, tests/e2e/content-risk.spec.ts).
 */
import { expect, test } from 'vitest';
import expected from '../fixtures/expected-content.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import zhCN from '../../src/i18n/zh-CN.json' with { type: 'json' };
import { distHas, elementWith, pageFile, readableText, readDist } from '../support/dist';

const LOCALES = ['zh-CN', 'en'] as const;
type Locale = (typeof LOCALES)[number];
const UI: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, en };
const HTML_LANG: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en' };
const templateSlugs = Object.values(expected.templates).flat();

/** The <h1> and <title> of a built page, as text. */
function titles(html: string): string {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  return readableText(`${h1} ${title}`);
}

test('the checklist itself matches the inventory: 32 templates from the sources, 8 written for the site, 5 guides', () => {
  expect(templateSlugs).toHaveLength(40);
  expect(new Set(templateSlugs).size).toBe(40);
  expect(templateSlugs).toEqual(expect.arrayContaining(['high-return-rate-appeal', 'packaging-shipping-poa']));
  expect(expected.templates['G-new-letters']).toHaveLength(8);
  expect(expected.guides).toHaveLength(5);
});

for (const locale of LOCALES) {
  test(`every template from the inventory has a built page (${locale})`, () => {
    const problems: string[] = [];
    for (const slug of templateSlugs) {
      const file = pageFile(locale, `/templates/${slug}/`);
      if (!distHas(file)) {
        problems.push(`${file}: missing`);
        continue;
      }
      const html = readDist(file);
      if (!html.includes(`<html lang="${HTML_LANG[locale]}"`)) problems.push(`${file}: not a ${locale} page`);
      if (!titles(html).trim()) problems.push(`${file}: no title`);
      if (!readableText(elementWith(html, 'data-static-letter')).trim()) problems.push(`${file}: no letter text`);
    }
    expect(problems).toEqual([]);
  });

  test(`every guide from the inventory has a built page (${locale})`, () => {
    const problems: string[] = [];
    for (const slug of expected.guides) {
      const file = pageFile(locale, `/guides/${slug}/`);
      if (!distHas(file)) problems.push(`${file}: missing`);
      else if (!readDist(file).includes(`<html lang="${HTML_LANG[locale]}"`)) problems.push(`${file}: not a ${locale} page`);
      else if (readableText(readDist(file)).length < 2000) problems.push(`${file}: suspiciously short`);
    }
    expect(problems).toEqual([]);
  });

  test(`every letter written for the site says so on its page (${locale})`, () => {
    const problems: string[] = [];
    for (const slug of expected.templates['G-new-letters']) {
      const html = readDist(pageFile(locale, `/templates/${slug}/`));
      if (!readableText(html).includes(UI[locale]['template.writtenForSite']!))
        problems.push(`${slug}: not marked as written for this site`);
    }
    expect(problems).toEqual([]);
  });

  test(`every address and web entry point from the inventory is on the contacts page, under its purpose (${locale})`, () => {
    const file = pageFile(locale, '/contacts/');
    const html = readDist(file);
    const problems: string[] = [];
    for (const [purpose, addresses] of Object.entries(expected.contacts)) {
      // The purpose's section is the <section> its heading labels.
      const inner = elementWith(html, `aria-labelledby="${purpose}"`);
      if (!inner) {
        problems.push(`${file}: no #${purpose} section`);
        continue;
      }
      const section = readableText(inner);
      for (const address of addresses) if (!section.includes(address)) problems.push(`#${purpose}: ${address} missing`);
    }
    expect(problems).toEqual([]);
  });
}

for (const [slug, rules] of Object.entries(expected.retitled)) {
  for (const locale of LOCALES) {
    test(`${slug} is titled by its content, not by the source's wrong heading (${locale})`, () => {
      const html = readDist(pageFile(locale, `/templates/${slug}/`));
      // What the page presents as its subject: its title and the letter itself. (The explainer and the editorial
      // note may name the wrong source heading in order to correct it.)
      const subject = [
        titles(html),
        readableText(elementWith(html, 'data-subject')),
        readableText(elementWith(html, 'data-static-letter')),
      ].join('\n');
      for (const word of rules.forbiddenInTitle) expect(subject.toLowerCase(), `"${word}" presented as the subject`).not.toContain(word);
      expect(titles(html).toLowerCase()).toContain(rules.requiredInTitle[locale]);
    });
  }
}
