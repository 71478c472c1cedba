import { describe, expect, it } from 'vitest';
import { bodyRange, bodySentences, countWords, letterShare } from '../../src/lib/letter-share';

const letter = [
  'Dear Seller Performance team,',
  '',
  'On {{notice_date}}, our account was deactivated.',
  '',
  '## Root causes',
  '',
  '1. {{root_causes}}',
  '',
  '## Actions we have already taken',
  '',
  '1. We refunded every buyer. {{actions}}',
  '',
  '## Preventive measures',
  '',
  '1. {{prevention}}',
  '',
  '## Attachments',
  '',
  '- Order list with dates',
  '',
  'Please let us know if you need any further information.',
  '',
  'Sincerely,',
  '{{seller_name}}',
];
const examples = {
  notice_date: 'March 3, 2026',
  root_causes: 'Nobody answered messages for six days.\nOur agent left without a handover.',
  actions: 'Zhang Min now answers messages.',
  prevention: 'A rota names who answers each day.',
  seller_name: 'Li Wei',
};

describe('letterShare', () => {
  it('counts words: CJK one per character, numbers and hyphenated words as one', () => {
    expect(countWords('Order 112-4827365-2290415 on March 3, 2026.')).toBe(6);
    expect(countWords('我们 已经退款')).toBe(6);
    expect(countWords('1. — ; ')).toBe(1);
  });

  it('finds the body between the salutation and the closing', () => {
    expect(bodyRange(letter)).toEqual([1, 20]);
  });

  it('filled with the examples: fixed vs example words, per part, no own words; headings, list markers, attachments and closing left out', () => {
    const share = letterShare({ lines: letter, values: examples, examples });
    // fixed: "On , our account was deactivated" (5) + "We refunded every buyer" (4)
    expect(share.body).toMatchObject({ fixed: 9, own: 0 });
    expect(share.body.example).toBe(countWords(Object.values(examples).slice(0, 4).join(' ')));
    expect(share.body.fixedPercent).toBe(Math.round((100 * 9) / share.body.total));
    expect(share.parts['what-happened']).toMatchObject({ fixed: 5, example: 3 });
    expect(share.parts['root-cause']).toMatchObject({ fixed: 0, example: 12, own: 0 });
    expect(share.parts['actions-taken'].fixed).toBe(4);
    expect(share.parts.prevention).toMatchObject({ fixed: 0, example: 7, fixedPercent: 0 });
    expect(share.sentences.every((s) => s.wordForWord)).toBe(true);
  });

  it("counts the reader's values and rewritten lines as own, item by item for lists", () => {
    const values = {
      ...examples,
      root_causes: 'Nobody answered messages for six days.\nOur carrier lost two parcels.',
      actions: 'Wang Fang reviews every claim.',
    };
    const share = letterShare({ lines: letter, values, examples });
    expect(share.parts['root-cause']).toMatchObject({ example: 6, own: 5, ownPercent: 45 });
    expect(share.parts['actions-taken']).toMatchObject({ fixed: 4, own: 5 });
    const rewritten = letterShare({
      lines: letter.map((l, i) => (i === 10 ? '1. We refunded all nine buyers on May 2. {{actions}}' : l)),
      values,
      examples,
      rewritten: new Set([10]),
    });
    expect(rewritten.parts['actions-taken']).toMatchObject({ fixed: 0, own: 8 + 5 });
    const sentence = rewritten.sentences.find((s) => s.line === 10)!;
    expect(sentence.wordForWord).toBe(false);
    expect(share.sentences.find((s) => s.text === 'We refunded every buyer.')!.wordForWord).toBe(true);
  });

  it('an empty value counts nothing', () => {
    const share = letterShare({ lines: letter, values: {}, examples });
    expect(share.body).toMatchObject({ fixed: 9, example: 0, own: 0, total: 9, fixedPercent: 100, ownPercent: 0 });
  });

  it('lists the body sentences a template owns, with every block kept and placeholders generic', () => {
    const source = [
      'Dear team,',
      'On {{date}}, we were deactivated. Short one.',
      '{{#a}}',
      'Our agent {{name}} had left the company.',
      '{{/a}}',
      '## Attachments',
      '- A list of orders',
      'Sincerely,',
    ].join('\n');
    expect(bodySentences(source)).toEqual(['On {{}}, we were deactivated.', 'Our agent {{}} had left the company.']);
  });
});
