import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fillLetter } from '../../src/lib/letter';
import { resolveLetter } from '../../src/lib/letter-blocks';
import { letterExtras, placeholderSpecs } from '../../src/lib/placeholders';
import { assemblePoa, isBuildable, parsePoa, partOf, poaAnswers } from '../../src/lib/poa';

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
    expect(text).toContain('We are taking these steps:\n\n1. Check metrics daily.\n2. Answer within {{hours}} hours.\n3. Train new staff on policy.\n\nWe apologize.');
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

describe('every appeal template', () => {
  const dir = 'content/templates';
  const appeals = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(`${dir}/${f}`, 'utf8')))
    .filter((t) => t.kind === 'appeal');

  it('exists', () => expect(appeals.length).toBeGreaterThan(10));

  for (const t of appeals) {
    it(`${t.slug}: survives a round trip through the builder unchanged`, () => {
      const specs = placeholderSpecs(t.placeholders);
      const values = Object.fromEntries(t.placeholders.map((p: { key: string; example: string }) => [p.key, p.example]));
      // The builder works on the letter as it will be sent: optional blocks resolved with their defaults.
      const source = resolveLetter(t.letter, letterExtras(t), {});
      const letter = parsePoa(source);
      const normalise = (s: string) => fillLetter(s, specs, values).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
      if (isBuildable(letter)) expect(normalise(assemblePoa(letter))).toBe(normalise(source));
    });
  }
});
