import { describe, expect, it } from 'vitest';
import { applyOptions, blockKeys, blockProblems, evidenceStateKey, listedAttachments, optionStateKey, resolveLetter, type LetterExtras } from '../../src/lib/letter-blocks';
import { malformedPlaceholders, placeholderKeys } from '../../src/lib/letter';

const extras: LetterExtras = {
  options: [
    { key: 'police', default: true },
    { key: 'left', default: false },
  ],
  attachments: [
    { id: 'invoices', text: 'Supplier invoices', required: true },
    { id: 'photos', text: 'Photos of the packaging', required: false },
  ],
};
const source = 'Dear team,\n\n{{#police}}\nWe reported it on {{police_date}}.\n{{/police}}\n\n{{#left}}\nThe employee left.\n{{/left}}\n\n## Attachments\n{{@attachments}}\n\nRegards';

describe('optional blocks and the attachments list', () => {
  it('keeps blocks by their default and lists required attachments', () => {
    expect(resolveLetter(source, extras, {})).toBe('Dear team,\n\nWe reported it on {{police_date}}.\n\n## Attachments\n- Supplier invoices\n\nRegards');
  });
  it("follows the reader's switches and ticks", () => {
    const values = { [optionStateKey('police')]: '0', [optionStateKey('left')]: '1', [evidenceStateKey('photos')]: '1' };
    expect(resolveLetter(source, extras, values)).toBe('Dear team,\n\nThe employee left.\n\n## Attachments\n- Supplier invoices\n- Photos of the packaging\n\nRegards');
    expect(resolveLetter(source, extras, new Map(Object.entries(values)))).toContain('The employee left.');
  });
  it('drops the placeholders of a removed block from the letter', () => {
    expect(placeholderKeys(resolveLetter(source, extras, { '#police': '0' }))).toEqual([]);
    expect(placeholderKeys(resolveLetter(source, extras, {}))).toEqual(['police_date']);
  });
  it('lists optional attachments only when ticked', () => {
    expect(listedAttachments(extras.attachments!, {}).map((a) => a.id)).toEqual(['invoices']);
  });
  it('treats markers as well formed and finds their keys', () => {
    expect(malformedPlaceholders(source)).toEqual([]);
    expect(blockKeys(source)).toEqual(['police', 'left']);
    expect(blockProblems(source)).toEqual([]);
  });
  it('reports unbalanced, nested and inline markers', () => {
    expect(blockProblems('{{#a}}\ntext')).toEqual(['{{#a}} is never closed with {{/a}}']);
    expect(blockProblems('{{/a}}')).toEqual(['{{/a}} has no matching {{#a}}']);
    expect(blockProblems('{{#a}}\n{{#b}}\n{{/b}}\n{{/a}}')[0]).toMatch(/cannot be nested/);
    expect(blockProblems('Text {{#a}} more')[0]).toMatch(/alone on its line/);
    expect(blockProblems('See {{@attachments}} below')[0]).toMatch(/alone on its line/);
    expect(blockProblems('{{#a}}\n## Root cause\n{{/a}}')).toEqual(['a heading cannot sit inside {{#a}}: an optional block holds lines within a section']);
  });
  it('applies options only, keeping the attachments line for later (what the builder edits)', () => {
    const applied = applyOptions(source, extras.options!, { '#police': '0' });
    expect(applied).toContain('{{@attachments}}');
    expect(applied).not.toMatch(/\{\{[#/]/);
    expect(resolveLetter(applied, extras, { '#police': '0' })).toBe(resolveLetter(source, extras, { '#police': '0' }));
  });
});
