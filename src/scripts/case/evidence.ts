/**
 * The evidence checklist: one item per kind of document the letters in the case ask for, a whole-row 44 px label
 * around a 28 px box, and a note per item. A note is stored while it is typed (F5), and one being typed is never
 * re-created under the reader's fingers when another tab writes.
 */
import type { Case } from '../../lib/case-file';
import { tick } from '../../lib/case-file';
import { CASE, needCase } from '../../lib/case-contract';
import { evidenceState, kindKey, type MergedEvidence } from '../../lib/case-view';
import { h } from '../dom';
import { debounce, type CaseContext } from './context';

/** Typing pauses this long before a note is stored. */
const NOTE_SAVE_MS = 400;

export function evidenceView(ctx: CaseContext) {
  const { s } = ctx;
  const empty = needCase(ctx.root, CASE.evidenceEmpty);
  const list = needCase(ctx.root, CASE.evidenceList);
  /** The case the list was drawn for. */
  let drawnFor: string | undefined;
  /** The note save waiting for a pause in typing. */
  let waiting: (() => void) | undefined;
  const typing = debounce(() => {
    const run = waiting;
    waiting = undefined;
    run?.();
  }, NOTE_SAVE_MS);

  const itemOf = (caseId: string, item: MergedEvidence) => {
    const c = ctx.session.caseOf(caseId)!;
    const key = kindKey(item.kind);
    const state = evidenceState(c, item);
    const id = `ev-${item.kind}`;
    const box = h('input', { type: 'checkbox', id, checked: state.done });
    const note = h('input', {
      type: 'text',
      className: 'input mt-1',
      value: state.note,
      placeholder: s('evidenceNoteHint'),
      maxLength: 2000,
    });
    note.setAttribute('aria-label', `${s('evidenceNote')}: ${item.label}`);
    // Stored under the case it was drawn for, by id, whatever case is shown when it lands (F1).
    const save = () =>
      ctx.report(
        ctx.session.update(caseId, (x) => ({
          ...x,
          evidence: {
            ...x.evidence,
            [key]: { done: box.checked, note: note.value, updatedAt: tick(evidenceState(x, item).updatedAt, Date.now()) },
          },
        })),
      );
    // Listeners of drawn items go with them (no signal: one would keep every replaced list alive until the page closes).
    box.addEventListener('change', save);
    note.addEventListener('input', () => {
      waiting = save;
      typing.schedule();
    });
    note.addEventListener('change', () => typing.flush());
    const li = h(
      'li',
      { className: 'text-sm' },
      h(
        'label',
        { htmlFor: id, className: 'case-evidence-item' },
        box,
        h('span', { className: 'pt-2' }, item.label, item.required ? h('span', { className: 'badge ml-2' }, s('evidenceRequired')) : ''),
      ),
      ...(item.notes ? [h('p', { className: 'muted' }, item.notes)] : []),
      h('p', { className: 'muted' }, s('evidenceFor', { list: item.templates.map(ctx.title).join(' · ') })),
      note,
    );
    li.dataset.evidence = item.kind;
    return li;
  };

  return {
    render(c: Case, items: MergedEvidence[]) {
      empty.hidden = items.length > 0;
      const active = document.activeElement;
      // A note being typed is not re-created under the reader's fingers (F5), unless another case is to be shown.
      if (drawnFor === c.id && active instanceof HTMLInputElement && active.type === 'text' && list.contains(active)) return;
      if (drawnFor !== c.id) typing.flush();
      drawnFor = c.id;
      list.replaceChildren(...items.map((item) => itemOf(c.id, item)));
    },
    flush: () => typing.flush(),
    destroy: () => typing.cancel(),
  };
}
