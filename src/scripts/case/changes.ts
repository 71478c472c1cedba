/** What changed since the previous appeal: the lines of the letter and the documents ready since (loaded on demand). */
import type { Case } from '../../lib/case-file';
import { appealChanges } from '../../lib/case-changes';
import type { MergedEvidence } from '../../lib/case-view';
import { h } from '../dom';
import type { CaseContext } from './context';

/** At most this many changed lines are drawn (a letter rewritten from scratch reads as "everything changed"). */
const MAX_DIFF_LINES = 200;

export function drawChanges(ctx: CaseContext, box: HTMLElement, body: HTMLElement, c: Case, evidence: MergedEvidence[]): void {
  const { s } = ctx;
  const changes = appealChanges(c, evidence);
  box.hidden = !changes;
  if (!changes) return;
  const parts: Node[] = [];
  if (changes.nothingNew) parts.push(h('p', { className: 'callout-warn', role: 'note' }, s('changesNothing')));
  parts.push(h('p', { className: 'muted text-sm' }, `${changes.previous.date} → ${changes.latest.date}`));
  parts.push(h('h3', { className: 'font-semibold mt-2' }, s('changesLines')));
  if (!changes.changes) parts.push(h('p', null, s('changesLong')));
  else if (!changes.changes.length) parts.push(h('p', null, s('changesNoLines')));
  else
    parts.push(
      h(
        'div',
        { className: 'case-diff' },
        ...changes.changes.slice(0, MAX_DIFF_LINES).map((l) => {
          const line = h(l.op === 'add' ? 'ins' : 'del', null, l.text);
          line.setAttribute('aria-label', `${s(l.op === 'add' ? 'changesAdded' : 'changesRemoved')}: ${l.text}`);
          return line;
        }),
      ),
    );
  if (changes.documentsAdded.length) {
    parts.push(h('h3', { className: 'font-semibold mt-2' }, s('changesDocs')));
    parts.push(h('ul', { className: 'list-disc pl-6' }, ...changes.documentsAdded.map((e) => h('li', null, e.label))));
  }
  body.replaceChildren(...parts);
  box.dataset.nothingNew = String(changes.nothingNew);
}
