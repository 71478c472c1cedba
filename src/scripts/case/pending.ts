/**
 * Letters saved on template pages ("save to my case"), waiting to be filed into a case as drafts, or discarded. The
 * list's code (drawPending) loads only when a letter is waiting: src/scripts/case/waiting.ts decides.
 */
import { dropPending, filePending } from '../../lib/case-pending';
import type { PendingLetter } from '../../lib/case-store';
import { localToday } from '../../lib/deadlines';
import { h } from '../dom';
import type { CaseContext } from './context';

/** How much of a waiting letter its card shows. */
const PREVIEW_CHARS = 200;

/** Draws the waiting letters in `list`. */
export function drawPending(ctx: CaseContext, list: HTMLElement, pending: readonly PendingLetter[]): void {
  const { s, session } = ctx;
  const file = (letter: PendingLetter) =>
    ctx.report(filePending(session, letter, localToday(new Date(letter.savedAt)), Date.now(), ctx.title(letter.slug)), s('pendingFiled'));
  const discard = (letter: PendingLetter) => {
    dropPending(session, letter.id);
    ctx.render();
  };
  const shown = session.shown();
  list.replaceChildren(
    ...pending.map((letter) => {
      const put = h('button', { type: 'button', className: 'btn btn-primary' }, shown ? s('pendingFile') : s('pendingFileNew'));
      const drop = h('button', { type: 'button', className: 'btn' }, s('pendingDiscard'));
      put.addEventListener('click', () => file(letter));
      drop.addEventListener('click', () => discard(letter));
      return h(
        'li',
        { className: 'text-sm' },
        h('p', null, h('strong', null, localToday(new Date(letter.savedAt))), ` · ${ctx.title(letter.slug)}`),
        h('p', { className: 'muted case-clip' }, letter.text.slice(0, PREVIEW_CHARS)),
        h('div', { className: 'flex flex-wrap gap-2 mt-1' }, put, drop),
      );
    }),
  );
}
