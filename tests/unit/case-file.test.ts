import { describe, expect, it } from 'vitest';
import {
  CASE_SCHEMA,
  CASE_VERSION,
  caseTemplates,
  emptyFile,
  mergeFiles,
  migrate,
  newCase,
  type Case,
  type CaseFile,
} from '../../src/lib/case-file';
import { CASE_STORAGE_KEY, DAMAGED_KEY, PENDING_KEY, deleteCase, readPending, readStored, writeMerged } from '../../src/lib/case-store';
import { fileLetter } from '../../src/lib/case-pending';
import { evidenceKey, evidenceOf } from '../../src/lib/case-evidence';
import { importInto } from '../../src/lib/case-import';
import { MemoryStorage } from '../support/memory-storage';

const fileOf = (...cases: Case[]): CaseFile => ({ ...emptyFile(), cases });
const entry = (id: string, date: string, updatedAt = 1, text = id) => ({ id, type: 'reply' as const, date, text, updatedAt });

describe('mergeFiles', () => {
  const base = newCase({ title: 'ODR' }, 100);

  it('keeps the new entries of both sides (two tabs adding at once)', () => {
    const tabA = fileOf({ ...base, entries: [entry('a1', '2026-05-02')] });
    const tabB = fileOf({ ...base, entries: [entry('b1', '2026-05-01')] });
    const merged = mergeFiles(tabA, tabB);
    expect(merged.cases).toHaveLength(1);
    expect(merged.cases[0]!.entries.map((e) => e.id)).toEqual(['b1', 'a1']);
  });

  it('takes the newer version of an edited case and of an edited entry', () => {
    const older = fileOf({ ...base, title: 'old', updatedAt: 200, entries: [entry('e', '2026-05-01', 5, 'new text')] });
    const newer = fileOf({ ...base, title: 'new', updatedAt: 300, entries: [entry('e', '2026-05-01', 2, 'old text')] });
    const merged = mergeFiles(older, newer);
    expect(merged.cases[0]!.title).toBe('new');
    expect(merged.cases[0]!.entries.map((e) => e.text)).toEqual(['new text']);
    expect(mergeFiles(newer, older).cases[0]!.title).toBe('new');
  });

  it('keeps cases created in either file, and a deleted case stays deleted', () => {
    const other = newCase({ title: 'IP' }, 150);
    const here = deleteCase(fileOf(base, other), base.id, 400);
    const stale = fileOf(base, other);
    const merged = mergeFiles(stale, here);
    expect(merged.cases.map((c) => c.title)).toEqual(['IP']);
    expect(merged.deleted[base.id]).toBe(400);
  });

  it('merges checklist state item by item', () => {
    const a = fileOf({
      ...base,
      evidence: { 'x/invoice': { done: true, note: 'asked', updatedAt: 5 }, 'x/loa': { done: false, note: '', updatedAt: 9 } },
    });
    const b = fileOf({
      ...base,
      evidence: { 'x/invoice': { done: false, note: '', updatedAt: 1 }, 'x/loa': { done: true, note: 'got it', updatedAt: 10 } },
    });
    const evidence = mergeFiles(a, b).cases[0]!.evidence;
    expect(evidence['x/invoice']).toEqual({ done: true, note: 'asked', updatedAt: 5 });
    expect(evidence['x/loa']).toEqual({ done: true, note: 'got it', updatedAt: 10 });
  });
});

describe('writeMerged', () => {
  it('writes into what another tab stored instead of over it', () => {
    const storage = new MemoryStorage();
    const item = newCase({ title: 'ODR' }, 1);
    const start = fileOf(item);
    expect(writeMerged(storage, start).ok).toBe(true);
    // Tab B adds a reply and writes.
    writeMerged(storage, fileOf({ ...item, entries: [entry('from-b', '2026-05-03')] }));
    // Tab A still holds the old file, adds its own note, writes.
    const result = writeMerged(storage, fileOf({ ...item, entries: [entry('from-a', '2026-05-04')] }));
    expect(result.ok && result.file.cases[0]!.entries.map((e) => e.id)).toEqual(['from-b', 'from-a']);
    expect(readStored(storage).file.cases[0]!.entries).toHaveLength(2);
  });

  it('reports a full storage and leaves what was stored as it was', () => {
    const storage = new MemoryStorage(400);
    const small = fileOf(newCase({ title: 'a' }, 1));
    expect(writeMerged(storage, small).ok).toBe(true);
    const before = storage.getItem(CASE_STORAGE_KEY);
    const big = fileOf(newCase({ title: 'b', noticeText: 'x'.repeat(1000) }, 2));
    expect(writeMerged(storage, big)).toEqual({ ok: false, reason: 'full' });
    expect(storage.getItem(CASE_STORAGE_KEY)).toBe(before);
  });

  it('never overwrites a file written by a newer version, and sets a damaged one aside', () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({ schema: CASE_SCHEMA, version: CASE_VERSION + 1, cases: [] });
    storage.setItem(CASE_STORAGE_KEY, future);
    expect(readStored(storage).problem).toBe('newer');
    expect(writeMerged(storage, fileOf(newCase({}, 1)))).toEqual({ ok: false, reason: 'newer' });
    expect(storage.getItem(CASE_STORAGE_KEY)).toBe(future);

    storage.setItem(CASE_STORAGE_KEY, '{"schema": "seller-letters-case-file", "ver');
    expect(readStored(storage).problem).toBe('damaged');
    expect(writeMerged(storage, fileOf(newCase({ title: 'kept' }, 1))).ok).toBe(true);
    expect(storage.getItem(DAMAGED_KEY)).toBe('{"schema": "seller-letters-case-file", "ver');
    expect(readStored(storage).file.cases[0]!.title).toBe('kept');
  });
});

describe('migrate', () => {
  it('runs each step from an old version up to the current one', () => {
    const steps = {
      1: (v: Record<string, unknown>) => ({ ...v, renamed: v.old }),
      2: (v: Record<string, unknown>) => ({ ...v, third: true }),
    };
    expect(migrate({ version: 1, old: 'x' }, 3, steps)).toEqual({ ok: true, value: { version: 3, old: 'x', renamed: 'x', third: true } });
  });
  it('refuses a newer version, a missing step and a missing version', () => {
    expect(migrate({ version: CASE_VERSION + 1 })).toEqual({ ok: false, reason: 'newer' });
    expect(migrate({ version: 1 }, 2, {})).toEqual({ ok: false, reason: 'version' });
    expect(migrate({})).toEqual({ ok: false, reason: 'version' });
  });
});

describe('import and filing', () => {
  it('an import brings back a case deleted here and adds nothing twice', () => {
    const item = newCase({ title: 'ODR', entries: [entry('r1', '2026-05-01')] }, 1);
    const exported = fileOf(item);
    const here = deleteCase(exported, item.id, 50);
    const back = importInto(here, exported);
    expect(back.cases.map((c) => c.title)).toEqual(['ODR']);
    expect(importInto(back, exported).cases[0]!.entries).toHaveLength(1);
  });

  it('files a saved letter as a draft with its template (no status change), and skips malformed waiting letters', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      PENDING_KEY,
      JSON.stringify([{ id: 'p1', slug: 'odr-appeal', savedAt: 5, subject: null, text: 'Dear team' }, { id: 3 }, 'junk']),
    );
    const [letter] = readPending(storage);
    expect(readPending(storage)).toHaveLength(1);
    const filed = fileLetter(newCase({ templates: ['odr'] }, 1), letter!, '2026-05-02', 9);
    expect(filed.status).toBe('open');
    expect(filed.entries).toEqual([
      { id: 'p1', type: 'draft', date: '2026-05-02', text: 'Dear team', template: 'odr-appeal', updatedAt: 9 },
    ]);
    expect(caseTemplates(filed)).toEqual(['odr', 'odr-appeal']);
  });
});

describe('evidenceOf', () => {
  // The agreed shape of a template's `evidence:` list.
  const fixture = {
    slug: 'inauthentic-appeal',
    evidence: [
      {
        id: 'supplier-invoices',
        label: { zh: '供应商发票', en: 'Supplier invoices' },
        required: true,
        notes: { zh: '365 天内', en: 'within 365 days' },
      },
      { id: 'loa', label: { zh: '授权书', en: 'Letter of authorisation' }, required: false },
      { id: 'Bad Id', label: { zh: '坏', en: 'bad' }, required: true },
      { id: 'no-label', required: true },
    ],
  };
  it('reads the items of the agreed shape and drops malformed ones', () => {
    expect(evidenceOf(fixture).map((e) => e.id)).toEqual(['supplier-invoices', 'loa']);
    expect(evidenceOf(fixture)[0]!.notes?.en).toBe('within 365 days');
  });
  it('gives nothing for a template without a list', () => {
    expect(evidenceOf({ slug: 'x' })).toEqual([]);
    expect(evidenceOf({ evidence: 'invoices' })).toEqual([]);
  });
  it('keys state by template and item', () => {
    expect(evidenceKey('a', 'loa')).not.toBe(evidenceKey('b', 'loa'));
  });
});
