/** The fill logic the island runs, applied to every real template: what the build validates is what gets filled. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/read-content';
import { emptyKeys, fillLetter, formatDate, listItems, placeholderKeys } from '../../src/lib/letter';
import { resolveLetter } from '../../src/lib/letter-blocks';
import { letterExtras, placeholderSpecs } from '../../src/lib/placeholders';
import { allSwitchesOn } from '../support/switches';

/** The templates as the build reads and parses them. */
const templates = readContent().content.templates.map((t) => t.data);

describe.each(templates.map((t) => [t.slug, t] as const))('%s', (_slug, t) => {
  const declared = t.placeholders ?? [];
  const specs = placeholderSpecs(declared);
  // Each letter as first shown (options at their defaults) and with every option on and every item ticked.
  const extras = letterExtras(t);
  const allOn = allSwitchesOn(t);
  const versions = [t, ...(t.compliant ? [t.compliant] : [])].flatMap((v) => [
    ...[{}, allOn].map((switches) => resolveLetter(v.letter, extras, switches)),
    ...(v.subject ? [v.subject] : []),
  ]);
  const examples = Object.fromEntries(declared.map((p) => [p.key, p.example]));

  it('fills every placeholder from the examples, leaving no marker and no {{key}}', () => {
    for (const source of versions) {
      const text = fillLetter(source, specs, examples);
      expect(text).not.toMatch(/\{\{|\}\}/);
      for (const spec of specs) expect(text).not.toContain(spec.marker);
    }
  });

  it('shows each example the way its kind says (dates in words, lists one item per line)', () => {
    const text = versions.map((source) => fillLetter(source, specs, examples)).join('\n');
    for (const p of declared.filter((p) => versions.some((source) => placeholderKeys(source).includes(p.key)))) {
      if (p.kind === 'date') expect(text).toContain(formatDate(p.example));
      else if (p.kind === 'list') for (const item of listItems(p.example)) expect(text).toContain(item);
      else expect(text).toContain(p.example);
    }
  });

  it('never doubles a full stop, with the examples or with a company name ending in "Ltd." in every text field', () => {
    const ltd = Object.fromEntries(declared.map((p) => [p.key, p.kind === 'text' ? 'Example Trading Co., Ltd.' : p.example]));
    for (const source of versions) {
      for (const values of [examples, ltd]) expect(fillLetter(source, specs, values)).not.toMatch(/(?<!\.)\.\.(?!\.)/);
    }
  });

  it('marks every empty placeholder it uses, and counts it as empty', () => {
    for (const source of versions) {
      const text = fillLetter(source, specs, {});
      const used = placeholderKeys(source);
      for (const key of used) expect(text).toContain(specs.find((s) => s.key === key)!.marker);
      expect(emptyKeys(used, {})).toEqual(used);
      expect(emptyKeys(used, examples)).toEqual([]);
    }
  });
});

describe('a filled real letter, written out', () => {
  it('matches the ODR appeal line by line where values land', () => {
    const t = templates.find((x) => x.slug === 'odr-a-to-z-vacation')!;
    const specs = placeholderSpecs(t.placeholders!);
    const letter = resolveLetter(t.letter, letterExtras(t), {});
    const text = fillLetter(letter, specs, {
      notice_date: '2026-03-09',
      claim_count: 'two',
      other_causes: 'No fixed Account Health check.\nNo reply-time target.',
      seller_name: 'Li Wei',
      store_name: 'Acme',
    });
    expect(text).toContain('were deactivated on March 9, 2026.');
    expect(text).toContain('every defect in it was an A-to-z Guarantee claim: two claims, on orders [Order IDs with claims].');
    // The default alternative (a closure) fills its cause; the list after it numbers on from 2.
    expect(text).toContain(
      '1. A closure with no one on the inbox: [What happened during the closure (dates, days waited)]\n2. No fixed Account Health check.\n3. No reply-time target.\n',
    );
    expect(text).not.toContain('One person held the inbox');
    expect(text).toContain('\nAttachments\n\n- Table of the orders with A-to-z claims: dates, our reply and the outcome of each\n');
    expect(text).toContain('- Closure rota naming the agent and backup for each closed day\n');
    expect(text.endsWith('Sincerely,\nLi Wei\nAcme\nLogin email: [Seller account login email]')).toBe(true);
    const lone = fillLetter(resolveLetter(t.letter, letterExtras(t), { '#gap': 'single_agent' }), specs, {});
    expect(lone).toContain('1. One person held the inbox, with no backup: [Who was away, for how long, why nobody covered]');
    expect(lone).toContain('- Screenshot of User Permissions showing the second customer service login');
    expect(lone).not.toContain('Closure rota');
    expect(fillLetter(t.subject!, specs, { store_name: 'Acme' })).toBe('Plan of Action – Acme – Order Defect Rate');
  });
});
