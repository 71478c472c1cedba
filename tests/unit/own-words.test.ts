/** The own-words meter's count (src/lib/own-words.ts) on a small letter written out here and on every appeal. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/read-content';
import { resolveLetter } from '../../src/lib/letter-blocks';
import { editedSource, letterUnits, noEdits, setUnit } from '../../src/lib/letter-edits';
import { letterShare } from '../../src/lib/letter-share';
import { ownWords } from '../../src/lib/own-words';
import { letterExtras } from '../../src/lib/placeholders';

const LETTER = [
  'Dear Team,',
  '',
  'Our store {{store_name}} was suspended. We found two causes.',
  '',
  '## Root cause',
  '',
  '1. Our packer used thin boxes for {{product}}.',
  '2. Nobody checked the returns.',
  '',
  'Sincerely,',
  '{{seller_name}}',
].join('\n');
const examples = { store_name: 'Acme', product: 'lamps', seller_name: 'Li' };

describe('ownWords', () => {
  it('counts nothing as own while values equal the examples and no sentence is rewritten; every unit with fixed words is highlighted', () => {
    const own = ownWords(editedSource(LETTER, noEdits(), true), new Set(), examples, examples);
    expect(own.percent).toBe(0);
    expect(own.fixedPercent).toBeGreaterThan(80);
    expect([...own.fixedUnits].sort()).toEqual(['L2.0', 'L2.1', 'L6', 'L7']);
    expect(own.parts.map((p) => p.part)).toEqual(['what-happened', 'root-cause']);
  });

  it('counts a value of the reader’s own and a rewritten sentence, and only that sentence of its line', () => {
    const edits = noEdits();
    setUnit(edits, 'L2.1', 'We found two causes.', 'On 3 March 2026 our scanner failed and 40 orders shipped late.');
    const values = { ...examples, product: 'walnut desk lamps' };
    const own = ownWords(editedSource(LETTER, edits, true), new Set(['L2.1']), values, examples);
    expect(own.fixedUnits.has('L2.1')).toBe(false);
    expect(own.fixedUnits.has('L2.0')).toBe(true);
    // L6 holds the reader's value: not word for word the site's any more.
    expect(own.fixedUnits.has('L6')).toBe(false);
    // The counts agree with letter-share on the same lines, the rewritten sentence on its own line.
    const share = letterShare({
      lines: [
        'Dear Team,',
        '',
        'Our store {{store_name}} was suspended.',
        'On 3 March 2026 our scanner failed and 40 orders shipped late.',
        '',
        '## Root cause',
        '',
        '1. Our packer used thin boxes for {{product}}.',
        '2. Nobody checked the returns.',
        '',
        'Sincerely,',
        '{{seller_name}}',
      ],
      values,
      examples,
      rewritten: new Set([3]),
    });
    expect(own.percent).toBe(share.body.ownPercent);
    expect(own.percent).toBeGreaterThan(30);
  });

  it('on every appeal filled with its examples: 0 % own, and the fixed share letter-share gives the whole letter', () => {
    const appeals = readContent()
      .content.templates.map((t) => t.data)
      .filter((t) => t.kind === 'appeal');
    expect(appeals.length).toBeGreaterThan(10);
    for (const t of appeals) {
      const values = Object.fromEntries(t.placeholders.map((p) => [p.key, p.example]));
      const resolved = resolveLetter(editedSource(t.letter, noEdits(), true), letterExtras(t), values);
      const own = ownWords(resolved, new Set(), values, values);
      const plain = letterShare({ lines: resolveLetter(t.letter, letterExtras(t), values).split('\n'), values, examples: values });
      expect(own.percent, t.slug).toBe(0);
      expect(own.fixedPercent, t.slug).toBe(plain.body.fixedPercent);
      expect(own.units.length, t.slug).toBeLessThanOrEqual(letterUnits(t.letter).length);
    }
  });
});
