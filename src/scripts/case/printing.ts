/**
 * Print: the summary's code (src/scripts/case/print.ts) loads when the page is first idle (so the browser's own
 * Print menu finds it) or when Print is pressed; from then on it keeps the summary current, and draws it once more
 * just before printing.
 */
import type { Case } from '../../lib/case-file';
import { CASE, needCase } from '../../lib/case-contract';
import type { CaseContext, CaseView } from './context';

export function printView(ctx: CaseContext): CaseView {
  const print = needCase(ctx.root, CASE.print);
  let drawPrint: typeof import('./print').drawPrint | undefined;
  const load = () =>
    import('./print').then((m) => {
      if (!drawPrint) (drawPrint = m.drawPrint)(ctx, print, ctx.session.shown());
    });
  const draw = () => drawPrint?.(ctx, print, ctx.session.shown());
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
  const cancel = window.cancelIdleCallback ?? clearTimeout;
  const waiting = idle(() => void load());
  window.addEventListener('beforeprint', draw, { signal: ctx.signal });

  return {
    // Kept current once loaded (a long timeline prints its newest page only); emptied when no case is left.
    render: (c: Case | undefined) => (drawPrint ? drawPrint(ctx, print, c) : c ? undefined : print.replaceChildren()),
    actions: {
      print: () =>
        void load().then(() => {
          draw();
          window.print();
        }),
    },
    destroy: () => cancel(waiting as number),
  };
}
