/**
 * The case file as a whole: export (also offered beside a storage warning), import, and deleting everything from
 * this device. Their code (src/scripts/case/file-actions.ts, with the import's checks) loads on first use.
 */
import { CASE, needCase } from '../../lib/case-contract';
import type { CaseContext, CaseView } from './context';

export function fileView(ctx: CaseContext): CaseView {
  const input = needCase<HTMLInputElement>(ctx.root, CASE.importInput);
  const run = (name: 'exportFile' | 'deleteAll' | 'importPicked') => void import('./file-actions').then((m) => m[name](ctx, input));
  input.addEventListener('change', () => run('importPicked'), { signal: ctx.signal });
  return { render: () => undefined, actions: { export: () => run('exportFile'), 'delete-all': () => run('deleteAll') } };
}
