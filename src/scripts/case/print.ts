/**
 * The one-page summary printed instead of the work area (loaded by src/scripts/case/printing.ts when the page is
 * idle or Print is pressed, drawn just before printing: a long timeline is never laid out for nothing).
 */
import type { Case } from '../../lib/case-file';
import { sortEntries } from '../../lib/case-file';
import { caseEvidence, evidenceState, newest, TIMELINE_PAGE } from '../../lib/case-view';
import { localToday } from '../../lib/deadlines';
import { h } from '../dom';
import type { CaseContext } from './context';
import { deadlinesOf, fitOf } from './deadlines';
import { entryLabel } from './timeline';

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Draws the printed summary of a case (none: emptied). */
export function drawPrint(ctx: CaseContext, print: HTMLElement, c: Case | undefined): void {
  const { s } = ctx;
  const situations = new Map(ctx.config.situations.map((x) => [x.id, x.title]));
  if (!c) return print.replaceChildren();
  const rows = [
    [s('status'), s(`status.${c.status}`)],
    [s('marketplace'), c.marketplace],
    [s('noticeDate'), c.noticeDate],
    [s('situation'), situations.get(c.situation ?? '') ?? ''],
    [s('situationText'), cut(c.situationText, 300)],
  ].filter((r) => r[1]);
  const entries = newest(sortEntries(c.entries), TIMELINE_PAGE);
  print.replaceChildren(
    h('h1', { className: 'text-xl font-bold' }, s('printHeading', { title: c.title })),
    h('dl', null, ...rows.flatMap(([k, v]) => [h('dt', { className: 'font-semibold' }, k!), h('dd', null, v!)])),
    h('h2', { className: 'font-bold mt-2' }, s('deadlines')),
    h(
      'ul',
      null,
      ...deadlinesOf(ctx.config.deadlines, c)
        .filter((d) => d.date && fitOf(c, d.rule) === 'yes')
        .map((d) => h('li', null, `${d.date} · ${d.rule.name}${d.rule.hedge ? ` (${s('hedged')})` : ''}`)),
    ),
    h('h2', { className: 'font-bold mt-2' }, s('timeline')),
    ...(entries.earlier ? [h('p', null, s('printEarlier', { count: entries.earlier }))] : []),
    h(
      'ul',
      null,
      ...entries.items.map((e) => h('li', null, `${e.date} · ${entryLabel(ctx, e)}: ${cut(e.text.replace(/\s+/g, ' '), 140)}`)),
    ),
    h('h2', { className: 'font-bold mt-2' }, s('evidence')),
    h(
      'ul',
      null,
      ...caseEvidence(c, ctx.evidenceOf).map((item) => {
        const state = evidenceState(c, item);
        return h('li', null, `${state.done ? '☑' : '☐'} ${item.label}${state.note ? ` — ${state.note}` : ''}`);
      }),
    ),
    h('p', { className: 'mt-2' }, s('printed', { date: localToday(new Date()) })),
  );
}
