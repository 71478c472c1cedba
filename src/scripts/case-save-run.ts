/**
 * What "save to my case" does (src/scripts/case-save.ts loads it on the first click). Asks the fill island for the
 * letter exactly as Copy gives it (FillLetterElement.plainLetter(): the reader's values and rewrites, through
 * src/lib/letter.ts) and leaves it for the case page in localStorage. Imports only its storage key and types, so
 * it never pulls the case page's code in. tests/e2e/case.spec.ts checks the hand-over end to end.
 */
import { PENDING_DAMAGED_KEY, PENDING_KEY } from '../lib/storage-keys';
import type { FillLetterElement } from './fill-letter';

/** Saves the island's letter for the case page; shows `ok` or `fail`. */
export async function saveToCase(slug: string | undefined, ok: HTMLElement, fail: HTMLElement): Promise<void> {
  const island = document.querySelector<FillLetterElement>('fill-letter[data-ready]');
  const now = Date.now();
  try {
    const letter = await island?.plainLetter();
    if (!letter) throw new Error('the fill island is not ready');
    // Fields still empty in the letter as saved (read after plainLetter(): the view has painted by then).
    const box = island?.querySelector(`[data-version="${island.dataset.selected}"]`);
    const empty = new Set(
      [...(box?.querySelectorAll<HTMLElement>('[data-filled-letter] mark.ph[data-state="empty"]') ?? [])].map((m) => m.dataset.key),
    ).size;
    let list: unknown = [];
    try {
      list = JSON.parse(localStorage.getItem(PENDING_KEY) ?? '[]');
    } catch {
      /* unreadable: set aside below */
    }
    // A damaged list is set aside (kept, not overwritten) and a new one started, so saving still works (F11).
    if (!Array.isArray(list)) {
      localStorage.setItem(PENDING_DAMAGED_KEY, localStorage.getItem(PENDING_KEY) ?? '');
      list = [];
    }
    (list as unknown[]).push({
      id: now.toString(36) + Math.random().toString(36).slice(2),
      slug,
      savedAt: now,
      subject: letter.subject,
      text: letter.text,
      ...(empty ? { empty } : {}),
    });
    localStorage.setItem(PENDING_KEY, JSON.stringify(list));
    ok.hidden = !(fail.hidden = true);
  } catch {
    ok.hidden = !(fail.hidden = false);
  }
}
