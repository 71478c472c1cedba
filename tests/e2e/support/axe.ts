/**
 * axe-core in the page, injected once per page load by an init script (so the site's CSP does not apply to it) and
 * run in place: far cheaper than handing the whole library to the page on every analysis, which is what makes an
 * axe pass over every page affordable.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ContextObject, RunOptions, Spec } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A/AA rule tags: the full run on one page of every type. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Rules that depend on a page's content rather than its type: cheap enough to run on every page. */
export const CONTENT_RULES = [
  'landmark-one-main',
  'landmark-unique',
  'region',
  'page-has-heading-one',
  'document-title',
  'html-has-lang',
  'html-lang-valid',
  'valid-lang',
  'link-name',
  'button-name',
  'label',
  'image-alt',
  'duplicate-id-aria',
  'list',
  'listitem',
  'heading-order',
];

/** The shared chrome, whose contrast is checked on every page (the whole page's contrast: once per page type). */
export const CHROME = ['body > header', 'body > footer'];
/** The chrome's elements, as a rule's selector: a rule given it looks only there. */
export const CHROME_ELEMENTS = CHROME.flatMap((s) => [s, `${s} *`]).join(', ');

/** Makes axe available on every page `page` loads from now on. Call before the first goto. */
export const installAxe = (page: Page) => page.addInitScript({ content: AXE_SOURCE });

/**
 * One axe run: its rules (by id or tag), the part of the page it reads, and rules narrowed to elements of their own
 * (`{ 'color-contrast': CHROME_ELEMENTS }`), so that one run can check the whole page for some rules and only the
 * chrome for others.
 */
export type AxeRun = { context?: ContextObject; rules?: readonly string[]; tags?: readonly string[]; narrowed?: Record<string, string> };

/**
 * Violations on the loaded page, one line each ("rule (impact): target — what fails"), for each run in `runs`.
 * Collapsed <details> are opened first so their text is checked too.
 */
export async function axeViolations(page: Page, runs: readonly AxeRun[]): Promise<string[]> {
  const results = await page.evaluate(async (runs) => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const axe = (
      window as unknown as { axe: { run(c: unknown, o: RunOptions): Promise<AxeResults>; configure(spec: Spec): void; reset(): void } }
    ).axe;
    const out: AxeResults['violations'][] = [];
    for (const run of runs) {
      const runOnly = run.rules ? { type: 'rule' as const, values: [...run.rules] } : { type: 'tag' as const, values: [...run.tags!] };
      if (run.narrowed) axe.configure({ rules: Object.entries(run.narrowed).map(([id, selector]) => ({ id, selector })) });
      out.push((await axe.run(run.context ?? document, { resultTypes: ['violations'], runOnly })).violations);
      if (run.narrowed) axe.reset();
    }
    return out;
  }, runs);
  return results
    .flat()
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
    );
}
