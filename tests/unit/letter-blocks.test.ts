import { describe, expect, it } from 'vitest';
import {
  applyOptions,
  blockKeys,
  blockProblems,
  chosenInGroup,
  evidenceStateKey,
  groupStateKey,
  listedAttachments,
  optionGroups,
  optionsOn,
  optionStateKey,
  resolveLetter,
  type LetterExtras,
} from '../../src/lib/letter-blocks';
import { fillLetter, malformedPlaceholders, placeholderKeys, type PlaceholderSpec } from '../../src/lib/letter';

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
const source =
  'Dear team,\n\n{{#police}}\nWe reported it on {{police_date}}.\n{{/police}}\n\n{{#left}}\nThe employee left.\n{{/left}}\n\n## Attachments\n{{@attachments}}\n\nRegards';

describe('optional blocks and the attachments list', () => {
  it('keeps blocks by their default and lists required attachments', () => {
    expect(resolveLetter(source, extras, {})).toBe(
      'Dear team,\n\nWe reported it on {{police_date}}.\n\n## Attachments\n- Supplier invoices\n\nRegards',
    );
  });
  it("follows the reader's switches and ticks", () => {
    const values = { [optionStateKey('police')]: '0', [optionStateKey('left')]: '1', [evidenceStateKey('photos')]: '1' };
    expect(resolveLetter(source, extras, values)).toBe(
      'Dear team,\n\nThe employee left.\n\n## Attachments\n- Supplier invoices\n- Photos of the packaging\n\nRegards',
    );
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
    expect(blockProblems('{{#a}}\n## Root cause\n{{/a}}')).toEqual([
      'a heading cannot sit inside {{#a}}: an optional block holds lines within a section',
    ]);
  });
  it('applies options only, keeping the attachments line for later (what the builder edits)', () => {
    const applied = applyOptions(source, extras.options!, { '#police': '0' });
    expect(applied).toContain('{{@attachments}}');
    expect(applied).not.toMatch(/\{\{[#/]/);
    expect(resolveLetter(applied, extras, { '#police': '0' })).toBe(resolveLetter(source, extras, { '#police': '0' }));
  });
});

describe('groups of alternatives and evidence listed with an option', () => {
  const grouped: LetterExtras = {
    options: [
      { key: 'holiday', default: false, group: 'cause' },
      { key: 'staff', default: true, group: 'cause' },
      { key: 'extra', default: false },
    ],
    attachments: [
      { id: 'orders', text: 'Order list', required: true },
      { id: 'rota', text: 'Holiday rota', required: false, when: 'holiday' },
      { id: 'contract', text: 'Staff contract', required: false, when: 'staff' },
    ],
  };
  const letter =
    '## Root causes\n{{#holiday}}\nNobody worked in the holiday.\n{{/holiday}}\n{{#staff}}\nOur agent left.\n{{/staff}}\n## Actions taken\n{{#holiday}}\nWe set a rota.\n{{/holiday}}\n{{#staff}}\nWe hired a second agent.\n{{/staff}}\n## Attachments\n{{@attachments}}';

  it('keeps exactly one alternative: the default until the reader chooses, in every block its key opens', () => {
    expect(resolveLetter(letter, grouped, {})).toBe(
      '## Root causes\nOur agent left.\n## Actions taken\nWe hired a second agent.\n## Attachments\n- Order list\n- Staff contract',
    );
    const chosen = resolveLetter(letter, grouped, { [groupStateKey('cause')]: 'holiday' });
    expect(chosen).toBe(
      '## Root causes\nNobody worked in the holiday.\n## Actions taken\nWe set a rota.\n## Attachments\n- Order list\n- Holiday rota',
    );
  });

  it('ignores per-option switches and unknown choices inside a group (never none, never two)', () => {
    expect([...optionsOn(grouped.options!, { '#holiday': '1', '#staff': '1' })]).toEqual(['staff']);
    expect([...optionsOn(grouped.options!, { [groupStateKey('cause')]: 'nonsense' })]).toEqual(['staff']);
    expect([...optionsOn(grouped.options!, { [groupStateKey('cause')]: 'extra' })]).toEqual(['staff']);
    expect([...optionsOn(grouped.options!, { [groupStateKey('cause')]: 'holiday', '#extra': '1' })]).toEqual(['extra', 'holiday']);
  });

  it('without a default, the first alternative is chosen', () => {
    const members = [
      { key: 'a', default: false, group: 'g' },
      { key: 'b', default: false, group: 'g' },
    ];
    expect(chosenInGroup(members, {})).toBe('a');
    expect(
      optionGroups([...members, { key: 'c', default: false }])
        .get('g')!
        .map((o) => o.key),
    ).toEqual(['a', 'b']);
  });

  it('lists an evidence item while its option is on, and when ticked', () => {
    expect(listedAttachments(grouped.attachments!, {}, grouped.options!).map((a) => a.id)).toEqual(['orders', 'contract']);
    expect(listedAttachments(grouped.attachments!, { '#cause': 'holiday' }, grouped.options!).map((a) => a.id)).toEqual(['orders', 'rota']);
    expect(listedAttachments(grouped.attachments!, { '@rota': '1' }, grouped.options!).map((a) => a.id)).toEqual([
      'orders',
      'rota',
      'contract',
    ]);
    expect(listedAttachments(grouped.attachments!, {}, new Set(['holiday'])).map((a) => a.id)).toEqual(['orders', 'rota']);
  });
});

describe('numbered points renumber when a block is switched off or a list expands', () => {
  const specs: PlaceholderSpec[] = [
    { key: 'causes', kind: 'list', marker: '[Causes]' },
    { key: 'note', kind: 'multiline', marker: '[Note]' },
  ];
  const extras2: LetterExtras = {
    options: [
      { key: 'a', default: false },
      { key: 'b', default: true },
    ],
  };
  const src =
    '## Root causes\n1. First.\n{{#a}}\n2. Only with a.\n{{/a}}\n3. Third.\n{{#b}}\n4. Only with b.\n{{/b}}\n## Actions taken\n1. {{causes}}\n2. Fixed after the list.\nA paragraph.\n5. A new list keeps its start.\n6. {{note}}\n7. Last.';
  const render = (values: Record<string, string>) => fillLetter(resolveLetter(src, extras2, values), specs, values);

  it('closes the gap a switched-off block leaves (no "1. 3. 4.")', () => {
    expect(render({ causes: 'x' })).toContain('1. First.\n2. Third.\n3. Only with b.\n');
    expect(render({ causes: 'x', '#a': '1', '#b': '0' })).toContain('1. First.\n2. Only with a.\n3. Third.\nActions taken');
  });

  it("counts on after a list value of several items; a paragraph ends the list; a value's second line does not", () => {
    const out = render({ causes: 'One\nTwo\nThree', note: 'Line one\nLine two' });
    expect(out).toContain(
      'Actions taken\n1. One\n2. Two\n3. Three\n4. Fixed after the list.\nA paragraph.\n5. A new list keeps its start.\n6. Line one\nLine two\n7. Last.',
    );
  });
});
