/**
 * An iCalendar file (RFC 5545) of all-day reminders, built without a server: one VEVENT per deadline with a
 * VALARM, UIDs stable per case and deadline (a calendar that imports the file again updates the event instead of
 * adding a second one), all-day DATE values (no time zone can move them), CRLF lines folded at 75 octets.
 */
import { addToDay } from './deadlines.ts';

export interface CalendarEvent {
  /** Stable across downloads: derived from the case id and the deadline id. */
  uid: string;
  /** The day, YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  /** Days before the day the alarm rings (0: on the morning of the day). */
  alarmDaysBefore: number;
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  // Control characters other than line breaks are not allowed in TEXT (§3.3.11): dropped (F14).
  return (
    value
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const compact = (day: string) => day.replace(/-/g, '');

/** UTC timestamp in the basic format DTSTAMP needs: 20261202T045900Z. */
const utcStamp = (time: Date) => `${time.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

export function buildCalendar(events: readonly CalendarEvent[], stamp: Date, name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Seller Letters//Case file//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      // DTEND is exclusive: an all-day event ends the next day.
      `DTEND;VALUE=DATE:${compact(addToDay(event.date, 1, 'days') ?? event.date)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      // Relative to the start of the all-day event (midnight); -P1D rings the day before.
      `TRIGGER:${event.alarmDaysBefore > 0 ? `-P${event.alarmDaysBefore}D` : 'PT9H'}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** UID for one deadline of one case: the same on every download. */
export const deadlineUid = (caseId: string, deadlineId: string) => `${caseId}-${deadlineId}@seller-letters`;
