/**
 * <case-save>: "save to my case" on a template page. Asks the fill island for the letter exactly as Copy gives it
 * (FillLetterElement.plainLetter(): the reader's values and rewrites, through src/lib/letter.ts) and leaves it for
 * the case page in localStorage. Imports only its storage key and types, so it stays under half a kilobyte and
 * never pulls the case page's code in.
 */
import { PENDING_DAMAGED_KEY, PENDING_KEY } from '../lib/storage-keys';
import type { FillLetterElement } from './fill-letter';

class CaseSave extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback() {
    const button = this.querySelector('button');
    const ok = this.querySelector<HTMLElement>('[role="status"]');
    const fail = this.querySelector<HTMLElement>('[role="alert"]');
    if (!button || !ok || !fail)
      throw new Error('case-save: the element needs its button, a role="status" and a role="alert" (src/components/CaseSave.astro)');
    this.#button = button;
    button.hidden = false;
    button.onclick = () => {
      const island = document.querySelector<FillLetterElement>('fill-letter[data-ready]');
      const letter = island?.plainLetter();
      const now = Date.now();
      // Fields still empty in the letter as saved: the case file says so on the draft.
      const box = island?.querySelector(`[data-version="${island.dataset.selected}"]`);
      const empty = new Set(
        [...(box?.querySelectorAll<HTMLElement>('[data-filled-letter] mark.ph[data-state="empty"]') ?? [])].map((m) => m.dataset.key),
      ).size;
      try {
        if (!letter) throw new Error('the fill island is not ready');
        // tests/e2e/case.spec.ts checks the hand-over end to end.
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
          slug: this.dataset.slug,
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
    };
  }

  disconnectedCallback() {
    if (this.#button) this.#button.onclick = null;
  }
}

if (!customElements.get('case-save')) customElements.define('case-save', CaseSave);
