/**
 * <case-file>: the case page's element. The forms are rendered on the server (src/components/CaseApp.astro, whose
 * contract is src/lib/case-contract.ts); this element makes one context (the session of src/lib/case-session.ts,
 * the strings, the status region) and mounts one view per section (src/scripts/case/), which draw the lists. What
 * the reader typed is set as text (textContent, form values), never as markup, and nothing leaves the browser.
 */
import { CASE, needCase, type CaseActionName, type CaseConfig, type CaseStringKey } from '../lib/case-contract';
import { CaseSession, keptHere, type Outcome } from '../lib/case-session';
import { MAX_CASE_ENTRIES, MAX_CASES } from '../lib/case-file';
import { caseEvidence } from '../lib/case-view';
import { format } from '../lib/format';
import { readableStorage } from '../lib/storage-keys';
import type { CaseContext, CaseView, Params } from './case/context';
import { deadlinesView } from './case/deadlines';
import { evidenceView } from './case/evidence';
import { fileView } from './case/file';
import { newCaseView } from './case/new-case';
import { pendingView } from './case/waiting';
import { printView } from './case/printing';
import { progressView } from './case/progress';
import { summaryView } from './case/summary';
import { timelineView } from './case/timeline';

class CaseFileElement extends HTMLElement {
  #abort: AbortController | undefined;
  #views: CaseView[] = [];

  connectedCallback() {
    if (this.#abort) return;
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    this.dataset.ready = '';
    const config = JSON.parse(this.dataset.config ?? '{}') as CaseConfig;
    const storage = readableStorage(() => window.localStorage) ?? undefined;
    const session = new CaseSession(storage);

    const status = needCase(this, CASE.status);
    const warning = needCase(this, CASE.storageWarning);
    const warningText = needCase(this, CASE.storageText);
    const s = (key: CaseStringKey, params: Params = {}) => format(config.strings[key] ?? key, params);
    let frame = 0;
    signal.addEventListener('abort', () => cancelAnimationFrame(frame));
    const say = (message: string) => {
      status.textContent = '';
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => (status.textContent = message));
    };
    const warn = (key: 'unavailable' | 'full' | 'newer' | 'damaged' | 'gone') => {
      const text = s(`storage.${key}`);
      // The same warning again is not announced again (role=alert reads every change).
      if (warningText.textContent !== text) warningText.textContent = text;
      warning.hidden = false;
    };
    const report = (outcome: Outcome, done?: string) => {
      ctx.render();
      if (!outcome.ok && !keptHere(outcome)) {
        const { reason } = outcome;
        say(
          reason === 'entry-limit'
            ? s('limit.entries', { max: MAX_CASE_ENTRIES })
            : reason === 'case-limit'
              ? s('limit.cases', { max: MAX_CASES })
              : s('storage.gone'),
        );
        return false;
      }
      // Storage refused it: the change stays on this page (export offered beside the warning).
      if (!outcome.ok) warn(outcome.reason as 'full' | 'newer' | 'unavailable');
      if (done) say(done);
      return true;
    };

    const ctx: CaseContext = {
      root: this,
      config,
      session,
      storage,
      s,
      // Own keys only: a hash such as #template-__proto__ names no template (F8).
      title: (slug) => (Object.hasOwn(config.templates, slug) ? config.templates[slug]!.title : slug),
      evidenceOf: (slug) => (Object.hasOwn(config.templates, slug) ? config.templates[slug]!.evidence : []),
      say,
      warn,
      report,
      render: () => this.#render(ctx, progress, evidence),
      signal,
    };
    if (session.problem) warn(session.problem);

    const progress = progressView(ctx);
    const evidence = evidenceView(ctx);
    this.#views = [
      pendingView(ctx),
      summaryView(ctx),
      newCaseView(ctx),
      deadlinesView(ctx),
      timelineView(ctx),
      fileView(ctx),
      printView(ctx),
      { render: () => undefined, flush: evidence.flush, destroy: evidence.destroy },
    ];
    const actions: Partial<Record<CaseActionName, () => void>> = Object.assign({}, ...this.#views.map((v) => v.actions ?? {}));
    this.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest<HTMLElement>('[data-action]');
        const name = button?.dataset.action as CaseActionName | undefined;
        if (name && Object.hasOwn(actions, name)) actions[name]!();
      },
      { signal },
    );

    // What is being typed is stored when the page is hidden or closed.
    window.addEventListener('pagehide', () => this.#views.forEach((v) => v.flush?.()), { signal });
    // Another tab wrote the file: its changes are taken in (the merge keeps what this tab holds).
    window.addEventListener(
      'storage',
      (event) => {
        const change = session.fromOtherTab(event.key, event.newValue);
        if (change === 'none') return;
        ctx.render();
        if (change === 'file') say(s('storage.otherTab'));
        if (change === 'shown-deleted') say(s('storage.gone'));
      },
      { signal },
    );

    needCase(this, CASE.nojs).hidden = true;
    needCase(this, CASE.ui).hidden = false;
    ctx.render();
  }

  /** Every view drawn for the case shown; the evidence list is worked out once for the checklist and the task list. */
  #render(ctx: CaseContext, progress: ReturnType<typeof progressView>, evidence: ReturnType<typeof evidenceView>) {
    const shown = ctx.session.shown();
    for (const view of this.#views) view.render(shown);
    if (!shown) return;
    const items = caseEvidence(shown, ctx.evidenceOf);
    progress.render(shown, items);
    evidence.render(shown, items);
  }

  disconnectedCallback() {
    for (const view of this.#views) {
      view.flush?.();
      view.destroy?.();
    }
    this.#abort?.abort();
    this.#abort = undefined;
    this.#views = [];
  }
}

if (!customElements.get('case-file')) customElements.define('case-file', CaseFileElement);
