import { describe, expect, it } from 'vitest';
import {
  emptyKeys,
  fillLetter,
  formatDate,
  malformedPlaceholders,
  partsSource,
  placeholderKeys,
  renderLetter,
  toParagraphs,
  type PlaceholderSpec,
} from '../../src/lib/letter';

const specs: PlaceholderSpec[] = [
  { key: 'store_name', kind: 'text', marker: '[Store name]' },
  { key: 'since', kind: 'date', marker: '[Date]' },
  { key: 'asins', kind: 'list', marker: '[ASINs]' },
  { key: 'steps', kind: 'list', marker: '[Steps]' },
  { key: 'story', kind: 'multiline', marker: '[Story]' },
];

describe('placeholderKeys', () => {
  it('lists each well-formed key once, in order', () => {
    expect(placeholderKeys('{{b}} {{a_1}} {{b}}')).toEqual(['b', 'a_1']);
  });
  it('ignores malformed ones but reports them', () => {
    expect(placeholderKeys('{{Store Name}} {store} {{ x }}')).toEqual([]);
    expect(malformedPlaceholders('{{Store Name}} {{ok}} {{ x }} {{')).toEqual(['{{Store Name}}', '{{ x }}', '{{']);
  });
});

describe('formatDate', () => {
  it('reads ISO dates as US English', () => {
    expect(formatDate('2024-01-23')).toBe('January 23, 2024');
    expect(formatDate('2024-12-05')).toBe('December 5, 2024');
  });
  it('leaves anything else as typed', () => {
    expect(formatDate('next Monday')).toBe('next Monday');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
  });
});

describe('fillLetter', () => {
  it('fills values and keeps markers for empty ones', () => {
    expect(fillLetter('Hello {{store_name}}, since {{since}}.', specs, { since: '2024-01-23' })).toBe(
      'Hello [Store name], since January 23, 2024.',
    );
  });
  it('drops the heading marker in plain text', () => {
    expect(fillLetter('## Root cause\nText', specs, {})).toBe('Root cause\nText');
  });
  it('expands a list line per item, repeating bullets and counting numbers', () => {
    const source = 'ASINs:\n- {{asins}}\nSteps:\n3. {{steps}}';
    expect(fillLetter(source, specs, { asins: 'B0AAAAAAAA\n\n B0BBBBBBBB ', steps: 'Check\nShip' })).toBe(
      'ASINs:\n- B0AAAAAAAA\n- B0BBBBBBBB\nSteps:\n3. Check\n4. Ship',
    );
  });
  it('joins a list used inline with commas', () => {
    expect(fillLetter('ASINs {{asins}}.', specs, { asins: 'A\nB' })).toBe('ASINs A, B.');
  });
  it('keeps multiline values on their own lines', () => {
    expect(fillLetter('Story: {{story}}', specs, { story: 'one\ntwo' })).toBe('Story: one\ntwo');
  });
  it('never re-expands placeholders typed by the reader', () => {
    expect(fillLetter('{{store_name}} / {{since}}', specs, { store_name: '{{since}}', since: '<b>x</b>' })).toBe('{{since}} / <b>x</b>');
  });
  it('keeps exactly what was typed, spaces and all', () => {
    expect(fillLetter('[{{store_name}}]', specs, { store_name: '  A  B 🙂 مرحبا 店铺 ' })).toBe('[  A  B 🙂 مرحبا 店铺 ]');
  });
  it('treats whitespace-only values as empty', () => {
    expect(fillLetter('{{store_name}}', specs, { store_name: '   ' })).toBe('[Store name]');
    expect(emptyKeys(['store_name', 'since'], { store_name: ' ', since: '2024-01-01' })).toEqual(['store_name']);
  });
});

describe('renderLetter and toParagraphs', () => {
  it('marks placeholder parts as filled or empty', () => {
    const [line] = renderLetter('Hi {{store_name}} {{since}}', specs, { store_name: 'Acme' });
    expect(line!.parts).toEqual([
      { text: 'Hi ' },
      { text: 'Acme', key: 'store_name', filled: true },
      { text: ' ' },
      { text: '[Date]', key: 'since', filled: false },
    ]);
  });
  it('groups lines into paragraphs, headings on their own', () => {
    const paragraphs = toParagraphs(renderLetter('Dear team,\n\n## Cause\nLine one\nLine two\n\n\nEnd', specs, {}));
    expect(paragraphs.map((p) => [p.heading, p.line, p.lines.length])).toEqual([
      [false, 0, 1],
      [true, 2, 1],
      [false, 3, 2],
      [false, 7, 1],
    ]);
  });
});

describe('keys named like Object’s own properties', () => {
  const names = Object.getOwnPropertyNames(Object.prototype);
  it('are placeholders without a value, in a plain object and in a Map', () => {
    // Only lower-case names are placeholder keys; `constructor` is the one Object.prototype offers.
    const source = names.map((name) => `{{${name}}}`).join(' ');
    for (const values of [{}, new Map<string, string>()]) {
      expect(fillLetter(source, specs, values)).toBe(source);
      expect(emptyKeys(['constructor', 'store_name'], values)).toEqual(['constructor', 'store_name']);
    }
  });
  it('fill from the reader’s own values only', () => {
    expect(fillLetter('Dear {{constructor}}', specs, new Map([['constructor', 'Li']]))).toBe('Dear Li');
    expect(fillLetter('Dear {{constructor}}', specs, JSON.parse('{"constructor":"Li"}') as Record<string, string>)).toBe('Dear Li');
    expect(fillLetter('{{store_name}}', specs, new Map([['store_name', '{{constructor}} __proto__']]))).toBe('{{constructor}} __proto__');
  });
});

describe('partsSource', () => {
  const back = (source: string) => partsSource(renderLetter(source, specs, {}).flatMap((line) => line.parts));
  it('gives back a one-line source rendered with no values, each marker as its {{key}}', () => {
    expect(back('Plan of Action – {{store_name}} – [not a field] {{other}}')).toBe(
      'Plan of Action – {{store_name}} – [not a field] {{other}}',
    );
  });
  it('does not give back what rendering drops (a heading prefix, line breaks, trailing space)', () => {
    expect(back('## Root cause {{store_name}}')).not.toBe('## Root cause {{store_name}}');
    expect(back('a\nb')).not.toBe('a\nb');
    expect(back('a {{store_name}} ')).not.toBe('a {{store_name}} ');
  });
});

describe('a value ending in a full stop before the template’s own full stop', () => {
  const specs: PlaceholderSpec[] = [{ key: 'company', kind: 'text', marker: '[Company]' }];

  it('prints one full stop, not "..", for "Ltd." and "Inc."', () => {
    expect(fillLetter('Authorized by {{company}}.', specs, { company: 'Shenzhen LumaNest Technology Co., Ltd.' })).toBe(
      'Authorized by Shenzhen LumaNest Technology Co., Ltd.',
    );
    expect(fillLetter('From {{company}}. Copies follow.', specs, { company: 'Northgate Home Distribution Inc.' })).toBe(
      'From Northgate Home Distribution Inc. Copies follow.',
    );
  });

  it('keeps the full stop when the value does not end in one, and leaves an ellipsis or other punctuation alone', () => {
    expect(fillLetter('By {{company}}.', specs, { company: 'Acme' })).toBe('By Acme.');
    expect(fillLetter('By {{company}}, today.', specs, { company: 'Acme Inc.' })).toBe('By Acme Inc., today.');
    expect(fillLetter('By {{company}}...', specs, { company: 'Acme Inc.' })).toBe('By Acme Inc....');
    expect(fillLetter('By {{company}}.', specs, {})).toBe('By [Company].');
  });

  it('keeps the template’s own text for the way back to the source (partsSource), so an edited sentence keeps its full stop', () => {
    const parts = renderLetter('Authorized by {{company}}.', specs, { company: 'Acme Inc.' })[0]!.parts;
    expect(parts.map((part) => part.text).join('')).toBe('Authorized by Acme Inc.');
    expect(partsSource(parts)).toBe('Authorized by {{company}}.');
  });
});
