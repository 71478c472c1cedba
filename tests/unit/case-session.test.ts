/**
 * The case page's state without a browser (src/lib/case-session.ts, case-drafts.ts, case-pending.ts, the paging of
 * case-view.ts): two sessions on one in-memory storage stand for two tabs. Adversarial review F1 (a case deleted in
 * one tab must not pass another tab's edit on to a different case), F5 (drafts kept while typing), F8/F16 (limits
 * the import also holds, long lists paged).
 */
import { describe, expect, it } from 'vitest';
import { MAX_CASE_ENTRIES, MAX_CASES, newCase, type CaseEntry, type CaseFile } from '../../src/lib/case-file';
import { draftOf, dropDrafts, readDrafts, saveDraft } from '../../src/lib/case-drafts';
import { parseImport } from '../../src/lib/case-import';
import { filePending } from '../../src/lib/case-pending';
import { CaseSession, keptHere } from '../../src/lib/case-session';
import { parseStored, readStored } from '../../src/lib/case-store';
import { newest, TIMELINE_PAGE } from '../../src/lib/case-view';
import { CASE_DRAFTS_KEY, CASE_STORAGE_KEY, PENDING_KEY, storeKind } from '../../src/lib/storage-keys';
import { MemoryStorage } from '../support/memory-storage';

const entry = (id: string, text = id): CaseEntry => ({ id, type: 'note', date: '2026-05-01', text, updatedAt: 1 });
const titles = (storage: MemoryStorage) => Object.fromEntries(readStored(storage).file.cases.map((c) => [c.id, c.title]));

/** Two tabs on one storage: A starts "Y" then "X" (X shown in both), and B has read the file. */
function twoTabs() {
  const storage = new MemoryStorage();
  const a = new CaseSession(storage);
  const y = a.create({ title: 'Case Y (keep my title)' }, 1).created!;
  const x = a.create({ title: 'Case X' }, 2).created!;
  const b = new CaseSession(storage);
  expect(b.shown()?.id).toBe(x.id);
  return { storage, a, b, x, y };
}

describe('F1: a case deleted in one tab', () => {
  it('an edit another tab makes to it afterwards is refused, and no other case takes it', () => {
    const { storage, a, b, x, y } = twoTabs();
    expect(b.update(x.id, (c) => ({ ...c, title: 'Case X - edited', updatedAt: 3 })).ok).toBe(true);
    expect(a.remove(x.id, 4).ok).toBe(true);
    // B has not heard of the deletion yet: its edit lands on a deleted case, is dropped, and says so.
    expect(b.update(x.id, (c) => ({ ...c, title: 'Case X - edited more', updatedAt: 5 }))).toEqual({ ok: false, reason: 'gone' });
    expect(titles(storage)).toEqual({ [y.id]: 'Case Y (keep my title)' });
    // B shows Y from now on; Y's own edits work.
    expect(b.shown()?.id).toBe(y.id);
    expect(b.update(y.id, (c) => ({ ...c, title: 'Y renamed', updatedAt: 6 })).ok).toBe(true);
    expect(titles(storage)).toEqual({ [y.id]: 'Y renamed' });
  });

  it('the other tab hears of it as "the case shown was deleted", and its edit by id still cannot reach another case', () => {
    const { storage, a, b, x, y } = twoTabs();
    a.remove(x.id, 4);
    expect(b.fromOtherTab(CASE_STORAGE_KEY, storage.getItem(CASE_STORAGE_KEY))).toBe('shown-deleted');
    expect(b.update(x.id, (c) => ({ ...c, title: 'typed into X' }))).toEqual({ ok: false, reason: 'gone' });
    expect(titles(storage)).toEqual({ [y.id]: 'Case Y (keep my title)' });
    // Entries, too, go only where they were meant to.
    expect(b.addEntries(x.id, [entry('n1')])).toEqual({ ok: false, reason: 'gone' });
    expect(readStored(storage).file.cases[0]!.entries).toEqual([]);
  });

  it('another tab\'s other writes are "file", a write to another key is "none", pending letters are "pending"', () => {
    const { storage, a, b, y } = twoTabs();
    a.update(y.id, (c) => ({ ...c, title: 'Y from A', updatedAt: 9 }));
    expect(b.fromOtherTab(CASE_STORAGE_KEY, storage.getItem(CASE_STORAGE_KEY))).toBe('file');
    expect(b.caseOf(y.id)?.title).toBe('Y from A');
    expect(b.fromOtherTab('sl-theme', 'dark')).toBe('none');
    expect(b.fromOtherTab(PENDING_KEY, '[]')).toBe('pending');
    // A damaged write is not taken in.
    expect(b.fromOtherTab(CASE_STORAGE_KEY, '{"schema":')).toBe('none');
    expect(b.caseOf(y.id)?.title).toBe('Y from A');
  });

  it('a waiting letter is filed into the case shown by id, and leaves the waiting list only once stored', () => {
    const { storage, b, x } = twoTabs();
    storage.setItem(PENDING_KEY, JSON.stringify([{ id: 'p1', slug: 'odr-appeal', savedAt: 5, text: 'Dear team' }]));
    const [letter] = b.pending();
    expect(filePending(b, letter!, '2026-05-02', 6, 'ODR').ok).toBe(true);
    expect(
      readStored(storage)
        .file.cases.find((c) => c.id === x.id)!
        .entries.map((e) => e.id),
    ).toEqual(['p1']);
    expect(b.pending()).toEqual([]);
  });
});

describe('storage refusals keep the change in the tab', () => {
  it('no storage: changes are held here, said as "unavailable"', () => {
    const session = new CaseSession(undefined);
    expect(session.problem).toBe('unavailable');
    const made = session.create({ title: 'here only' }, 1);
    expect(made).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(keptHere(made)).toBe(true);
    expect(session.shown()?.title).toBe('here only');
  });
  it('a full storage: the change stays on the page, the stored file is untouched', () => {
    const storage = new MemoryStorage();
    const session = new CaseSession(storage);
    const made = session.create({ title: 'first' }, 1).created!;
    storage.quota = storage.getItem(CASE_STORAGE_KEY)!.length + 10;
    const outcome = session.update(made.id, (c) => ({ ...c, title: 'x'.repeat(100), updatedAt: 2 }));
    expect(outcome).toEqual({ ok: false, reason: 'full' });
    expect(keptHere(outcome)).toBe(true);
    expect(session.shown()?.title).toBe('x'.repeat(100));
    expect(titles(storage)).toEqual({ [made.id]: 'first' });
  });
});

describe('limits the import also holds (F8), long lists paged (F16)', () => {
  it('a case takes at most MAX_CASE_ENTRIES entries; the import accepts exactly that many', () => {
    const storage = new MemoryStorage();
    const session = new CaseSession(storage);
    const made = session.create({ title: 'long' }, 1).created!;
    const many = Array.from({ length: MAX_CASE_ENTRIES - 1 }, (_, i) => entry(`e${i}`));
    expect(session.addEntries(made.id, many).ok).toBe(true);
    expect(session.addEntries(made.id, [entry('last')]).ok).toBe(true);
    expect(session.addEntries(made.id, [entry('one-too-many')])).toEqual({ ok: false, reason: 'entry-limit' });
    expect(keptHere({ ok: false, reason: 'entry-limit' })).toBe(false);
    expect(readStored(storage).file.cases[0]!.entries).toHaveLength(MAX_CASE_ENTRIES);
    // What the page stores, the import takes back; one more is refused.
    const exported = storage.getItem(CASE_STORAGE_KEY)!;
    expect(parseImport(exported).ok).toBe(true);
    const over = JSON.parse(exported) as CaseFile;
    over.cases[0]!.entries.push(entry('over'));
    expect(parseImport(JSON.stringify(over))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('a file holds at most MAX_CASES cases', () => {
    const session = new CaseSession(new MemoryStorage());
    session.file = { ...session.file, cases: Array.from({ length: MAX_CASES }, (_, i) => newCase({ title: `c${i}` }, i)) };
    expect(session.create({ title: 'one more' }, 1)).toEqual({ ok: false, reason: 'case-limit' });
    expect(session.file.cases).toHaveLength(MAX_CASES);
  });

  it('a stored file with 50,000 entries in one case is read whole and drawn a page at a time', () => {
    const storage = new MemoryStorage();
    const big = newCase({ title: 'huge', entries: Array.from({ length: 50_000 }, (_, i) => entry(`e${i}`, `t${i}`)) }, 1);
    storage.setItem(CASE_STORAGE_KEY, JSON.stringify({ schema: 'seller-letters-case-file', version: 1, cases: [big], deleted: {} }));
    const session = new CaseSession(storage);
    expect(session.shown()?.entries).toHaveLength(50_000);
    const first = newest(session.shown()!.entries, TIMELINE_PAGE);
    expect(first.items).toHaveLength(TIMELINE_PAGE);
    expect(first.earlier).toBe(50_000 - TIMELINE_PAGE);
    expect(first.items.at(-1)!.text).toBe('t49999');
    expect(newest([1, 2, 3], 2)).toEqual({ items: [2, 3], earlier: 1 });
    expect(newest([1, 2, 3], 10)).toEqual({ items: [1, 2, 3], earlier: 0 });
    expect(newest([1, 2, 3], -1)).toEqual({ items: [], earlier: 3 });
    // Adding to it is refused (it could not be exported and imported again), with the file unchanged.
    expect(session.addEntries(big.id, [entry('more')])).toEqual({ ok: false, reason: 'entry-limit' });
    expect(parseStored(storage.getItem(CASE_STORAGE_KEY)).file.cases[0]!.entries).toHaveLength(50_000);
  });
});

describe('F5: drafts of the "add" forms', () => {
  it('are kept per case and form, restored, and dropped when emptied or when their case goes', () => {
    const storage = new MemoryStorage();
    expect(saveDraft(storage, 'case-a', 'reply', { date: '2026-05-03', text: 'Amazon wrote back' })).toBe(true);
    expect(saveDraft(storage, 'case-a', 'note', { date: '', text: 'call supplier' })).toBe(true);
    expect(saveDraft(storage, 'constructor', 'appeal', { text: 'Dear team', subject: 'Appeal', template: 'odr-appeal' })).toBe(true);
    const drafts = readDrafts(storage);
    expect(draftOf(drafts, 'case-a', 'reply')).toEqual({ date: '2026-05-03', text: 'Amazon wrote back' });
    expect(draftOf(drafts, 'constructor', 'appeal')?.subject).toBe('Appeal');
    expect(draftOf(drafts, 'case-b', 'reply')).toBeUndefined();
    expect(draftOf(drafts, '__proto__', 'reply')).toBeUndefined();
    // Emptied: gone (whitespace counts as empty).
    saveDraft(storage, 'case-a', 'note', { date: '2026-05-03', text: '  ' });
    expect(draftOf(readDrafts(storage), 'case-a', 'note')).toBeUndefined();
    // Its case deleted: gone, the others stay.
    dropDrafts(storage, (id) => id !== 'case-a');
    expect(Object.keys(readDrafts(storage))).toEqual(['constructor']);
    saveDraft(storage, 'constructor', 'appeal', { text: '' });
    expect(storage.getItem(CASE_DRAFTS_KEY)).toBeNull();
  });
  it('a damaged record reads as no drafts, never throws; a refused write says so', () => {
    const storage = new MemoryStorage();
    for (const raw of ['{"a":', '[1,2]', '{"x":{"reply":{"text":5}}}', '{"x":{"evil":{"text":"t"}}}', 'null']) {
      storage.setItem(CASE_DRAFTS_KEY, raw);
      expect(readDrafts(storage)).toEqual({});
    }
    storage.quota = 0;
    expect(saveDraft(storage, 'x', 'reply', { text: 'kept on the page' })).toBe(false);
  });
  it('drafts belong to the case file: Forget keeps or deletes them with it', () => {
    expect(storeKind(CASE_DRAFTS_KEY)).toBe('case');
  });
});
