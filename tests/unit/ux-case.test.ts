/**
 * The case file records only what happened (issue 24.3) and keeps data at its edges (issue 25.3, adversarial review
 * F2–F15): drafts and "mark as sent", deadlines that apply, the merged evidence list, the task list, what changed
 * since the last appeal, the re-check note, and the storage fixes.
 */
import { describe, expect, it } from 'vitest';
import { emptyFile, markSent, mergeFiles, newCase, tick, type Case, type CaseEntry, type CaseFile } from '../../src/lib/case-file';
import { CASE_STORAGE_KEY, DAMAGED_KEY, PENDING_KEY, parseStored, readPending, writeMerged } from '../../src/lib/case-store';
import { fileLetter } from '../../src/lib/case-pending';
import { writeImported } from '../../src/lib/case-import';
import { appealChanges, lineDiff } from '../../src/lib/case-changes';
import { caseEvidence, caseTasks, evidenceState, hasComparison, kindKey, needsRecheck } from '../../src/lib/case-view';
import { applies, datedDeadlines } from '../../src/lib/deadlines';
import { buildCalendar, escapeText } from '../../src/lib/ics';
import { parseImport } from '../../src/lib/case-import';
import { readContent } from '../../scripts/read-content';
import { MemoryStorage } from '../support/memory-storage';

const fileOf = (...cases: Case[]): CaseFile => ({ ...emptyFile(), cases });
const letter = (id: string, type: CaseEntry['type'], date: string, text: string, extra: Partial<CaseEntry> = {}): CaseEntry => ({
  id,
  type,
  date,
  text,
  updatedAt: 10,
  ...extra,
});

describe('a saved letter is a draft until marked as sent', () => {
  const storage = new MemoryStorage();
  storage.setItem(
    PENDING_KEY,
    JSON.stringify([{ id: 'p1', slug: 'odr-a-to-z-vacation', savedAt: 5, text: 'Dear team [Store name]', empty: 3 }]),
  );
  const [pending] = readPending(storage);
  const filed = fileLetter(newCase({ title: 'ODR' }, 1), pending!, '2026-05-02', 9);

  it('files it as a draft that says how many fields were empty, with no status change and no reply clock', () => {
    expect(filed.status).toBe('open');
    expect(filed.entries[0]).toMatchObject({ type: 'draft', empty: 3, template: 'odr-a-to-z-vacation' });
    const rules = [{ id: 'appeal-reply', from: 'appeal', count: 2, unit: 'days', kind: 'expect' }] as const;
    const appealDates = filed.entries.filter((e) => e.type === 'appeal').map((e) => e.date);
    expect(datedDeadlines(rules, { noticeDate: '', appealDates }, '2026-05-03')[0]!.date).toBeUndefined();
  });

  it('"mark as sent" with a date makes it a letter sent: status appealed, the clock from that day', () => {
    const sent = markSent(filed, 'p1', '2026-05-04', 20);
    expect(sent.status).toBe('appealed');
    expect(sent.entries[0]).toMatchObject({ type: 'appeal', date: '2026-05-04' });
    expect(sent.entries[0]!.empty).toBeUndefined();
    const rules = [{ id: 'appeal-reply', from: 'appeal', count: 2, unit: 'days', kind: 'expect' }] as const;
    expect(datedDeadlines(rules, { noticeDate: '', appealDates: ['2026-05-04'] }, '2026-05-04')[0]!.date).toBe('2026-05-06');
    // A case already further along keeps its status; an unknown id changes nothing.
    expect(markSent({ ...filed, status: 'info-requested' }, 'p1', '2026-05-04', 20).status).toBe('info-requested');
    expect(markSent(filed, 'nope', '2026-05-04', 20)).toBe(filed);
  });
});

describe('deadlines apply by marketplace, situation and Account Health Assurance enrolment', () => {
  const eu = { marketplaces: ['DE', 'FR', 'IT', 'ES'] };
  it('an EU-only rule is left out of a US case, kept for a German one, and conditional when the marketplace is unknown', () => {
    expect(applies(eu, { marketplace: 'US' })).toBe('no');
    expect(applies(eu, { marketplace: 'DE' })).toBe('yes');
    expect(applies(eu, { marketplace: '' })).toBe('maybe');
  });
  it("the 72-hour AHA rule: enrolled yes, not enrolled no, don't know conditional", () => {
    const aha = { onlyIf: 'aha-enrolled' } as const;
    expect(applies(aha, { aha: 'yes' })).toBe('yes');
    expect(applies(aha, { aha: 'no' })).toBe('no');
    expect(applies(aha, { aha: 'unknown' })).toBe('maybe');
    expect(applies(aha, {})).toBe('maybe');
  });
  it('a situation-bound rule is left out of other situations', () => {
    const funds = { situations: ['deactivated-verification'] };
    expect(applies(funds, { situation: 'buyer-shipping' })).toBe('no');
    expect(applies(funds, { situation: 'deactivated-verification' })).toBe('yes');
    expect(applies({}, { marketplace: 'US', situation: 'x', aha: 'no' })).toBe('yes');
  });
  it('content/deadlines.yaml: the EU law names EU marketplaces, AHA its condition, and every situation exists', () => {
    const { content } = readContent();
    const deadlines = content.deadlines.map(
      (d) => d.data as { id?: string; marketplaces?: string[]; situations?: string[]; onlyIf?: string },
    );
    const byId = new Map(content.deadlines.map((d) => [d.id, d.data as (typeof deadlines)[number]]));
    expect(byId.get('eu-dsa-complaint')!.marketplaces).toEqual(['DE', 'FR', 'IT', 'ES']);
    expect(byId.get('aha-response')!.onlyIf).toBe('aha-enrolled');
    const triageIds = new Set(content.triage.map((node) => node.id));
    for (const d of deadlines) for (const s of d.situations ?? []) expect(triageIds.has(s), s).toBe(true);
  });
});

describe('the evidence checklist', () => {
  const lists: Record<string, { id: string; label: string; required: boolean }[]> = {
    a: [
      { id: 'affected-order-list', label: 'Order list', required: true },
      { id: 'supplier-invoices', label: 'Invoices', required: false },
    ],
    b: [
      { id: 'defect-order-list', label: 'Defect orders', required: false },
      { id: 'invoices', label: 'Invoices B', required: true },
    ],
    c: [{ id: 'police-receipt', label: 'Police', required: true }],
  };
  const item = newCase(
    {
      templates: ['c'],
      entries: [letter('1', 'draft', '2026-05-01', 'x', { template: 'a' }), letter('2', 'appeal', '2026-05-02', 'y', { template: 'b' })],
    },
    1,
  );
  const merged = caseEvidence(item, (slug) => lists[slug] ?? []);

  it('lists only the letters in the case, one item per kind of document', () => {
    expect(merged.map((m) => m.kind)).toEqual(['order-list', 'supplier-invoices']);
    expect(merged[0]).toMatchObject({ label: 'Order list', required: true, templates: ['a', 'b'] });
    expect(merged[1]!.required).toBe(true);
  });
  it('reads the state of an older per-template tick', () => {
    const ticked = { ...item, evidence: { 'b/defect-order-list': { done: true, note: 'sent', updatedAt: 5 } } };
    expect(evidenceState(ticked, merged[0]!)).toMatchObject({ done: true, note: 'sent' });
  });
  it('a task list: done, in progress, not started', () => {
    const fresh = newCase({ noticeDate: '2026-05-01' }, 1);
    expect(caseTasks(fresh, []).map((t) => t.state)).toEqual(['in-progress', 'not-started', 'not-started', 'not-started', 'not-started']);
    const half = {
      ...item,
      noticeDate: '2026-05-01',
      noticeText: 'We reviewed',
      evidence: { [kindKey('order-list')]: { done: true, note: '', updatedAt: 3 } },
    };
    expect(Object.fromEntries(caseTasks(half, merged).map((t) => [t.id, t.state]))).toEqual({
      notice: 'done',
      letter: 'done',
      evidence: 'in-progress',
      sent: 'done',
      reply: 'in-progress',
    });
  });
});

describe('a second appeal shows what changed', () => {
  const first = letter('1', 'appeal', '2026-05-01', 'Dear team\nRoot cause: late replies.\nRegards', { updatedAt: 100 });
  it('lists the changed lines and the documents added since', () => {
    const second = letter('2', 'appeal', '2026-05-20', 'Dear team\nRoot cause: no holiday cover.\nRegards', { updatedAt: 200 });
    const lists = { odr: [{ id: 'order-list', label: 'Orders', required: true }] };
    const item = newCase(
      { entries: [first, { ...second, template: 'odr' }], evidence: { [kindKey('order-list')]: { done: true, note: '', updatedAt: 150 } } },
      1,
    );
    const changes = appealChanges(
      item,
      caseEvidence(item, (s) => lists[s as 'odr'] ?? []),
    )!;
    expect(changes.changes).toEqual([
      { op: 'del', text: 'Root cause: late replies.' },
      { op: 'add', text: 'Root cause: no holiday cover.' },
    ]);
    expect(changes.documentsAdded.map((d) => d.kind)).toEqual(['order-list']);
    expect(changes.nothingNew).toBe(false);
  });
  it('warns when nothing is new (a draft identical to the letter sent)', () => {
    const item = newCase({ entries: [first, letter('3', 'draft', '2026-05-21', `${first.text}\n`, { updatedAt: 300 })] }, 1);
    expect(appealChanges(item, [])!.nothingNew).toBe(true);
    expect(appealChanges(newCase({ entries: [first] }, 1), [])).toBeUndefined();
    // The page loads the comparison only when hasComparison says there is one: the two agree.
    expect(hasComparison(item)).toBe(true);
    expect(hasComparison(newCase({ entries: [first] }, 1))).toBe(false);
    expect(hasComparison(newCase({ entries: [first, { ...first, id: '9', date: '2026-06-01' }] }, 1))).toBe(true);
    expect(hasComparison(newCase({ entries: [letter('4', 'draft', '2026-05-21', 'x')] }, 1))).toBe(false);
    expect(lineDiff('a\nb', 'a\nb')!.every((l) => l.op === 'same')).toBe(true);
  });
  it('a letter saved more than 60 days ago asks to be re-checked', () => {
    expect(needsRecheck({ type: 'draft', template: 'x', date: '2026-01-01' }, '2026-03-03')).toBe(true);
    expect(needsRecheck({ type: 'draft', template: 'x', date: '2026-01-01' }, '2026-03-01')).toBe(false);
    expect(needsRecheck({ type: 'reply', date: '2025-01-01' }, '2026-03-03')).toBe(false);
  });
});

describe('data at the edges (adversarial review)', () => {
  it('F3: an edit of a case stamped ahead of this clock is still the newer one', () => {
    const future = newCase({ title: 'from a fast clock' }, 10_000);
    const edited = { ...future, title: 'edited here', updatedAt: tick(future.updatedAt, 5_000) };
    expect(mergeFiles(fileOf(future), fileOf(edited)).cases[0]!.title).toBe('edited here');
    expect(mergeFiles(fileOf(edited), fileOf(future)).cases[0]!.title).toBe('edited here');
  });
  it('F9: ids such as "constructor" and "__proto__" survive merges and imports', () => {
    const item = { ...newCase({}, 1), id: 'constructor', entries: [letter('constructor', 'note', '2026-05-01', 'n')] };
    expect(mergeFiles(emptyFile(), fileOf(item)).cases[0]!.entries).toHaveLength(1);
    const storage = new MemoryStorage();
    expect(writeImported(storage, fileOf(item)).ok).toBe(true);
    expect(parseStored(storage.getItem(CASE_STORAGE_KEY)).file.cases.map((c) => c.id)).toEqual(['constructor']);
  });
  it('F2: importing over a damaged record sets the damaged one aside first', () => {
    const storage = new MemoryStorage();
    const damaged = '{"schema":"seller-letters-case-file","version":1,"cases":[{"id":"precious","title":"MY ONLY COPY';
    storage.setItem(CASE_STORAGE_KEY, damaged);
    expect(writeImported(storage, fileOf(newCase({ title: 'imported' }, 1))).ok).toBe(true);
    expect(storage.getItem(DAMAGED_KEY)).toBe(damaged);
  });
  it('F10: importing while a newer version holds the file is refused, nothing written', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ schema: 'seller-letters-case-file', version: 2, cases: [], deleted: {} });
    storage.setItem(CASE_STORAGE_KEY, newer);
    expect(writeImported(storage, fileOf(newCase({}, 1)))).toEqual({ ok: false, reason: 'newer' });
    expect(storage.getItem(CASE_STORAGE_KEY)).toBe(newer);
  });
  it('F7: wrong member types are caught, the readable cases kept, the record marked damaged and set aside on write', () => {
    const good = newCase({ title: 'good' }, 1);
    for (const bad of [
      null,
      { id: 'x1' },
      { ...good, id: 'b', entries: null },
      { ...good, id: 'c', entries: [null] },
      { ...good, id: 'd', evidence: null },
    ]) {
      const raw = JSON.stringify({ schema: 'seller-letters-case-file', version: 1, cases: [good, bad], deleted: {} });
      const stored = parseStored(raw);
      expect(stored.problem).toBe('damaged');
      expect(stored.file.cases.map((c) => c.title)).toEqual(['good']);
      const storage = new MemoryStorage();
      storage.setItem(CASE_STORAGE_KEY, raw);
      expect(writeMerged(storage, stored.file).ok).toBe(true);
      expect(storage.getItem(DAMAGED_KEY)).toBe(raw);
    }
  });
  it('F8: the longest entry the builder can make imports again', () => {
    const long = 'x'.repeat(3 * 50 * 2_000 + 20_000);
    const file = fileOf(newCase({ entries: [letter('e1', 'appeal', '2026-05-01', long)] }, 1));
    expect(parseImport(JSON.stringify(file)).ok).toBe(true);
  });
  it('F14: control characters never reach the .ics', () => {
    expect(escapeText('A\u0001B\u0008C\u000bD\u001bE\nF')).toBe('ABCDE\\nF');
    const ics = buildCalendar(
      [{ uid: 'u', date: '2026-05-01', summary: 'T\u0001itle', description: 'd\u0007', alarmDaysBefore: 0 }],
      new Date(0),
      'Cal\u001b',
    );
    // eslint-disable-next-line no-control-regex
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
