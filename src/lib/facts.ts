/**
 * Dated facts (content/facts.yaml, content/deadlines.yaml): the "checked December 2026" label every stated route,
 * deadline and requirement carries, and which of them have gone unchecked too long. Pure; no Astro imports.
 */

/** Facts older than this many months make the build warn (it does not fail). */
export const STALE_AFTER_MONTHS = 12;

/** The month a fact was checked, as the page's side of the content reads it: '2026-12' (zh) or 'December 2026' (en). */
export function checkedMonth(date: Date, side: 'zh' | 'en'): string {
  if (side === 'zh') return date.toISOString().slice(0, 7);
  return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The same calendar day `months` months earlier (clamped to the month's last day), at UTC midnight. */
export function monthsBefore(today: Date, months: number): Date {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() - months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(today.getUTCDate(), last)));
}

/** A dated entry: a fact or a deadline, with the collection it comes from for the warning. */
export interface DatedEntry {
  collection: string;
  id: string;
  asOf: Date;
}

/** Entries last checked more than STALE_AFTER_MONTHS months before today, oldest first. */
export function staleEntries<T extends DatedEntry>(entries: readonly T[], today: Date, months = STALE_AFTER_MONTHS): T[] {
  const limit = monthsBefore(today, months).getTime();
  return entries.filter((e) => e.asOf.getTime() < limit).sort((a, b) => a.asOf.getTime() - b.asOf.getTime());
}

/** The build's warning about stale entries, one line each; empty when none. */
export function staleWarning(stale: readonly DatedEntry[], months = STALE_AFTER_MONTHS): string {
  if (stale.length === 0) return '';
  const lines = stale.map((e) => `  content/${e.collection}.yaml → ${e.id}: last checked ${e.asOf.toISOString().slice(0, 10)}`);
  return [`${stale.length} fact(s) not checked for more than ${months} months; look them up again and update asOf:`, ...lines].join('\n');
}

/** Only Amazon's own sites are linked from the page; any other source is shown as text (its URL beside it). */
export const AMAZON_HOST = /(^|\.)amazon\.(com|ca|co\.uk|de|fr|it|es|co\.jp|in|com\.mx|com\.au|nl|se|pl|sa|ae|sg|com\.be|com\.tr|com\.br)$/;
export const isAmazonUrl = (url: string): boolean => AMAZON_HOST.test(new URL(url).hostname);
/** A "sellercentral." host that is not Amazon's: a mirror or lookalike of a Seller Central page (sellercentral.haqm.com). */
export const isLookalikeSellerCentral = (url: string): boolean => {
  const host = new URL(url).hostname;
  return /^sellercentral(?:-[a-z]+)?\./.test(host) && !AMAZON_HOST.test(host);
};

/** A Seller Central help-page ID right after "help": G200370560, 201887610 or the newer GG7CAYUTVZKATDUY, with a comma. */
const HELP_PAGE_ID = /\b(help)\s+(?:G?\d{6,10}|(?=[A-Z\d]*\d)[A-Z\d]{15,16}\b),?\s*/g;

/**
 * A source's name as a reader sees it: the help page by its title, its ID left to the URL the name links to
 * ('Seller Central help G200370560 "Reactivate your account"' → 'Seller Central help: "Reactivate your account"').
 */
export const readableSourceName = (name: string): string => name.replace(HELP_PAGE_ID, '$1: ').trim();
