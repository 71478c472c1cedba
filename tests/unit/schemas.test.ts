/** The schemas (src/schemas) as the build and scripts/validate-content.ts run them: every issue names the file, the field and what is wrong. */
import { describe, expect, it } from 'vitest';
import { fieldName, parseEntries, type RawEntry } from '../../src/schemas/parse';
import type { CollectionName } from '../../src/schemas/index';
import type { Problem } from '../../src/lib/validate';

const both = (text: string) => ({ zh: `${text}（中文）`, en: text });
const template = (overrides: Record<string, unknown> = {}) => ({
  slug: 'good',
  kind: 'appeal',
  category: 'account-health',
  title: { zh: '标题', en: 'Title' },
  summary: { zh: '摘要', en: 'Summary' },
  letter: 'Dear team,\n{{store_name}} sold {{asin}}.',
  translationZh: '{{store_name}} 卖了 {{asin}}。',
  placeholders: [{ key: 'store_name', label: { zh: '店铺', en: 'Store' }, example: 'Acme', kind: 'text' }],
  lastReviewed: new Date('2026-01-01'),
  ...overrides,
});
const contact = (overrides: Record<string, unknown> = {}) => ({
  purpose: 'seller-performance',
  marketplace: 'US',
  email: 'seller-performance@amazon.com',
  sources: ['000.txt'],
  status: 'historical-unverified',
  ...overrides,
});
const answer = (overrides: Record<string, unknown> = {}) => ({
  title: both('Answer'),
  route: { label: both('Route'), text: both('Do this.') },
  steps: [both('Step')],
  ...overrides,
});

/** The problems one entry gives, as `file field message` lines. */
function problemsOf(collection: CollectionName, entry: RawEntry): string[] {
  const problems: Problem[] = [];
  parseEntries(collection, [entry], problems);
  return problems.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`);
}
const templateProblems = (data: unknown) => problemsOf('templates', { id: 'good', filePath: 'content/templates/good.yaml', data });
const contactProblems = (data: unknown) => problemsOf('contacts', { id: 'seller-performance-us', filePath: 'content/contacts.yaml', data });
const triageProblems = (id: string, data: unknown) => problemsOf('triage', { id, filePath: 'content/triage.yaml', data });

describe('schemas: what a single entry must hold', () => {
  it('accepts a valid entry and fills the defaults', () => {
    const problems: Problem[] = [];
    const [parsed] = parseEntries('templates', [{ id: 'good', filePath: 'content/templates/good.yaml', data: template() }], problems);
    expect(problems).toEqual([]);
    expect(parsed?.data).toMatchObject({ options: [], evidence: [], sources: [], writtenForSite: false, related: [], sendTo: [] });
  });

  it('missing zh or en text', () => {
    expect(templateProblems(template({ title: { zh: '标题', en: ' ' } }))).toEqual([
      'content/templates/good.yaml title.en English (en) text is empty',
    ]);
    expect(triageProblems('ip-valid', answer({ deadlines: [{ zh: '查看通知里的期限。', en: ' ' }] }))).toEqual([
      'content/triage.yaml ip-valid.deadlines[0].en English (en) text is empty',
    ]);
  });

  it('missing title, label or example', () => {
    const { title: _, ...untitled } = template();
    expect(templateProblems(untitled)).toEqual(['content/templates/good.yaml title Invalid input: expected object, received undefined']);
    const placeholder = { key: 'store_name', label: { zh: '店铺' }, example: ' ', kind: 'text' };
    expect(templateProblems(template({ placeholders: [placeholder] }))).toEqual([
      'content/templates/good.yaml placeholders[0].label.en Invalid input: expected string, received undefined',
      'content/templates/good.yaml placeholders[0].example placeholder has no example',
    ]);
  });

  it('blank translation', () => {
    expect(templateProblems(template({ translationZh: '  \n' }))).toEqual([
      'content/templates/good.yaml translationZh Chinese reference translation is missing',
    ]);
  });

  it('unknown template kind and placeholder kind', () => {
    const problems = templateProblems(
      template({ kind: 'complaint', placeholders: [{ key: 'store_name', label: both('Store'), example: 'Acme', kind: 'txt' }] }),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/templates\/good\.yaml kind Invalid option: expected one of "appeal"/);
    expect(problems[1]).toMatch(/^content\/templates\/good\.yaml placeholders\[0\]\.kind Invalid option: expected one of "text"/);
  });

  it('unknown marketplace', () => {
    expect(contactProblems(contact())).toEqual([]);
    expect(contactProblems(contact({ marketplace: 'BR' }))[0]).toMatch(
      /^content\/contacts\.yaml seller-performance-us\.marketplace Invalid option: expected one of "ALL"/,
    );
  });

  it('question with a single option', () => {
    const question = {
      title: both('IP'),
      order: 1,
      question: { text: both('Valid?'), options: [{ label: both('Yes'), next: 'ip-valid' }] },
    };
    expect(triageProblems('ip', question)).toEqual(['content/triage.yaml ip.question.options a question needs at least two options']);
  });

  it('a stray key in a bilingual text (an unquoted comma in YAML)', () => {
    expect(templateProblems(template({ summary: { zh: '摘要', en: 'When', ' then': null } }))).toEqual([
      'content/templates/good.yaml summary Unrecognized key: " then"',
    ]);
  });

  it('field names follow the issue path', () => {
    expect(fieldName(['placeholders', 0, 'label', 'zh'])).toBe('placeholders[0].label.zh');
    expect(fieldName([])).toBe('');
  });
});
