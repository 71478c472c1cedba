/**
 * Bad content, one rule at a time: each case breaks a copy of the project (a folder holding content/) and names what
 * the failure must say (the file, the field, what is wrong). The build (tests/built/content-gate.test.ts) and
 * scripts/validate-content.ts (tests/unit/validate-content.test.ts) must both fail on every case, saying so.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEMPLATE = 'content/templates/odr-a-to-z-vacation.yaml';

/** Replaces text in a file of the copy; throws when the text is gone, so a content edit cannot make a case pass vacuously. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture out of date: ${String(from)} not found in ${file}`);
  writeFileSync(path, after);
}

export interface BadContentCase {
  rule: string;
  breakIt: (dir: string) => void;
  /** Every pattern must appear in what the failure prints: the file, the field, what is wrong. */
  expected: RegExp[];
}

export const BAD_CONTENT_CASES: BadContentCase[] = [
  {
    rule: 'placeholder used but not declared',
    breakIt: (d) => edit(d, TEMPLATE, /^letter: \|\n/m, 'letter: |\n  Dear {{undeclared_key}},\n'),
    expected: [/content\/templates\/odr-a-to-z-vacation\.yaml → letter: placeholder \{\{undeclared_key\}\} is used but not declared/],
  },
  {
    rule: 'placeholder declared but unused',
    breakIt: (d) =>
      edit(
        d,
        TEMPLATE,
        /^placeholders:\n/m,
        'placeholders:\n  - key: never_used\n    label: { zh: 未使用, en: Unused }\n    example: x\n    kind: text\n',
      ),
    expected: [/content\/templates\/odr-a-to-z-vacation\.yaml → placeholders: placeholder "never_used" is declared but not used/],
  },
  {
    rule: 'missing Chinese text',
    breakIt: (d) => edit(d, TEMPLATE, /^title:\n {2}zh: .*$/m, 'title:\n  zh: ""'),
    expected: [/odr-a-to-z-vacation/, /title\.zh: Chinese \(zh\) text is empty/, /content\/templates\/odr-a-to-z-vacation\.yaml/],
  },
  {
    rule: 'missing English text',
    breakIt: (d) => edit(d, 'content/categories.yaml', /^(account-health:\n {2}name: \{ zh: [^,]+), en: [^}]+\}/m, '$1 }'),
    expected: [/account-health/, /name\.en/, /content\/categories\.yaml/],
  },
  {
    rule: 'duplicate slug',
    breakIt: (d) => copyFileSync(join(d, TEMPLATE), join(d, 'content/templates/odr-copy.yaml')),
    expected: [
      /content\/templates\/odr-copy\.yaml → slug: duplicate slug "odr-a-to-z-vacation" \(also used by content\/templates\/odr-a-to-z-vacation\.yaml\)/,
    ],
  },
  {
    rule: 'unknown source file',
    breakIt: (d) => edit(d, TEMPLATE, /^sources: \[/m, 'sources: [no-such-source.txt, '),
    expected: [/content\/templates\/odr-a-to-z-vacation\.yaml → sources: unknown source file "no-such-source\.txt"/],
  },
  {
    rule: 'invalid e-mail address',
    breakIt: (d) =>
      edit(d, 'content/contacts.yaml', /^(seller-performance-us:\n(?: {2}.*\n)*? {2}email: ).*$/m, '$1seller-performance at amazon.com'),
    expected: [/content\/contacts\.yaml → seller-performance-us\.email: "seller-performance at amazon\.com" is not a valid e-mail address/],
  },
  {
    rule: 'unknown marketplace',
    breakIt: (d) => edit(d, 'content/contacts.yaml', /^(seller-performance-ca:\n(?: {2}.*\n)*? {2}marketplace: ).*$/m, '$1XX'),
    expected: [/seller-performance-ca/, /marketplace: Invalid option/, /content\/contacts\.yaml/],
  },
  {
    rule: 'unknown category',
    breakIt: (d) => edit(d, TEMPLATE, /^category: .*$/m, 'category: no-such-category'),
    expected: [/content\/templates\/odr-a-to-z-vacation\.yaml → category: unknown category "no-such-category"/],
  },
  {
    rule: 'related link to a missing template',
    breakIt: (d) => edit(d, TEMPLATE, /^related: \[/m, 'related: [no-such-template, '),
    expected: [/content\/templates\/odr-a-to-z-vacation\.yaml → related: links to a missing template "no-such-template"/],
  },
  {
    rule: 'appeal sent to a mailbox of another purpose',
    breakIt: (d) => edit(d, TEMPLATE, /^guides: \[/m, 'sendTo: [ip-complaints-us]\nguides: ['),
    expected: [
      /content\/templates\/odr-a-to-z-vacation\.yaml → sendTo: "ip-complaints-us" is an address for ip-complaints, which takes no appeal letters/,
    ],
  },
  {
    rule: 'situation linking to a page that does not exist',
    breakIt: (d) => edit(d, 'content/situations.yaml', /^( {2}target: \/)triage\/odr\/$/m, '$1templates/no-such-template/'),
    expected: [/content\/situations\.yaml → odr\.target: links to a missing page "\/templates\/no-such-template\/"/],
  },
  {
    rule: 'missing explainer file',
    breakIt: (d) => rmSync(join(d, 'content/templates/odr-a-to-z-vacation.en.mdx')),
    expected: [
      /content\/templates\/odr-a-to-z-vacation\.yaml: missing en explainer: create content\/templates\/odr-a-to-z-vacation\.en\.mdx/,
    ],
  },
  {
    rule: 'malformed YAML',
    breakIt: (d) => edit(d, TEMPLATE, /^kind: (.*)$/m, 'kind: [$1'),
    expected: [/content\/templates\/odr-a-to-z-vacation\.yaml/, /failed to parse/],
  },
];
