/**
 * Dates from the deadlines content (content/deadlines.yaml): when each one falls for a case, and how many days
 * are left. Dates are calendar days (YYYY-MM-DD) computed in UTC, so the seller's time zone never shifts them.
 */

export const DEADLINE_EVENTS = ['notice', 'appeal'] as const;
/** What a deadline counts from: the day the notice arrived, or the day the latest appeal went out. */
export type DeadlineEvent = (typeof DEADLINE_EVENTS)[number];

export const DEADLINE_UNITS = ['days', 'business-days', 'hours', 'months'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

export const DEADLINE_KINDS = ['act-by', 'expect', 'opens', 'earliest'] as const;
/** act-by: do something before it; expect: Amazon usually answers by then; opens: something becomes possible; earliest: documents must be dated on or after it. */
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Conditions a deadline may name (content/deadlines.yaml): 'aha-enrolled' applies only to sellers in Account Health Assurance. */
export const DEADLINE_CONDITIONS = ['aha-enrolled'] as const;
export type DeadlineCondition = (typeof DEADLINE_CONDITIONS)[number];

/** When a deadline applies; every field left out means "any". */
export interface DeadlineScope {
  /** Marketplace codes it applies in (e.g. the EU stores for an EU law). */
  marketplaces?: readonly string[];
  /** Triage situations (answer ids) it applies to. */
  situations?: readonly string[];
  /** What must be true of the seller. */
  onlyIf?: DeadlineCondition;
}

/** What a case says about itself, for DeadlineScope. Empty or undefined: the reader has not said. */
export interface CaseFacts {
  marketplace?: string;
  situation?: string;
  aha?: 'yes' | 'no' | 'unknown';
}

/**
 * Whether a deadline applies to a case: 'yes', 'no' (leave it out: list and calendar), or 'maybe' when the case
 * does not say what the deadline depends on (shown with its condition, never as an alarm, not in the calendar).
 */
export function applies(scope: DeadlineScope, facts: CaseFacts): 'yes' | 'no' | 'maybe' {
  let maybe = false;
  if (scope.marketplaces?.length) {
    if (!facts.marketplace || facts.marketplace === 'ALL') maybe = true;
    else if (!scope.marketplaces.includes(facts.marketplace)) return 'no';
  }
  if (scope.situations?.length) {
    if (!facts.situation) maybe = true;
    else if (!scope.situations.includes(facts.situation)) return 'no';
  }
  if (scope.onlyIf === 'aha-enrolled') {
    if (facts.aha === 'no') return 'no';
    if (facts.aha !== 'yes') maybe = true;
  }
  return maybe ? 'maybe' : 'yes';
}

/** The part of a deadline entry the arithmetic needs. */
export interface DeadlineRule {
  id: string;
  from: DeadlineEvent;
  /** Negative counts go back from the event (e.g. invoices dated within the 365 days before the notice). */
  count: number;
  unit: DeadlineUnit;
  kind: DeadlineKind;
}

const DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD string as a UTC midnight timestamp; undefined when it is not a real date. */
export function parseDay(value: string): number | undefined {
  const match = DATE_RE.exec(value);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(time).toISOString().startsWith(value) ? time : undefined;
}

const formatDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The seller's today as a calendar day (their clock, their date). */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day `count` units after (or before) `day`. Hours round up to whole days; months keep the day of month where it exists. */
export function addToDay(day: string, count: number, unit: DeadlineUnit): string | undefined {
  const start = parseDay(day);
  if (start === undefined) return undefined;
  if (unit === 'days') return formatDay(start + count * DAY);
  if (unit === 'hours') return formatDay(start + Math.sign(count) * Math.ceil(Math.abs(count) / 24) * DAY);
  if (unit === 'months') {
    const date = new Date(start);
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return formatDay(target.getTime());
  }
  // Business days: Monday to Friday (public holidays differ by marketplace and are not counted out).
  let time = start;
  for (let left = Math.abs(count); left > 0;) {
    time += Math.sign(count) * DAY;
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return formatDay(time);
}

/** Whole days from `today` to `day` (negative once it has passed). */
export function daysUntil(today: string, day: string): number | undefined {
  const from = parseDay(today);
  const to = parseDay(day);
  return from === undefined || to === undefined ? undefined : Math.round((to - from) / DAY);
}

export interface CaseDates {
  noticeDate: string;
  /** Dates of the appeals sent, any order. */
  appealDates: string[];
}

export interface DatedDeadline<T extends DeadlineRule> {
  rule: T;
  /** The event's day, when the case has it. */
  from?: string;
  /** The deadline's day, when the event's day is known. */
  date?: string;
  daysLeft?: number;
}

/** Each rule with its date for this case (undefined until the case has the event it counts from). */
export function datedDeadlines<T extends DeadlineRule>(rules: readonly T[], dates: CaseDates, today: string): DatedDeadline<T>[] {
  const latestAppeal = [...dates.appealDates]
    .filter((d) => parseDay(d) !== undefined)
    .sort()
    .pop();
  return rules.map((rule) => {
    const from = rule.from === 'notice' ? (parseDay(dates.noticeDate) === undefined ? undefined : dates.noticeDate) : latestAppeal;
    const date = from && addToDay(from, rule.count, rule.unit);
    return { rule, from, date, daysLeft: date ? daysUntil(today, date) : undefined };
  });
}
