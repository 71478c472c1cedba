/**
 * Clean text (issue 24.6): what a reader sees names its sources by readable titles. No internal source codes
 * ("来源 002", "source 001"), no raw seed file names (002_959a527c617cd882.txt) and no Seller Central help-page IDs
 * (G200370560) in the text of any built page — they may stay only where they are the link's URL. And a link whose
 * text is a web address goes to that address's host, never somewhere else (such as this site's contacts page).
 */
import { expect, test } from 'vitest';
import { anchors, htmlFiles, readDist } from '../support/dist';
import { bareHost, hostNamed, internalReferences } from '../support/clean-text';
import { siteUrl } from '../../src/lib/deploy';

const pages = htmlFiles();

test('the built site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(100);
});

test('no page shows internal source codes, raw file names or help-page IDs in its text', () => {
  const problems = pages.flatMap((file) => internalReferences(readDist(file)).map((p) => `${file}: ${p}`));
  expect(problems, problems.slice(0, 60).join('\n')).toEqual([]);
});

test('link text says where it goes: a web or e-mail address goes to that host, no "click here"', () => {
  const problems: string[] = [];
  for (const file of pages) {
    const base = new URL(`/${file}`, siteUrl());
    for (const { href, text } of anchors(readDist(file))) {
      if (/^(?:click here|here|this link|点击这里|点这里|点此|这里|此处|點擊這裡|點這裡|點此|這裡|此處)$/i.test(text))
        problems.push(`${file}: link text "${text}" does not say where it goes`);
      const named = hostNamed(text);
      if (!named) continue;
      const target = new URL(href, base);
      const goes = target.protocol === 'mailto:' ? (target.pathname.split('@')[1] ?? '') : target.host;
      if (bareHost(goes) !== bareHost(named)) problems.push(`${file}: "${text}" goes to ${target.href}`);
    }
  }
  expect(problems, problems.slice(0, 60).join('\n')).toEqual([]);
});

test('the checks catch what they are for', () => {
  expect(internalReferences('<p>原信来自来源 002（003 为重复）。</p>')).toHaveLength(2);
  expect(internalReferences('<p>The 3 to 7 days in source 002.</p>')).toHaveLength(1);
  expect(internalReferences('<p>see 002_959a527c617cd882.txt</p>')).toHaveLength(1);
  expect(internalReferences("<p>(cited in the site's December 2026 specialist review)</p>")).toHaveLength(1);
  expect(internalReferences('<p>**004 怎么说。**</p>')).toHaveLength(1);
  expect(internalReferences('<p>(Seller Central help G200370560)</p>')).toHaveLength(1);
  expect(internalReferences('<p>"Create a plan of action" (201623610)</p>')).toHaveLength(1);
  expect(
    internalReferences('<p><a href="https://sellercentral.amazon.com/gp/help/external/G200370560">Reactivate your account</a></p>'),
  ).toEqual([]);
  expect(internalReferences('<p>Order 112-4827365-2290415, download .txt</p>')).toEqual([]);
  expect(hostNamed('sellercentral.amazon.com/gp/help')).toBe('sellercentral.amazon.com');
  expect(hostNamed('https://www.amazon.com/report/infringement')).toBe('www.amazon.com');
  expect(hostNamed('seller-performance@amazon.com')).toBe('amazon.com');
  expect(hostNamed('Reactivate your account')).toBeNull();
});
