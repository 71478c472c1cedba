/**
 * What every section view of the case page is handed (explicitly: no view reaches into another's variables), and
 * what a view gives back. The element (src/scripts/case-page.ts) makes one context and mounts the views on it.
 */
import type { Case } from '../../lib/case-file';
import type { CaseActionName, CaseConfig, CaseStringKey } from '../../lib/case-contract';
import type { CaseSession, Outcome } from '../../lib/case-session';
import type { StorageLike } from '../../lib/storage-keys';

export type Params = Record<string, string | number>;

export interface CaseContext {
  /** The <case-file> element: views look up their own parts in it (needCase). */
  root: HTMLElement;
  config: CaseConfig;
  /** The file, the case shown and every change to them. */
  session: CaseSession;
  /** The page's storage, when it has one (the views keep drafts in it). */
  storage: StorageLike | undefined;
  /** A `case.*` string in the page language. */
  s(key: CaseStringKey, params?: Params): string;
  /** A template's title (its slug when the site has no such template). */
  title(slug: string): string;
  /** A template's evidence list (own keys only: "#template-__proto__" names no template). */
  evidenceOf(slug: string): CaseConfig['templates'][string]['evidence'];
  /** Announces a message in the page's status region. */
  say(message: string): void;
  /** Shows the storage warning (role=alert). */
  warn(key: 'unavailable' | 'full' | 'newer' | 'damaged' | 'gone'): void;
  /** Draws the page again after a change and says what became of it (`done`, or why not); true when this tab holds it (keptHere). */
  report(outcome: Outcome, done?: string): boolean;
  /** Draws every view again from the session. */
  render(): void;
  /** Aborted when the element leaves the page: every listener a view adds passes it. */
  signal: AbortSignal;
}

export interface CaseView {
  /** Draws the section for the case shown (undefined: there is none). */
  render(shown: Case | undefined): void;
  /** The page's `data-action` buttons this view answers. */
  actions?: Partial<Record<CaseActionName, () => void>>;
  /** Stores what is being typed now (the page is hidden, or another case is about to be drawn). */
  flush?(): void;
  /** Clears the view's timers when the element leaves the page. */
  destroy?(): void;
}

/** One debounced call at a time, flushable and cancellable (the views' typing timers). */
export function debounce(run: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, ms);
    },
    get pending() {
      return timer !== undefined;
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      run();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
