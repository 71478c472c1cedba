/**
 * Filing and discarding the letters template pages saved for the case file (loaded with the list of waiting
 * letters, only when one waits). A letter leaves the waiting list only once the case holding it is stored (F4).
 */
import { MAX_CASE_ENTRIES, tick, type Case, type CaseEntry } from './case-file.ts';
import { refuse, type CaseSession, type Outcome } from './case-session.ts';
import type { PendingLetter } from './case-store.ts';
import { PENDING_KEY } from './storage-keys.ts';

/** Removes a waiting letter from the list (it stays waiting when storage refuses). */
export function dropPending(session: CaseSession, id: string): void {
  try {
    session.storage?.setItem(PENDING_KEY, JSON.stringify(session.pending().filter((p) => p.id !== id)));
  } catch {
    /* it stays waiting */
  }
}

/** Files a waiting letter into the case shown (or a new one titled `title`) as a draft dated `day`. */
export function filePending(session: CaseSession, letter: PendingLetter, day: string, now: number, title: string): Outcome {
  let caseId = session.shown()?.id;
  if (!caseId) {
    // Started even when it cannot be stored yet: the letter goes into it below, and stays waiting until both are.
    const created = session.create({ title }, now);
    if (!created.created) return created;
    caseId = created.created.id;
  }
  const item = session.caseOf(caseId);
  if (item && item.entries.length >= MAX_CASE_ENTRIES) return refuse('entry-limit');
  const outcome = session.update(caseId, (c) => fileLetter(c, letter, day, now));
  if (outcome.ok) dropPending(session, letter.id);
  return outcome;
}

/**
 * Files a waiting letter into a case as a draft dated the day it was saved (`date`, the reader's calendar day). A
 * draft changes no status and starts no clock: only "mark as sent" (markSent in case-file.ts) does (issue 24.3).
 */
export function fileLetter(item: Case, letter: PendingLetter, date: string, now: number): Case {
  const entry: CaseEntry = { id: letter.id, type: 'draft', date, text: letter.text, template: letter.slug, updatedAt: now };
  if (letter.subject) entry.subject = letter.subject;
  if (letter.empty) entry.empty = letter.empty;
  return {
    ...item,
    templates: item.templates.includes(letter.slug) ? item.templates : [...item.templates, letter.slug],
    entries: [...item.entries, entry],
    updatedAt: tick(item.updatedAt, now),
  };
}
