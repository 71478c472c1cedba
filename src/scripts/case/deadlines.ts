/** The case's deadlines (only those that apply to it; 'maybe' ones with their condition) and their calendar file. */
import type { Case } from '../../lib/case-file';
import { CASE, needCase, type CaseDeadline } from '../../lib/case-contract';
import { applies, datedDeadlines, localToday, type DatedDeadline } from '../../lib/deadlines';
import { h } from '../dom';
import type { CaseContext, CaseView } from './context';

/** Whether a deadline applies to a case (marketplace, situation, AHA enrolment): yes, maybe or no. */
export const fitOf = (c: Case, d: CaseDeadline) => applies(d, { marketplace: c.marketplace, situation: c.situation, aha: c.aha });

/** The deadlines that may apply to a case, dated from its notice and its letters sent. */
export const deadlinesOf = (rules: readonly CaseDeadline[], c: Case) =>
  datedDeadlines(
    rules.filter((d) => fitOf(c, d) !== 'no'),
    { noticeDate: c.noticeDate, appealDates: c.entries.filter((e) => e.type === 'appeal').map((e) => e.date) },
    localToday(new Date()),
  );

/** Soonest first; what has no date yet, and the earliest invoice date (not something to act by), after. */
const when = (d: DatedDeadline<CaseDeadline>) => (d.date && d.rule.kind !== 'earliest' ? d.date : '9');

export function deadlinesView(ctx: CaseContext): CaseView {
  const { s } = ctx;
  const need = needCase(ctx.root, CASE.deadlinesNeed);
  const list = needCase(ctx.root, CASE.deadlineList);
  const dayText = (d: DatedDeadline<CaseDeadline>) =>
    d.daysLeft === undefined || d.rule.kind === 'earliest'
      ? ''
      : d.daysLeft > 0
        ? s('daysLeft', { count: d.daysLeft })
        : d.daysLeft === 0
          ? s('daysToday')
          : s('daysPast', { count: -d.daysLeft });
  const conditionOf = (c: Case, d: CaseDeadline) =>
    d.onlyIf === 'aha-enrolled' && c.aha !== 'yes'
      ? s('condition.aha')
      : d.marketplaces?.length && (!c.marketplace || c.marketplace === 'ALL')
        ? s('condition.marketplace', { list: d.marketplaces.join(', ') })
        : s('condition.situation');

  const render = (c: Case | undefined) => {
    if (!c) return;
    // What surely applies first, soonest first; what may apply after it.
    const dated = deadlinesOf(ctx.config.deadlines, c).sort(
      (a, b) => Number(fitOf(c, a.rule) === 'maybe') - Number(fitOf(c, b.rule) === 'maybe') || when(a).localeCompare(when(b)),
    );
    need.hidden = Boolean(c.noticeDate);
    list.replaceChildren(
      ...dated.map((d) => {
        const maybe = fitOf(c, d.rule) === 'maybe';
        const li = h(
          'li',
          { className: 'card p-3 text-sm' },
          h('p', { className: 'font-semibold' }, d.rule.name),
          ...(maybe ? [h('p', null, h('span', { className: 'badge badge-warn' }, s('maybe')), ` ${conditionOf(c, d.rule)}`)] : []),
          // A deadline that may not apply is dated, never counted down as an alarm.
          h('p', null, h('strong', null, d.date ?? s('dateUnknown')), d.date && !maybe && dayText(d) ? ` · ${dayText(d)}` : ''),
          h('p', { className: 'muted' }, d.rule.counts),
          ...(d.rule.hedge ? [h('p', null, h('span', { className: 'badge badge-warn' }, s('hedged')), ` ${d.rule.hedge}`)] : []),
          h('p', { className: 'muted' }, `${s('source')}: `, h('a', { href: `#deadline-${d.rule.id}` }, d.rule.source)),
        );
        li.dataset.deadline = d.rule.id;
        li.dataset.fit = maybe ? 'maybe' : 'yes';
        return li;
      }),
    );
  };

  // The deadlines still ahead that surely apply, as an .ics file (its code loads on first use).
  const ics = () => void import('./calendar').then(({ downloadCalendar }) => downloadCalendar(ctx));

  return { render, actions: { ics } };
}
