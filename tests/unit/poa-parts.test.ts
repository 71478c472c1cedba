/**
 * One Plan-of-Action part reader (issue 25 item 5): every heading is read once, by src/lib/poa-parts.ts, and the
 * builder, the checker's missing-part rule, the per-part summary, the answers per part and the gates all agree.
 */
import { describe, expect, it } from 'vitest';
import { appealGateFailures } from '../../src/lib/appeal-gates';
import { checkLetter, findingsByPart } from '../../src/lib/checker';
import { ATTACHMENTS_MARKER } from '../../src/lib/letter-blocks';
import { parsePoa, poaAnswers } from '../../src/lib/poa';
import { findPoaParts, MIN_PART_WORDS, missingParts, partOf, partsOf } from '../../src/lib/poa-parts';

// Headings sellers and consultants really use, with the parts each introduces (the last is where its points go).
const HEADINGS: [heading: string, parts: string[]][] = [
  ['Root causes', ['root-cause']],
  ['Root cause analysis', ['root-cause']],
  ['What happened and why', ['root-cause']],
  ['Why it happened', ['root-cause']],
  ['Reasons for the late shipments', ['root-cause']],
  ['What went wrong', ['root-cause']],
  ['Actions we have already taken', ['actions-taken']],
  ['Immediate actions', ['actions-taken']],
  ['Corrective actions', ['actions-taken']],
  ['What we have done', ['actions-taken']],
  ['What I have done since receiving the complaint', ['actions-taken']],
  ['Preventive measures', ['prevention']],
  ['Steps taken to prevent recurrence', ['prevention']],
  ['Long-term plan', ['prevention']],
  ['Going forward', ['prevention']],
  ['Measures for the future', ['prevention']],
  ['Corrective and preventive actions', ['actions-taken', 'prevention']],
  ['Corrective and preventive measures', ['actions-taken', 'prevention']],
  ['Actions taken and preventive measures', ['actions-taken', 'prevention']],
  ['Root cause and corrective actions', ['root-cause', 'actions-taken']],
  ['Attachments', []],
  ['Contact information of the third party', []],
];

describe('partsOf / partOf', () => {
  for (const [heading, parts] of HEADINGS) {
    it(`reads "${heading}" as ${parts.join(' + ') || 'no part'}`, () => {
      expect(partsOf(heading)).toEqual(parts);
      expect(partOf(heading)).toBe(parts.at(-1) ?? null);
    });
  }
});

/** A letter in the template syntax (## headings) with one ambiguous heading, and the same letter as plain lines. */
const SOURCE = `Dear Seller Performance Team,

## What happened and why

Two parcels left without tracking because our packer used the wrong label printer.

## Corrective and preventive actions

1. We refunded both buyers on 3 March 2026.
2. The shipping lead checks every label against the order before pickup.

Sincerely,
Li Wei`;
const LINES = SOURCE.split('\n').map((line) => line.replace(/^## /, ''));
const HEADING_LINES = SOURCE.split('\n').flatMap((line, index) => (line.startsWith('## ') ? [index] : []));

describe('one reading everywhere', () => {
  it('the builder files a section under partOf its heading, and its answers follow', () => {
    const letter = parsePoa(SOURCE);
    expect(letter.sections.map((s) => s.part)).toEqual(['root-cause', 'prevention']);
    const answers = Object.fromEntries(poaAnswers(letter, (text) => text).map((a) => [a.part, a.text]));
    expect(answers['prevention']).toContain('shipping lead');
    expect(answers['actions-taken']).toBe('');
  });

  it('the missing-part rule and the gates count a two-part heading for both parts', () => {
    expect([...findPoaParts(LINES, HEADING_LINES).keys()]).toEqual(['root-cause', 'actions-taken', 'prevention']);
    expect(missingParts(LINES, HEADING_LINES)).toEqual([]);
    const rules = checkLetter({ lines: LINES, headings: HEADING_LINES, emptyKeys: [], kind: 'appeal' }).map((f) => f.rule);
    expect(rules).not.toContain('poa-part-missing');
    const gates = appealGateFailures(
      {
        slug: 'x',
        kind: 'appeal',
        letter: `${SOURCE}\n\n${ATTACHMENTS_MARKER}`,
        translationZh: ATTACHMENTS_MARKER,
        evidence: [{ id: 'a', label: { zh: '发票', en: 'Invoices' }, required: true }],
      },
      { contactPurpose: {}, purposeAccepts: {} },
    );
    // This letter is all fixed wording with no guide: only the part gate is in question here.
    expect(gates.filter((g) => g.gate === 'poa-parts')).toEqual([]);
  });

  it('the per-part summary files a finding under the same part as the builder', () => {
    const lines = [...LINES.slice(0, 8), 'We will try our best.', ...LINES.slice(8)];
    const findings = checkLetter({ lines, headings: HEADING_LINES, emptyKeys: [], kind: 'appeal' });
    const counts = findingsByPart(
      findings.filter((f) => f.rule === 'vague-promise'),
      lines,
      HEADING_LINES,
    );
    expect(counts).toMatchObject({ 'root-cause': 0, 'actions-taken': 0, prevention: 1 });
  });

  it(`counts a part as missing below ${MIN_PART_WORDS} words`, () => {
    const short = [
      'Root causes',
      'Late labels.',
      'Actions we have already taken',
      'We refunded both buyers on 3 March 2026.',
      'Preventive measures',
      'The shipping lead checks every label.',
    ];
    expect(missingParts(short, [0, 2, 4]).map((p) => p.id)).toEqual(['root-cause']);
  });
});
