/**
 * The timeline (the notice, letters sent, drafts, Amazon's replies, notes) and the forms that add to it. A long
 * timeline is drawn a page at a time, newest entries first in view (F16); what is typed into an "add" form is kept
 * as a draft of that case while it is typed and comes back after a reload (F5).
 */
import { markSent, newId, sortEntries, type Case, type CaseEntry, type EntryType } from '../../lib/case-file';
import { CASE, CASE_ACTION, caseAction, needCase } from '../../lib/case-contract';
import type { DraftForm } from '../../lib/case-drafts';
import { CASE_DRAFTS_KEY } from '../../lib/storage-keys';
import { needsRecheck, newest, TIMELINE_PAGE } from '../../lib/case-view';
import { localToday } from '../../lib/deadlines';
import { h } from '../dom';
import { debounce, type CaseContext, type CaseView } from './context';

/** Typing pauses this long before a draft is stored. */
const DRAFT_SAVE_MS = 300;

type Shown = Omit<CaseEntry, 'type' | 'updatedAt'> & { type: EntryType | 'notice' };

/** "Appeal · ODR appeal · Re: order …": what an entry is, in the page language. */
export const entryLabel = (ctx: CaseContext, e: Pick<CaseEntry, 'template' | 'subject'> & { type: EntryType | 'notice' }) =>
  [ctx.s(`entry.${e.type}`), e.template ? ctx.title(e.template) : '', e.subject ?? ''].filter(Boolean).join(' · ');

export function timelineView(ctx: CaseContext): CaseView {
  const { s, session, signal } = ctx;
  const list = needCase(ctx.root, CASE.timeline);
  const empty = needCase(ctx.root, CASE.timelineEmpty);
  const earlier = needCase(ctx.root, CASE.timelineMore);
  const count = needCase(ctx.root, CASE.timelineCount);
  const more = needCase<HTMLButtonElement>(ctx.root, caseAction(CASE_ACTION.showEarlier));
  const forms = [...ctx.root.querySelectorAll<HTMLFormElement>(CASE.addForm)];
  /** How many of the newest entries are drawn, by case. */
  const pages = new Map<string, number>();
  /** The case the list and the forms were drawn for. */
  let drawnFor: string | undefined;

  // --- the list ----------------------------------------------------------------------------------------------
  const sentForm = (caseId: string, entry: CaseEntry) => {
    const dateId = `sent-${entry.id}`;
    const today = localToday(new Date());
    const date = h('input', { type: 'date', id: dateId, className: 'input', value: today, required: true, max: today });
    const form = h(
      'form',
      { className: 'flex flex-wrap items-end gap-2 mt-2' },
      h('div', null, h('label', { htmlFor: dateId, className: 'block text-sm font-semibold' }, s('sentDate')), date),
      h('button', { type: 'submit', className: 'btn btn-primary' }, s('markSent')),
    );
    form.dataset.markSent = entry.id;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (date.value)
        ctx.report(
          session.update(caseId, (x) => markSent(x, entry.id, date.value, Date.now())),
          s('markedSent'),
        );
    });
    return form;
  };

  const item = (c: Case, e: Shown) => {
    const li = h('li', { className: 'mb-4' }, h('p', null, h('strong', null, e.date), ` · ${entryLabel(ctx, e)}`));
    li.dataset.entry = e.type;
    if (e.type === 'draft') {
      const entry = e as CaseEntry;
      li.append(h('p', { className: 'muted text-sm' }, s('draftHint')));
      if (entry.empty) li.append(h('p', { className: 'callout-warn text-sm', role: 'note' }, s('draftEmpty', { count: entry.empty })));
      li.append(sentForm(c.id, entry));
    }
    if (e.type !== 'notice' && needsRecheck({ ...e, type: e.type }, localToday(new Date())))
      li.append(
        h(
          'p',
          { className: 'callout-warn text-sm mt-1', role: 'note' },
          `${s('recheck')} `,
          h('a', { href: `${ctx.config.base}changes/` }, `${s('recheckLink')} →`),
        ),
      );
    if (e.text)
      li.append(
        h(
          'details',
          null,
          h('summary', { className: 'cursor-pointer text-sm' }, s('showText')),
          h('div', { className: 'case-text mt-2' }, e.text),
        ),
      );
    if (e.id) {
      const remove = h('button', { type: 'button', className: 'btn mt-1 text-sm' }, s('remove'));
      remove.addEventListener('click', () => ctx.report(session.removeEntry(c.id, e.id, Date.now()), s('removed')));
      li.append(remove);
    }
    return li;
  };

  const renderList = (c: Case) => {
    const notice: Shown[] = c.noticeDate || c.noticeText ? [{ id: '', type: 'notice', date: c.noticeDate, text: c.noticeText }] : [];
    const page = newest(sortEntries(c.entries), pages.get(c.id) ?? TIMELINE_PAGE);
    empty.hidden = notice.length + c.entries.length > 0;
    earlier.hidden = page.earlier === 0;
    count.textContent = page.earlier ? s('timelineShown', { shown: page.items.length, count: c.entries.length }) : '';
    more.textContent = page.earlier ? s('timelineMore', { count: Math.min(page.earlier, TIMELINE_PAGE) }) : '';
    list.replaceChildren(...[...notice, ...page.items].map((e) => item(c, e)));
  };

  const showEarlier = () => {
    const c = session.shown();
    if (!c) return;
    pages.set(c.id, (pages.get(c.id) ?? TIMELINE_PAGE) + TIMELINE_PAGE);
    renderList(c);
  };

  // --- the forms that add, and their drafts ------------------------------------------------------------------
  const formOf = (form: HTMLFormElement) => form.dataset.add as DraftForm;
  const fieldsOf = (form: HTMLFormElement) => Object.fromEntries(new FormData(form)) as Record<string, string>;
  /** The drafts' code, loaded when the device holds a draft or the reader first types into a form. */
  let drafts: typeof import('../../lib/case-drafts') | undefined;
  const loadDrafts = () =>
    import('../../lib/case-drafts').then((m) => {
      drafts = m;
      // Typed while the code was on its way: stored at the next pause.
      if (dirty.size) typing.schedule();
      return m;
    });
  /** The forms typed into since their drafts were last stored. */
  const dirty = new Set<HTMLFormElement>();
  const storeDrafts = () => {
    if (!ctx.storage || !drawnFor || !drafts) return;
    for (const form of dirty) drafts.saveDraft(ctx.storage, drawnFor, formOf(form), fieldsOf(form));
    dirty.clear();
  };
  const typing = debounce(storeDrafts, DRAFT_SAVE_MS);

  /** Each form refilled with the shown case's draft (and opened when there is one), or emptied. */
  const restoreDrafts = (caseId: string) => {
    for (const form of forms) form.reset();
    let held = false;
    try {
      held = ctx.storage?.getItem(CASE_DRAFTS_KEY) != null;
    } catch {
      /* no drafts to read */
    }
    if (!held || !ctx.storage) return;
    const storage = ctx.storage;
    void loadDrafts().then(({ readDrafts, draftOf }) => {
      if (drawnFor !== caseId) return;
      const stored = readDrafts(storage);
      for (const form of forms) {
        const draft = draftOf(stored, caseId, formOf(form));
        // A form typed into since the page opened keeps what is typed.
        if (!draft || dirty.has(form)) continue;
        for (const [name, value] of Object.entries(draft)) {
          const field = form.elements.namedItem(name);
          if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement)
            field.value = value;
        }
        const details = form.closest('details');
        if (details) details.open = true;
      }
    });
  };

  for (const form of forms) {
    form.addEventListener(
      'input',
      () => {
        dirty.add(form);
        if (!drafts) void loadDrafts();
        typing.schedule();
      },
      { signal },
    );
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        const caseId = drawnFor;
        if (!caseId) return;
        const data = fieldsOf(form);
        const type = formOf(form);
        const entry: CaseEntry = { id: newId(), type, date: data.date ?? '', text: data.text ?? '', updatedAt: Date.now() };
        if (data.template) entry.template = data.template;
        if (data.subject) entry.subject = data.subject;
        // A first letter sent moves an open case to "appealed"; every other status is the reader's to set.
        const outcome = session.addEntries(caseId, [entry], (c) =>
          type === 'appeal' && c.status === 'open' ? { ...c, status: 'appealed', updatedAt: Date.now() } : c,
        );
        if (ctx.report(outcome, s('added'))) {
          dirty.delete(form);
          if (ctx.storage) drafts?.saveDraft(ctx.storage, caseId, type, {});
          form.reset();
          const details = form.closest('details');
          if (details) details.open = false;
        }
      },
      { signal },
    );
  }

  const render = (c: Case | undefined) => {
    if (c?.id !== drawnFor) {
      typing.flush();
      // What could not be stored under the case drawn before is never stored under the next one.
      dirty.clear();
      drawnFor = c?.id;
      if (c) restoreDrafts(c.id);
    }
    if (c) renderList(c);
  };

  return {
    render,
    actions: { [CASE_ACTION.showEarlier]: showEarlier },
    flush: () => typing.flush(),
    destroy: () => typing.cancel(),
  };
}
