import { readContent } from '../../scripts/read-content';
import { describe, expect, it } from 'vitest';
import { fillLetter } from '../../src/lib/letter';
import { applyOptions, optionStateKey, resolveLetter } from '../../src/lib/letter-blocks';
import { letterExtras, placeholderSpecs } from '../../src/lib/placeholders';
import { assemblePoa, attachmentsAnswer, isBuildable, parsePoa, partOf, poaAnswers, rebasePoa, rebasePoints } from '../../src/lib/poa';

const SOURCE = `Dear team,

We fell short.

## Root cause

Our only agent was on leave, so {{claim_count}} claims went unanswered.

## Actions we have taken

- Refunded both buyers.
- Hired a second agent.

## Plan of Action

We are taking these steps:

1. Answer within {{hours}} hours.
2. Check metrics daily,
   every morning.

We apologize.

Sincerely,
{{seller_name}}`;

describe('parsePoa', () => {
  const letter = parsePoa(SOURCE);
  it('finds the opening, the three parts and the closing', () => {
    expect(letter.opening).toEqual(['Dear team,', '', 'We fell short.']);
    expect(letter.sections.map((s) => [s.heading, s.part, s.style])).toEqual([
      ['Root cause', 'root-cause', 'paragraphs'],
      ['Actions we have taken', 'actions-taken', 'bullets'],
      ['Plan of Action', 'prevention', 'numbered'],
    ]);
    expect(letter.sections[2]!.intro).toEqual(['We are taking these steps:']);
    expect(letter.sections[2]!.points).toEqual(['Answer within {{hours}} hours.', 'Check metrics daily, every morning.']);
    expect(letter.closing).toEqual(['We apologize.', '', 'Sincerely,', '{{seller_name}}']);
  });

  it('classifies headings, preferring prevention for corrective-and-preventive', () => {
    expect(partOf('Root causes')).toBe('root-cause');
    expect(partOf('What I have done since receiving the complaint')).toBe('actions-taken');
    expect(partOf('Corrective and preventive measures')).toBe('prevention');
    expect(partOf('Contact information of the third party')).toBeNull();
  });
});

describe('assemblePoa', () => {
  it('writes back the edited points: rewritten, reordered, removed, added', () => {
    const letter = parsePoa(SOURCE);
    const prevention = letter.sections[2]!;
    prevention.points = ['Check metrics daily.', 'Answer within {{hours}} hours.', 'Train new staff on policy.'];
    letter.sections[1]!.points = ['Hired a second agent.'];
    const text = assemblePoa(letter);
    expect(text).toContain('## Actions we have taken\n\n- Hired a second agent.\n\n## Plan of Action');
    expect(text).toContain(
      'We are taking these steps:\n\n1. Check metrics daily.\n2. Answer within {{hours}} hours.\n3. Train new staff on policy.\n\nWe apologize.',
    );
  });

  it('drops a section whose points were all removed', () => {
    const letter = parsePoa(SOURCE);
    letter.sections[1]!.points = [' '];
    expect(assemblePoa(letter)).not.toContain('Actions we have taken');
  });
});

describe('poaAnswers', () => {
  it('gives one filled, numbered answer per part', () => {
    const answers = poaAnswers(parsePoa(SOURCE), (s) => s.replace('{{hours}}', '12').replace('{{claim_count}}', 'two'));
    expect(answers).toEqual([
      { part: 'root-cause', text: 'Our only agent was on leave, so two claims went unanswered.' },
      { part: 'actions-taken', text: '1. Refunded both buyers.\n2. Hired a second agent.' },
      { part: 'prevention', text: '1. Answer within 12 hours.\n2. Check metrics daily, every morning.' },
    ]);
  });
});

describe('rebasePoints: an option switched after the reader edited the points', () => {
  const before = ['A', 'B', 'C'];
  const after = ['A', 'B2', 'C', 'D'];

  it('takes the new points when the reader edited nothing', () => {
    expect(rebasePoints(before, before, after)).toEqual(after);
  });

  it("keeps the reader's edits, drops what the switch removed, inserts what it added after its neighbour", () => {
    // The reader moved C first, rewrote A and added a point of their own (X).
    expect(rebasePoints(before, ['C', 'A (rewritten)', 'B', 'X'], after)).toEqual(['B2', 'C', 'D', 'A (rewritten)', 'X']);
    expect(rebasePoints(before, ['A', 'B', 'C', 'X'], ['A', 'C'])).toEqual(['A', 'C', 'X']);
    expect(rebasePoints(['A', 'C'], ['A', 'C', 'X'], before)).toEqual(['A', 'B', 'C', 'X']);
  });

  it('keeps a point the reader rewrote even when the switch removed its original', () => {
    expect(rebasePoints(before, ['A', 'B (mine)', 'C'], ['A', 'C'])).toEqual(['A', 'B (mine)', 'C']);
  });

  it('does not bring back a point the reader removed', () => {
    expect(rebasePoints(before, ['A', 'C'], [...before, 'D'])).toEqual(['A', 'C', 'D']);
  });
});

describe('rebasePoa', () => {
  it('rebases each part by heading and takes other sections from the new letter', () => {
    const source = (extra: string) =>
      `Hi,\n\n## Root cause\n\n- One.\n${extra}\n## Actions we have taken\n\n- Fixed.\n\n## Attachments\n\n- ${extra ? 'Police report' : 'Invoices'}\n\nSincerely,`;
    const oldBase = parsePoa(source(''));
    const newBase = parsePoa(source('- Two.\n'));
    const edited = [['One, rewritten.'], ['Fixed.', 'Mine.'], oldBase.sections[2]!.points];
    expect(rebasePoa(oldBase, edited, newBase)).toEqual([['One, rewritten.', 'Two.'], ['Fixed.', 'Mine.'], newBase.sections[2]!.points]);
  });
});

describe('attachmentsAnswer', () => {
  it('numbers the attachments, one a line', () => {
    expect(attachmentsAnswer(['Supplier invoices', 'Letter of authorization'])).toBe('1. Supplier invoices\n2. Letter of authorization');
    expect(attachmentsAnswer([])).toBe('');
  });
});

describe('every appeal template', () => {
  // Read through the schemas, as the build reads them.
  const appeals = readContent()
    .content.templates.map((entry) => entry.data)
    .filter((t) => t.kind === 'appeal');

  it('exists', () => expect(appeals.length).toBeGreaterThan(10));

  for (const t of appeals) {
    it(`${t.slug}: survives a round trip through the builder unchanged, with its options at their defaults and all flipped`, () => {
      const specs = placeholderSpecs(t.placeholders);
      const examples = Object.fromEntries(t.placeholders.map((p: { key: string; example: string }) => [p.key, p.example]));
      const extras = letterExtras(t);
      const flipped = Object.fromEntries((extras.options ?? []).map((o) => [optionStateKey(o.key), o.default ? '0' : '1']));
      for (const switches of [{}, flipped]) {
        // What the island does: the builder edits the letter with options applied; the attachments are listed after.
        const letter = parsePoa(applyOptions(t.letter, extras.options ?? [], switches));
        const normalise = (s: string) =>
          fillLetter(resolveLetter(s, extras, switches), specs, examples)
            .replace(/[ \t]+\n/g, '\n')
            .replace(/\n{3,}/g, '\n\n')
            .trim();
        if (isBuildable(letter)) expect(normalise(assemblePoa(letter))).toBe(normalise(t.letter));
      }
    });
  }
});
