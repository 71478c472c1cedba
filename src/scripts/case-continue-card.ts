/** The "continue your case" card's logic: src/scripts/case-continue.ts loads it only when this browser holds a case file. */
import type { Case } from '../lib/case-file';
import { parseStored } from '../lib/case-store';
import { applies, datedDeadlines, localToday, type DeadlineRule, type DeadlineScope } from '../lib/deadlines';

export interface ContinueConfig {
  /** Triage answer id → its title, in the page language. */
  situations: Record<string, string>;
  /** Case status → its label. */
  statuses: Record<string, string>;
  deadlines: (DeadlineRule & DeadlineScope & { name: string })[];
  /** "{count} days left", with the placeholder kept. */
  daysLeft: string;
  today: string;
  /** Shown when no deadline is dated yet. */
  none: string;
}

/** Fills in and shows the card from the stored case file (`raw`) and the case the case page had open (`current`). */
export function showCard(element: HTMLElement, raw: string | null, current: string | null): void {
  const { file } = parseStored(raw);
  if (!file.cases.length) return;
  const item: Case = file.cases.find((c) => c.id === current) ?? [...file.cases].sort((a, b) => b.updatedAt - a.updatedAt)[0]!;
  const config = JSON.parse(element.dataset.config ?? '{}') as ContinueConfig;
  const set = (selector: string, text: string) => {
    const el = element.querySelector(selector);
    if (el) el.textContent = text;
  };
  const own = (record: Record<string, string>, key: string | undefined) => (key && Object.hasOwn(record, key) ? record[key]! : '');
  const today = localToday(new Date());
  const next = datedDeadlines(
    config.deadlines.filter(
      (d) => d.kind !== 'earliest' && applies(d, { marketplace: item.marketplace, situation: item.situation, aha: item.aha }) === 'yes',
    ),
    { noticeDate: item.noticeDate, appealDates: item.entries.filter((e) => e.type === 'appeal').map((e) => e.date) },
    today,
  )
    .filter((d) => d.date && (d.daysLeft ?? -1) >= 0)
    .sort((a, b) => a.date!.localeCompare(b.date!))[0];
  set('[data-continue-title]', item.title);
  set('[data-continue-situation]', own(config.situations, item.situation) || item.situationText.slice(0, 80) || '—');
  set('[data-continue-status]', own(config.statuses, item.status));
  set(
    '[data-continue-next]',
    next
      ? `${next.rule.name} · ${next.date} (${next.daysLeft ? config.daysLeft.replace('{count}', String(next.daysLeft)) : config.today})`
      : config.none,
  );
  element.hidden = false;
}
