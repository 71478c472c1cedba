/** Export, import and delete-everything of the case page (loaded on first use by src/scripts/case/file.ts; the import's checks load after). */
import { MAX_IMPORT_BYTES } from '../../lib/case-file';
import { localToday } from '../../lib/deadlines';
import { download } from '../dom';
import type { CaseContext } from './context';

export const exportFile = (ctx: CaseContext) =>
  download(`seller-letters-case-file-${localToday(new Date())}.json`, 'application/json', `${JSON.stringify(ctx.session.file, null, 2)}\n`);

export function deleteAll(ctx: CaseContext) {
  ctx.session.removeAll();
  ctx.render();
  ctx.root.querySelectorAll('details').forEach((d) => (d.open = false));
  ctx.say(ctx.s('deletedAll'));
}

/** The file picked in `input`: checked, then joined to what is stored; every refusal says nothing stored changed. */
export async function importPicked(ctx: CaseContext, input: HTMLInputElement) {
  const { s } = ctx;
  const picked = input.files?.[0];
  input.value = '';
  if (!picked) return;
  const fail = (reason: 'size' | 'json' | 'foreign' | 'newer' | 'damaged' | 'failed') => ctx.say(s(`import.${reason}`));
  if (picked.size > MAX_IMPORT_BYTES) return fail('size');
  ctx.say(s('importing'));
  try {
    const [raw, { importFile, parseImport }] = await Promise.all([picked.text(), import('../../lib/case-import')]);
    const result = parseImport(raw);
    if (!result.ok) return fail(result.reason);
    if (!ctx.storage) return fail('failed');
    const outcome = importFile(ctx.session, ctx.storage, result.file);
    if (!outcome.ok) {
      ctx.report(outcome);
      return ctx.say(s(outcome.reason === 'full' ? 'storage.full' : 'storage.newer'));
    }
    ctx.report(outcome, s('imported', { count: result.file.cases.length }));
  } catch {
    fail('failed');
  }
}
