/** The reader's rewrites (src/lib/letter-edits.ts) on every real template and on small letters written out here. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/read-content';
import { fillLetter } from '../../src/lib/letter';
import { optionStateKey, resolveLetter } from '../../src/lib/letter-blocks';
import {
  changeRun,
  editedSource,
  letterUnits,
  noEdits,
  parseEdits,
  serializeEdits,
  setUnit,
  splitSentences,
  splitTagged,
  untag,
} from '../../src/lib/letter-edits';
import { placeholderSpecs } from '../../src/lib/placeholders';

const templates = readContent().content.templates.map((t) => t.data);

describe('every template', () => {
  it.each(templates.map((t) => [t.slug, t] as const))(
    '%s: no edits give the template letter, tags removed give it too, every unit found',
    (_slug, t) => {
      for (const letter of [t.letter, ...(t.compliant ? [t.compliant.letter] : [])]) {
        expect(editedSource(letter, noEdits())).toBe(letter);
        expect(untag(editedSource(letter, noEdits(), true))).toBe(letter);
        const units = letterUnits(letter);
        expect(units.length).toBeGreaterThan(2);
        expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
      }
    },
  );
});

const LETTER = [
  'Dear Seller Performance Team,',
  '',
  'We are {{store_name}}. We sell quilts in the U.S. and ship within 2 days.',
  '',
  '## Root cause',
  '',
  '1. A carrier missed pickups.',
  '{{#late}}',
  '2. Our warehouse closed on {{closed_on}}.',
  '{{/late}}',
  '3. Nobody checked tracking.',
  '',
  '## Attachments',
  '',
  '{{@attachments}}',
  '',
  'Sincerely,',
  '{{seller_name}}',
].join('\n');
const specs = placeholderSpecs([
  { key: 'store_name', label: { zh: '店', en: 'Store name' }, example: 'Acme', kind: 'text' },
  { key: 'closed_on', label: { zh: '日', en: 'Closed on' }, example: '2025-01-02', kind: 'date' },
  { key: 'seller_name', label: { zh: '名', en: 'Seller name' }, example: 'Li', kind: 'text' },
]);
const extras = { options: [{ key: 'late', default: false }], attachments: [{ id: 'a', text: 'Carrier letter', required: true }] };
const letterOf = (edits = noEdits(), values: Record<string, string> = {}) =>
  fillLetter(resolveLetter(editedSource(LETTER, edits), extras, values), specs, values);

describe('units', () => {
  it('splits sentences without losing a character, and not after abbreviations', () => {
    const line = 'We are {{store_name}}. We sell in the U.S. and e.g. Canada. Done!  Next one.';
    const parts = splitSentences(line);
    expect(parts.map((p) => p.text + p.sep).join('')).toBe(line);
    expect(parts.map((p) => p.text)).toEqual(['We are {{store_name}}.', 'We sell in the U.S. and e.g. Canada.', 'Done!', 'Next one.']);
  });
  it('are sentences of text lines and points of lists; headings, markers, attachments and field-only lines are not units', () => {
    const units = letterUnits(LETTER);
    expect(units.map((u) => u.id)).toEqual(['L0', 'L2.0', 'L2.1', 'L6', 'L8', 'L10', 'L16']);
    expect(units.filter((u) => u.point).map((u) => u.run)).toEqual(['R6', 'R6', 'R6']);
  });
});

describe('rewriting', () => {
  it('puts the rewrite in place; its placeholders still fill; restoring gives the site text back', () => {
    const edits = noEdits();
    setUnit(edits, 'L2.1', 'We sell quilts in the U.S. and ship within 2 days.', 'Our store {{store_name}} ships\nquilts from Ohio.');
    const text = letterOf(edits, { store_name: 'Zephyr' });
    expect(text).toContain('We are Zephyr. Our store Zephyr ships quilts from Ohio.\n');
    setUnit(edits, 'L2.1', 'We sell quilts in the U.S. and ship within 2 days.', 'We sell quilts in the U.S. and ship within 2 days.');
    expect(edits.text.size).toBe(0);
    expect(letterOf(edits)).toBe(letterOf());
  });

  it('moves, removes and adds points within their list, renumbered, a point from an optional block keeping its switch', () => {
    const edits = noEdits();
    expect(letterOf(edits)).toContain('1. A carrier missed pickups.\n2. Nobody checked tracking.');
    expect(changeRun(LETTER, edits, 'R6', 'L10', 'up')).toBe('L10');
    expect(letterOf(edits)).toContain('1. A carrier missed pickups.\n2. Nobody checked tracking.');
    expect(letterOf(edits, { [optionStateKey('late')]: '1' })).toContain(
      '1. A carrier missed pickups.\n2. Nobody checked tracking.\n3. Our warehouse closed on [Closed on].',
    );
    const added = changeRun(LETTER, edits, 'R6', 'L6', 'add');
    expect(added).toBe('N1');
    setUnit(edits, 'N1', '', 'We had no backup carrier.');
    expect(letterOf(edits)).toContain('1. A carrier missed pickups.\n2. We had no backup carrier.\n3. Nobody checked tracking.');
    changeRun(LETTER, edits, 'R6', 'L6', 'remove');
    expect(letterOf(edits)).toContain('Root cause\n\n1. We had no backup carrier.\n2. Nobody checked tracking.\n\nAttachments');
    expect(letterOf(edits)).toContain('- Carrier letter');
  });

  it('round-trips through storage, and drops what does not fit the template', () => {
    const edits = noEdits();
    setUnit(edits, 'L0', 'Dear Seller Performance Team,', 'Dear Team,');
    changeRun(LETTER, edits, 'R6', 'L6', 'add');
    setUnit(edits, 'N1', '', 'New point.');
    const back = parseEdits(serializeEdits(edits), LETTER);
    expect(letterOf(back)).toBe(letterOf(edits));
    expect(serializeEdits(noEdits())).toBe('');
    // The site changed the sentence since: the old rewrite is not put in its place.
    expect(parseEdits(JSON.stringify({ t: { L0: ['Dear Old Team,', 'Hi'] } }), LETTER).text.size).toBe(0);
    for (const junk of [
      '{',
      'null',
      '[]',
      '{"t":{"L0":"x"}}',
      '{"t":{"__proto__":["a","b"]},"o":{"R6":["L0","constructor",7]}}',
      '{"o":{"R6":"L6"}}',
    ])
      expect(letterOf(parseEdits(junk, LETTER))).toBe(letterOf());
    const long = parseEdits(JSON.stringify({ t: { L0: ['Dear Seller Performance Team,', 'x'.repeat(30_000)] } }), LETTER);
    expect(long.text.get('L0')![1]).toHaveLength(2000);
  });

  it('tags each unit for painting, and the tags split back to pieces', () => {
    const tagged = editedSource(LETTER, noEdits(), true);
    const line = tagged.split('\n')[2]!;
    const { pieces, open } = splitTagged(line);
    expect(pieces).toEqual([
      { text: 'We are {{store_name}}.', unit: 'L2.0' },
      { text: ' ', unit: undefined },
      { text: 'We sell quilts in the U.S. and ship within 2 days.', unit: 'L2.1' },
    ]);
    expect(open).toBeUndefined();
    // An empty unit (a point just added) still has its piece.
    expect(splitTagged('2. \uE000N1\uE002\uE001').pieces).toEqual([
      { text: '2. ', unit: undefined },
      { text: '', unit: 'N1' },
    ]);
    // A rewrite cannot smuggle tags in.
    const edits = noEdits();
    setUnit(edits, 'L0', 'Dear Seller Performance Team,', 'Hi \uE001\uE000X\uE002 there');
    expect(untag(editedSource(LETTER, edits, true)).split('\n')[0]).toBe('Hi X there');
  });
});
