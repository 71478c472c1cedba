/**
 * The case picker and the case's details (title, status, situation, marketplace, notice), stored while the reader
 * types. The form remembers which case it shows: an edit is stored into that case by id, and when another case is to
 * be shown (the one shown was deleted in another tab) the pending edit is stored first and every field, the focused
 * one too, is refilled, so no text of one case is ever saved into another (F1).
 */
import type { Case } from '../../lib/case-file';
import { tick } from '../../lib/case-file';
import { CASE, needCase } from '../../lib/case-contract';
import { CASE_DRAFTS_KEY } from '../../lib/storage-keys';
import { h } from '../dom';
import { debounce, type CaseContext, type CaseView } from './context';

/** Typing pauses this long before the details are stored. */
const FIELDS_SAVE_MS = 400;

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function summaryView(ctx: CaseContext): CaseView {
  const { s, session, signal } = ctx;
  const noCase = needCase(ctx.root, CASE.noCase);
  const pickRow = needCase(ctx.root, CASE.pickRow);
  const view = needCase(ctx.root, CASE.view);
  const pick = needCase<HTMLSelectElement>(ctx.root, CASE.select);
  const fields = needCase<HTMLFormElement>(ctx.root, CASE.fields);
  const line = needCase(ctx.root, CASE.situationLine);
  const situations = new Map(ctx.config.situations.map((x) => [x.id, x]));
  /** The case whose details the form shows. */
  let showing: string | undefined;

  const save = () => {
    if (!showing) return;
    const data = Object.fromEntries(new FormData(fields)) as Record<string, string>;
    ctx.report(
      session.update(showing, (c) => ({
        ...c,
        ...data,
        status: data.status as Case['status'],
        aha: (data.aha || undefined) as Case['aha'],
        updatedAt: tick(c.updatedAt, Date.now()),
      })),
    );
  };
  const typing = debounce(save, FIELDS_SAVE_MS);

  pick.addEventListener(
    'change',
    () => {
      session.select(pick.value);
      ctx.render();
    },
    { signal },
  );
  fields.addEventListener('input', () => typing.schedule(), { signal });
  fields.addEventListener(
    'change',
    () => {
      typing.cancel();
      save();
    },
    { signal },
  );
  fields.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      typing.cancel();
      save();
      ctx.say(s('detailsSaved'));
    },
    { signal },
  );

  const render = (c: Case | undefined) => {
    noCase.hidden = Boolean(c);
    pickRow.hidden = !c;
    view.hidden = !c;
    pick.replaceChildren(
      ...session.file.cases.map((x, i) => h('option', { value: x.id, selected: x.id === c?.id }, x.title || `${s('new')} ${i + 1}`)),
    );
    if (!c) {
      typing.flush();
      showing = undefined;
      return;
    }
    const other = c.id !== showing;
    if (other) {
      typing.flush();
      // Keystrokes meant for the case that went (deleted in another tab) must not run on into this one (F1).
      if (showing && fields.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
    }
    showing = c.id;
    for (const field of fields.elements as unknown as Field[]) {
      const value = c[field.name as 'title'];
      if ((other || document.activeElement !== field) && typeof value === 'string') field.value = value;
    }
    const aha = fields.elements.namedItem('aha') as HTMLSelectElement | null;
    if (aha && (other || document.activeElement !== aha)) aha.value = c.aha ?? 'unknown';
    line.textContent = situations.get(c.situation ?? '')?.title ?? '';
  };

  const deleteCase = () => {
    const c = session.shown();
    if (!c) return;
    typing.cancel();
    showing = undefined;
    ctx.report(session.remove(c.id, Date.now()), s('deleted'));
    // Its drafts go too (their code loads only when the device holds one).
    const { storage } = ctx;
    if (storage && storage.getItem(CASE_DRAFTS_KEY) !== null)
      void import('../../lib/case-drafts').then(({ dropDrafts }) => dropDrafts(storage, (id) => id !== c.id));
    ctx.root.querySelectorAll('details').forEach((d) => (d.open = false));
  };

  return { render, actions: { 'delete-case': deleteCase }, flush: () => typing.flush(), destroy: () => typing.cancel() };
}
