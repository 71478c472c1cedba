/** The section of letters waiting to be filed: shown only when one waits, its list's code loaded then. */
import { CASE, needCase } from '../../lib/case-contract';
import type { CaseContext, CaseView } from './context';

export function pendingView(ctx: CaseContext): CaseView {
  const section = needCase(ctx.root, CASE.pending);
  const list = needCase(ctx.root, CASE.pendingList);
  /** The latest drawing asked for: an older answer of the lazy module is dropped. */
  let asked = 0;
  const render = () => {
    const pending = ctx.session.pending();
    const ask = ++asked;
    section.hidden = pending.length === 0;
    if (!pending.length) return list.replaceChildren();
    void import('./pending').then(({ drawPending }) => ask === asked && drawPending(ctx, list, pending));
  };
  return { render };
}
