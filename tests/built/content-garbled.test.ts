/**
 * The sources are full of OCR and typing damage. None of it may reach a reader: these checks read every built
 * page's readable text (scripts, styles and <code> excluded — the placeholder table shows {{keys}} in <code> on
 * purpose) and fail on the known damage, on unrendered template syntax and on leaked JavaScript values.
 */
import { expect, test } from 'vitest';
import { elementWith, elementsWith, htmlFiles, readDist, readableText } from '../support/dist';

/** Damage found in the seed articles, matched literally (case-sensitive). */
const KNOWN_DAMAGE = [
  // Named in the content brief.
  'deions',
  'r eivew',
  'within12',
  'Amazon, com',
  'amazon .com',
  '<1%.<',
  '< span',
  'an 11 of products',
  'inchudes',
  'lmited',
  'centarl',
  'leam more',
  'amazoncom',
  'moreinformed',
  'ourperformance',
  'Chinafocusing',
  '(写自已的',
  'fewsuggestion',
  'Thanksso',
  'CouldI',
  'Wehave',
  'Weare',
  // Found by grepping the seeds for more.
  'Amazon. com',
  'amazon .co',
  'sellercentral amazon',
  'customer -experience',
  'paymentsaccount',
  'settlement.summary',
  'toVerify',
  'withoutauthorization',
  'followingASIN',
  'productsto',
  'willcomplete',
  'ourinadequate',
  'tradeand',
  'immediatelyandmake',
  'stillhave',
  'Thanksforyourmessage',
  'otherissues',
  'voilation',
  'seller suppor ',
  'metri cs',
  'A~z',
  'pasts confused',
  'too mit',
  'incaution',
  'my wen store',
  'the rube ',
  'We are receiving your account',
  'target of <1%',
  'target of<1%',
  'span=""',
  'qq號',
  'qq郵箱',
  '冻洁',
  '自己取名',
  '自身取名',
  '(写自己的',
  '写自己的 ASIN',
  '(产品名',
  '(店铺名',
  '店铺名)',
  '(数量)',
  '(总数)',
  'Mr. ....',
  'the......',
  'XXXX',
  'xx/xx/',
  'BXXXXXXX',
  '"Condition Guidelines"ete',
  'reply them within',
  'Legal on behalf of " A "',
  '" A "',
  '" A\'s "',
];

/** Damage and leaks that need a pattern. */
const DAMAGE_PATTERNS: [RegExp, string][] = [
  [/inabilit(?!y)/, 'truncated "inability"'],
  [/\{\{|\}\}/, 'template syntax left unrendered'],
  [/\bundefined\b/, 'a JavaScript undefined'],
  [/\[object Object\]/, 'a JavaScript object'],
  [/\bNaN\b/, 'a JavaScript NaN'],
  [/[a-z]{3,}[.,;!?][A-Z][a-z]{2,}/, 'two sentences run together without a space'],
  [/\b[a-z]{3,}[A-Z][a-z]{2,}\b/, 'two words run together'],
  [/_{3,}|—{3,}|-{5,}/, 'a blank left from the source (___ or ———)'],
  [/&(?:amp|lt|gt|quot|#\d+);/, 'an HTML entity escaped twice'],
  [/\bA-Z (?:guarantee|claim)/i, "A-Z for Amazon's A-to-z Guarantee"],
];

/** CJK characters and full-width punctuation: never inside the English letter or its subject line. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const pages = htmlFiles();

test('the built site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(100);
});

test('no page shows damage from the sources, unrendered placeholders or leaked script values', () => {
  const problems: string[] = [];
  for (const file of pages) {
    const text = readableText(readDist(file));
    for (const damage of KNOWN_DAMAGE) {
      const at = text.indexOf(damage);
      if (at >= 0) problems.push(`${file}: "${damage}" in …${text.slice(Math.max(0, at - 40), at + damage.length + 40).trim()}…`);
    }
    for (const [pattern, what] of DAMAGE_PATTERNS) {
      const match = pattern.exec(text);
      if (match)
        problems.push(`${file}: ${what}: …${text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).trim()}…`);
    }
  }
  expect(problems).toEqual([]);
});

test('English letters and subject lines contain no Chinese characters or full-width punctuation', () => {
  const problems: string[] = [];
  for (const file of pages.filter((f) => /(^|\/)templates\/[^/]+\/index\.html$/.test(f))) {
    const html = readDist(file);
    const parts = {
      letter: elementWith(html, 'data-static-letter'),
      subject: elementWith(html, 'data-subject'),
      compliant: elementWith(html, 'data-compliant'),
    };
    expect(parts.letter, `${file} has a letter`).not.toBe('');
    for (const [name, part] of Object.entries(parts)) {
      // The compliant card carries a heading and labels in the page language; only its English parts are checked.
      const text = readableText(name === 'compliant' ? elementsWith(part, 'lang="en"').join('\n') : part);
      const match = CJK.exec(text);
      if (match) problems.push(`${file} ${name}: "${text.slice(Math.max(0, match.index - 30), match.index + 30).trim()}"`);
    }
  }
  expect(problems).toEqual([]);
});
