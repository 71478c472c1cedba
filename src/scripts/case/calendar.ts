/** The case's deadlines still ahead that surely apply, as a calendar file (.ics), loaded when the reader asks for it. */
import { buildCalendar, deadlineUid } from '../../lib/ics';
import { download } from '../dom';
import type { CaseContext } from './context';
import { deadlinesOf, fitOf } from './deadlines';

export function downloadCalendar(ctx: CaseContext): void {
  const { s } = ctx;
  const c = ctx.session.shown();
  if (!c) return;
  const events = deadlinesOf(ctx.config.deadlines, c)
    .filter((d) => d.date && d.rule.kind !== 'earliest' && (d.daysLeft ?? -1) >= 0 && fitOf(c, d.rule) === 'yes')
    .map((d) => ({ d, date: d.date! }));
  if (!events.length) return ctx.say(s('calendarNone'));
  const text = buildCalendar(
    events.map(({ d, date }) => ({
      uid: deadlineUid(c.id, d.rule.id),
      date,
      summary: `${d.rule.name} · ${c.title}`,
      description: [d.rule.counts, d.rule.hedge ?? '', `${s('source')}: ${d.rule.source}`].filter(Boolean).join('\n'),
      alarmDaysBefore: d.rule.kind === 'act-by' ? 1 : 0,
    })),
    new Date(),
    s('calendarName', { title: c.title }),
  );
  download(`seller-letters-case-${c.id}.ics`, 'text/calendar', text);
}
