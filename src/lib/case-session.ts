/**
 * The case page's state and every change to it, without a DOM: the file as this tab holds it, the case shown, and
 * the stores they live in (src/lib/case-store.ts). Each change names the case and entry it is for, by id, never
 * "the current case" at the time it lands (F1: a case deleted in another tab must not pass an edit on to whichever
 * case is shown next). Every change says whether it was stored, and why not. The views (src/scripts/case/) call it;
 * the unit tests drive it with an in-memory storage.
 */
import { emptyFile, has, MAX_CASE_ENTRIES, MAX_CASES, mergeFiles, newCase, type Case, type CaseEntry, type CaseFile } from './case-file.ts';
import { deleteCase, parseStored, readPending, readStored, writeMerged, type PendingLetter } from './case-store.ts';
import { CASE_DRAFTS_KEY, CASE_STORAGE_KEY, CURRENT_CASE_KEY, DAMAGED_KEY, PENDING_KEY, type StorageLike } from './storage-keys.ts';

/** Why a change was not stored: storage full, a newer site's file, no storage, its case deleted meanwhile, a limit. */
export type Refusal = 'full' | 'newer' | 'unavailable' | 'gone' | 'entry-limit' | 'case-limit';
export type Outcome = { ok: true } | { ok: false; reason: Refusal };

/** Whether a change is held by this tab at least: stored, or kept on the page while storage refuses it (full, newer, none). */
export const keptHere = (outcome: Outcome): boolean => outcome.ok || ['full', 'newer', 'unavailable'].includes(outcome.reason);

/** What another tab's write changed here. */
export type OtherTab = 'none' | 'pending' | 'file' | 'shown-deleted';

const OK: Outcome = { ok: true };
export const refuse = (reason: Refusal): Outcome => ({ ok: false, reason });

export class CaseSession {
  /** The file as this tab holds it: what is stored, merged with this tab's changes. */
  file: CaseFile = emptyFile();
  /** The id of the case shown, or null. */
  current: string | null = null;
  /** What was wrong with storage at load ('damaged' records are set aside by the next write). */
  readonly problem: 'damaged' | 'newer' | 'unavailable' | undefined;
  /** A newer site's file: this page never writes over it. */
  readonly #blocked: boolean;
  readonly #storage: StorageLike | undefined;

  constructor(storage: StorageLike | undefined) {
    this.#storage = storage;
    if (!storage) {
      this.problem = 'unavailable';
      this.#blocked = false;
      return;
    }
    const stored = readStored(storage);
    this.file = stored.file;
    this.problem = stored.problem;
    this.#blocked = stored.problem === 'newer';
    try {
      this.current = storage.getItem(CURRENT_CASE_KEY);
    } catch {
      this.current = null;
    }
  }

  /** The case with this id, if the file still holds it. */
  caseOf(id: string | null): Case | undefined {
    return id === null ? undefined : this.file.cases.find((c) => c.id === id);
  }

  /** The case shown: the chosen one, or (when it is gone) the last one, remembered as chosen. */
  shown(): Case | undefined {
    if (!this.caseOf(this.current)) this.select(this.file.cases.at(-1)?.id ?? null);
    return this.caseOf(this.current);
  }

  select(id: string | null): void {
    this.current = id;
    try {
      if (id) this.#storage?.setItem(CURRENT_CASE_KEY, id);
    } catch {
      /* only the choice of case is lost */
    }
  }

  /** Takes `next` as this tab's file and stores it merged into what is stored (another tab's entries survive). */
  store(next: CaseFile): Outcome {
    this.file = next;
    if (!this.#storage) return refuse('unavailable');
    if (this.#blocked) return refuse('newer');
    const result = writeMerged(this.#storage, next);
    if (!result.ok) return refuse(result.reason);
    this.file = result.file;
    return OK;
  }

  /** Changes the case with this id; a case deleted meanwhile (here or in another tab) takes nothing, and says so. */
  update(caseId: string, change: (item: Case) => Case): Outcome {
    if (!this.caseOf(caseId)) return refuse('gone');
    const outcome = this.store({ ...this.file, cases: this.file.cases.map((c) => (c.id === caseId ? change(c) : c)) });
    return outcome.ok && !this.caseOf(caseId) ? refuse('gone') : outcome;
  }

  /** Adds entries to a case, up to MAX_CASE_ENTRIES (so the file still imports). */
  addEntries(caseId: string, entries: CaseEntry[], change: (item: Case) => Case = (c) => c): Outcome {
    const item = this.caseOf(caseId);
    if (!item) return refuse('gone');
    if (item.entries.length + entries.length > MAX_CASE_ENTRIES) return refuse('entry-limit');
    return this.update(caseId, (c) => change({ ...c, entries: [...c.entries, ...entries] }));
  }

  removeEntry(caseId: string, entryId: string, now: number): Outcome {
    if (!this.caseOf(caseId)) return refuse('gone');
    return this.store({
      ...this.file,
      deleted: { ...this.file.deleted, [entryId]: now },
      cases: this.file.cases.map((c) => (c.id === caseId ? { ...c, entries: c.entries.filter((e) => e.id !== entryId) } : c)),
    });
  }

  /** Starts a case (shown from now on), up to MAX_CASES. */
  create(fields: Partial<Case>, now: number): Outcome & { created?: Case } {
    if (this.file.cases.length >= MAX_CASES) return refuse('case-limit');
    const created = newCase(fields, now);
    this.select(created.id);
    return { ...this.store({ ...this.file, cases: [...this.file.cases, created] }), created };
  }

  /** Deletes a case (its id remembered, so no tab brings it back); the page drops its drafts (dropDrafts). */
  remove(caseId: string, now: number): Outcome {
    if (this.current === caseId) this.select(null);
    return this.store(deleteCase(this.file, caseId, now));
  }

  /** Removes the whole case file and everything waiting for it from this device. */
  removeAll(): void {
    for (const key of [CASE_STORAGE_KEY, PENDING_KEY, DAMAGED_KEY, CURRENT_CASE_KEY, CASE_DRAFTS_KEY])
      try {
        this.#storage?.removeItem(key);
      } catch {
        /* nothing was there to remove */
      }
    this.file = emptyFile();
    this.current = null;
  }

  /** The page's storage (filing and discarding waiting letters: src/lib/case-pending.ts). */
  get storage(): StorageLike | undefined {
    return this.#storage;
  }

  /** The letters saved on template pages, waiting to be filed. */
  pending(): PendingLetter[] {
    return this.#storage ? readPending(this.#storage) : [];
  }

  /** Takes a file just stored (an import: src/lib/case-import.ts) as this tab's, showing `fallback` if none is shown. */
  adopt(file: CaseFile, fallback: string | null): void {
    this.file = file;
    if (!this.caseOf(this.current)) this.select(fallback);
  }

  /** Another tab wrote `key` (null: storage cleared): its changes are taken in, nothing this tab holds is dropped. */
  fromOtherTab(key: string | null, value: string | null): OtherTab {
    if (key === PENDING_KEY) return 'pending';
    if (key !== CASE_STORAGE_KEY && key !== null) return 'none';
    const before = this.current;
    if (value === null) this.file = emptyFile();
    else {
      const stored = parseStored(value);
      if (stored.problem) return 'none';
      this.file = mergeFiles(this.file, stored.file);
    }
    return before !== null && !this.caseOf(before) && (value === null || has(this.file.deleted, before)) ? 'shown-deleted' : 'file';
  }
}
