/**
 * <case-continue>: the home page's "continue your case" card. Shows itself only when this browser holds a case
 * file: the case last worked on (the one the case page had open, else the newest), its situation, status and the
 * next deadline that applies to it. Reads storage, writes nothing; everything is set as text.
 * Every reader loads this element; only a reader with a case file loads the card's logic (case-continue-card.ts).
 */
import { CASE_STORAGE_KEY, CURRENT_CASE_KEY } from '../lib/storage-keys';

export type { ContinueConfig } from './case-continue-card';

class CaseContinue extends HTMLElement {
  connectedCallback() {
    let raw: string | null = null;
    let current: string | null = null;
    try {
      raw = localStorage.getItem(CASE_STORAGE_KEY);
      current = localStorage.getItem(CURRENT_CASE_KEY);
    } catch {
      return;
    }
    if (!raw) return;
    void import('./case-continue-card').then(({ showCard }) => showCard(this, raw, current));
  }
}

if (!customElements.get('case-continue')) customElements.define('case-continue', CaseContinue);
