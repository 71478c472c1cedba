import { describe, expect, it } from 'vitest';
import { CHECKER_RULES, checkLetter, findingsByPart, findPoaParts, type CheckInput } from '../../src/lib/checker';

/** A sound Plan of Action: no rule should fire on it. */
const GOOD = `Dear Amazon Seller Performance Team,

We understand that our Order Defect Rate rose above 1% in March.

Root cause
Two buyers did not receive replies within 48 hours because our only support agent was on leave.

Actions we have taken
We refunded both buyers in full on March 12 and hired a second support agent.

Preventive measures
1. Two agents now share the inbox and answer every message within 12 hours, seven days a week.
2. Li Wei checks the Account Health dashboard every morning.

Sincerely,
Li Wei`;

const LINES = GOOD.split('\n');
/** Heading lines of GOOD, as the renderer would mark them. */
const headingsOf = (lines: string[]) =>
  lines.flatMap((line, i) => (/^(Root cause|Actions we have taken|Preventive measures)$/.test(line) ? [i] : []));
const input = (overrides: Partial<CheckInput> = {}): CheckInput => {
  const lines = overrides.lines ?? LINES;
  return { lines, headings: headingsOf(lines), emptyKeys: [], kind: 'appeal', ...overrides };
};
const rulesFired = (overrides: Partial<CheckInput>) => [...new Set(checkLetter(input(overrides)).map((f) => f.rule))];
const withLine = (line: string) => ({ lines: [...GOOD.split('\n').slice(0, 3), line, ...GOOD.split('\n').slice(3)] });

describe('checkLetter', () => {
  // The first check compiles every pattern: slow on a loaded machine, so this one gets time.
  it('finds nothing in a sound letter', () => {
    expect(checkLetter(input())).toEqual([]);
  }, 60_000);

  const filler = (paragraphs: number) =>
    Array(paragraphs)
      .fill(['', Array(100).fill('word').join(' ') + '.'])
      .flat();
  const unremedied = ['Dear Seller Performance Team,', '', 'We admit that we sold used units as new.', '', 'Sincerely,', 'Li Wei'];
  const invoices = [{ label: 'purchase invoices', words: ['invoice', 'invoices'] }];
  const cases: [rule: string, trigger: Partial<CheckInput>, pass: Partial<CheckInput>][] = [
    ['unfilled', { emptyKeys: ['store_name', 'asin'] }, { emptyKeys: [] }],
    ['poa-part-missing', { lines: GOOD.replace(/Actions we have taken\n.*\n/, '').split('\n') }, { kind: 'appeal' }],
    ['pleading', withLine('We beg you, this is our last hope!!'), withLine('We ask you to review our plan.')],
    [
      'bargaining',
      withLine('If you reinstate our account, we will hire a second agent.'),
      withLine('We hired a second agent on March 12.'),
    ],
    [
      'track-record',
      withLine('We have been selling on Amazon for 6 years with a 4.9 seller rating.'),
      withLine('Our Order Defect Rate was 1.8% on March 31.'),
    ],
    ['business-intro', withLine('Our company was founded in 2012 and has 200 employees.'), withLine('Two packers work in our warehouse.')],
    [
      'blame',
      withLine('This suspension is not our fault; the buyers lied about the parcel.'),
      withLine('We did not answer the buyers in time.'),
    ],
    [
      'ignorance-excuse',
      withLine('We were not aware of the policy.'),
      withLine('Our listing staff had not read the Condition Guidelines.'),
    ],
    [
      'threat',
      withLine('If the account is not reinstated within 48 hours, our lawyer will take legal action.'),
      withLine('We answer every message within 12 hours.'),
    ],
    ['vague-promise', withLine('We will try our best to improve our service.'), withLine('We will improve our reply time to 12 hours.')],
    [
      'unsupported-claim',
      withLine('Our team is serious and responsible about this.'),
      withLine('Our team keeps every invoice in a shared folder.'),
    ],
    ['admission-without-remedy', { lines: unremedied, headings: [] }, withLine('We admit that we sold used units as new.')],
    // Session 5 families (issue 20 item 8).
    [
      'asks-amazon',
      withLine('Please tell us which listing caused the problem.'),
      withLine('The notice names ASIN B0D4K7Q2ZL and two order IDs.'),
    ],
    [
      'disputes-policy',
      withLine('The 1% target is unfair to a seller with only 90 orders.'),
      withLine('Two A-to-z claims among 143 orders put our ODR at 1.4%.'),
    ],
    [
      'denial',
      withLine('We never sold any counterfeit products.'),
      withLine('Our supplier invoices, attached, cover all 300 units we sold.'),
    ],
    [
      'others-do-it',
      withLine('Many other sellers sell the same product and they were not suspended.'),
      withLine('We removed our offer from the shared listing on March 4.'),
    ],
    [
      'notice-as-cause',
      withLine('The root cause is that we received three A-to-z claims.'),
      withLine('The root cause was that our packer skipped the weight check.'),
    ],
    [
      'passing-blame',
      withLine('Because the carrier lost 3 parcels, our ODR rose on March 9.'),
      withLine('We shipped 3 parcels without tracking on March 9, and all 3 were lost.'),
    ],
    [
      'soft-pressure',
      withLine('Please refund the storage fees charged while our listings were blocked.'),
      withLine('We paid the storage fees and removed 200 units on March 12.'),
    ],
    [
      'perfection-promise',
      withLine('We guarantee this will never happen again.'),
      withLine('A second packer now checks every order against the pick list before it ships.'),
    ],
    ['missing-evidence', { evidence: invoices }, { evidence: invoices, ...withLine('Attachments: the supplier invoices for March.') }],
    [
      'i-we-switch',
      withLine('I take full responsibility for the late replies.'),
      withLine('We take full responsibility for the late replies.'),
    ],
    ['chinese-in-letter', withLine('Our store（店铺）sells lamps.'), withLine('Our store (BrightHome) sells lamps.')],
    ['long-paragraph', withLine(Array(150).fill('word').join(' ') + '.'), withLine(Array(60).fill('word').join(' ') + '.')],
    ['long-letter', { lines: [...GOOD.split('\n'), ...filler(5)] }, { lines: GOOD.split('\n') }],
    ['too-long-letter', { lines: [...GOOD.split('\n'), ...filler(8)] }, { lines: [...GOOD.split('\n'), ...filler(5)] }],
    // Only where the kind offers e-mail (src/lib/kinds.ts): never on appeals.
    [
      'historical-address',
      { kind: 'business-letter', recipientStatus: 'historical-unverified' },
      { recipientStatus: 'historical-unverified' },
    ],
    ['template-wording', { ownPercent: 12 }, { ownPercent: 55 }],
  ];

  it('has a trigger and a pass case for every rule', () => {
    expect(cases.map(([rule]) => rule).sort()).toEqual(CHECKER_RULES.map((r) => r.id).sort());
  });

  for (const [rule, trigger, pass] of cases) {
    it(`${rule}: fires on its trigger, not on the sound version`, () => {
      expect(rulesFired(trigger)).toContain(rule);
      expect(rulesFired(pass)).not.toContain(rule);
    });
  }

  it('points each finding at its line or field', () => {
    const [blame] = checkLetter(input(withLine('It is not our fault.'))).filter((f) => f.rule === 'blame');
    expect(blame).toMatchObject({ line: 3, excerpt: 'not our fault' });
    const unfilled = checkLetter(input({ emptyKeys: ['asin'] })).find((f) => f.rule === 'unfilled');
    expect(unfilled?.key).toBe('asin');
  });

  it('applies the three-part rule to appeals only', () => {
    expect(rulesFired({ kind: 'buyer-message', lines: ['Dear Sam,', '', 'Your parcel left today.'] })).not.toContain('poa-part-missing');
  });
});

describe('findingsByPart', () => {
  it('counts line findings by the Plan-of-Action part above them, the rest as other', () => {
    const lines = [...LINES.slice(0, 5), 'We beg you!', ...LINES.slice(5, 11), 'We will pay more attention.', ...LINES.slice(11)];
    const findings = checkLetter(input({ lines }));
    expect(findings.map((f) => f.rule)).toEqual(['pleading', 'vague-promise']);
    expect(
      findingsByPart([...findings, { rule: 'unfilled', key: 'asin' }, { rule: 'pleading', line: 2 }], lines, headingsOf(lines)),
    ).toEqual({
      'root-cause': 1,
      'actions-taken': 0,
      prevention: 1,
      other: 1,
    });
  });
});

describe('findPoaParts', () => {
  it('finds the three parts and their length', () => {
    const parts = findPoaParts(LINES, headingsOf(LINES));
    expect([...parts.keys()]).toEqual(['root-cause', 'actions-taken', 'prevention']);
    expect(parts.get('root-cause')).toEqual({ line: 4, words: 17 });
  });
  it('lets one heading cover two parts', () => {
    const lines = [
      'Root cause',
      'Our packaging was too weak for the long trip.',
      'Corrective and preventive measures',
      'We now use double-wall cartons for every order.',
    ];
    expect([...findPoaParts(lines, [0, 2]).keys()]).toEqual(['root-cause', 'actions-taken', 'prevention']);
  });
});

describe('CHECKER_MESSAGES', () => {
  it('has a message in both languages for every rule, and none for rules that do not exist', async () => {
    const { CHECKER_MESSAGES } = await import('../../src/lib/checker-messages');
    expect(Object.keys(CHECKER_MESSAGES).sort()).toEqual(CHECKER_RULES.map((r) => r.id).sort());
    for (const message of Object.values(CHECKER_MESSAGES)) {
      expect(message.zh.trim()).not.toBe('');
      expect(message.en.trim()).not.toBe('');
    }
  });
});
