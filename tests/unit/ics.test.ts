import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addToDay, datedDeadlines, daysUntil, parseDay } from '../../src/lib/deadlines';
import { buildCalendar, deadlineUid, escapeText, foldLine } from '../../src/lib/ics';

describe('deadline dates', () => {
  it('adds days, business days, hours and months on the calendar', () => {
    expect(addToDay('2026-02-27', 60, 'days')).toBe('2026-04-28');
    expect(addToDay('2026-05-01', -365, 'days')).toBe('2025-05-01');
    expect(addToDay('2026-12-04', 2, 'business-days')).toBe('2026-12-08'); // Friday + 2 business days = Tuesday
    expect(addToDay('2026-12-02', 72, 'hours')).toBe('2026-12-05');
    expect(addToDay('2026-08-31', 6, 'months')).toBe('2027-02-28');
    expect(addToDay('2026-02-30', 1, 'days')).toBeUndefined();
    expect(parseDay('2026-13-01')).toBeUndefined();
  });

  it('dates each rule from its event and counts the days left', () => {
    const rules = [
      { id: 'funds', from: 'notice', count: 60, unit: 'days', kind: 'opens' },
      { id: 'reply', from: 'appeal', count: 2, unit: 'days', kind: 'expect' },
    ] as const;
    const dated = datedDeadlines(rules, { noticeDate: '2026-11-01', appealDates: ['2026-11-20', '2026-11-03'] }, '2026-12-02');
    expect(dated.map((d) => [d.rule.id, d.from, d.date, d.daysLeft])).toEqual([
      ['funds', '2026-11-01', '2026-12-31', 29],
      ['reply', '2026-11-20', '2026-11-22', -10],
    ]);
    expect(datedDeadlines(rules, { noticeDate: '', appealDates: [] }, '2026-12-02').every((d) => d.date === undefined)).toBe(true);
    expect(daysUntil('2026-12-31', '2027-01-01')).toBe(1);
  });
});

describe('buildCalendar', () => {
  const events = [
    {
      uid: deadlineUid('case1', 'funds-request'),
      date: '2026-12-31',
      summary: 'Funds request opens · 美国站, ODR; "test"',
      description: 'Line one\nline two; with \\ backslash, comma',
      alarmDaysBefore: 0,
    },
    {
      uid: deadlineUid('case1', 'aha-response'),
      date: '2027-01-01',
      summary: 'A'.repeat(40) + '资金'.repeat(40),
      description: 'x',
      alarmDaysBefore: 1,
    },
  ];
  const text = buildCalendar(events, new Date('2026-12-02T04:05:06Z'), 'Case file: ODR');

  it('parses with ical.js into all-day events with alarms and stable UIDs', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents.map((e) => e.uid)).toEqual(['case1-funds-request@seller-letters', 'case1-aha-response@seller-letters']);
    const [first, second] = vevents;
    expect(first!.startDate.isDate).toBe(true);
    expect(first!.startDate.toString()).toBe('2026-12-31');
    expect(first!.endDate.toString()).toBe('2027-01-01');
    expect(first!.summary).toBe(events[0]!.summary);
    expect(first!.description).toBe(events[0]!.description);
    expect(second!.summary).toBe(events[1]!.summary);
    const alarm = second!.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P1D');
    expect(first!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-02T04:05:06Z');
  });

  it('the same case and deadline give the same UID on every download', () => {
    const again = buildCalendar(events, new Date('2027-01-05T00:00:00Z'), 'Case file: ODR');
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids(again)).toEqual(uids(text));
  });

  it('uses CRLF and folds every line at 75 octets without splitting a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(
      foldLine('é'.repeat(80))
        .split('\r\n')
        .map((l) => new TextEncoder().encode(l).length),
    ).toEqual([74, 75, 13]);
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
