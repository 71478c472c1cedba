/**
 * Size budgets as a gate: the built pages' JS at load, the CSS, the largest template's HTML and every chunk loaded
 * on demand stay within scripts/bench/budgets.mjs. Measured as the weight bench measures them (scripts/bench/
 * assets.mjs follows <script>, modulepreload and static imports; dynamic imports count as on demand).
 */
import { describe, expect, test } from 'vitest';
import { Site } from '../../scripts/bench/assets.mjs';
import { BUDGETS, chunkBudget } from '../../scripts/bench/budgets.mjs';
import { longestTemplate } from '../../scripts/bench/weight.mjs';
import { DIST, htmlFiles } from '../support/dist';

const site = new Site(DIST, '/');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const prefixes = ['', '/en'];
const slug = longestTemplate(DIST);
const pathOf = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');
const allPages = htmlFiles().map(pathOf);

function within(label: string, bytes: number, budget: number) {
  expect(bytes, `${label}: ${kb(bytes)} > budget ${kb(budget)}`).toBeLessThanOrEqual(budget);
}

describe('page-weight budgets (gzip)', () => {
  for (const prefix of prefixes) {
    test(`JS at load${prefix ? ` (${prefix})` : ''}: pages without an island, pages with the notice box, search, a template, the case page`, () => {
      for (const path of ['/contacts/', '/guides/plan-of-action/', '/about/'])
        within(`${prefix}${path}`, site.page(`${prefix}${path}`).js.gz, BUDGETS.pageJs);
      for (const path of ['/', '/triage/', '/notice/'])
        within(`${prefix}${path}`, site.page(`${prefix}${path}`).js.gz, BUDGETS.noticeBoxPageJs);
      within(`${prefix}/search/`, site.page(`${prefix}/search/`).js.gz, BUDGETS.searchPageJs);
      within(`${prefix}/templates/${slug}/`, site.page(`${prefix}/templates/${slug}/`).js.gz, BUDGETS.templatePageJs);
      within(`${prefix}/case/`, site.page(`${prefix}/case/`).js.gz, BUDGETS.casePageJs);
    });
    test(`HTML of the largest template page${prefix ? ` (${prefix})` : ''}`, () => {
      within(`${prefix}/templates/${slug}/`, site.page(`${prefix}/templates/${slug}/`).html.gz, BUDGETS.templateHtml);
    });
  }

  test('site-wide CSS, every stylesheet counted once', () => {
    const css = new Map<string, number>();
    for (const path of allPages) for (const unit of site.page(path).css.units) css.set(unit.key, unit.gz);
    within(
      'site CSS',
      [...css.values()].reduce((sum, gz) => sum + gz, 0),
      BUDGETS.siteCss,
    );
  });

  test('every chunk a page loads on demand', () => {
    const chunks = new Map<string, number>();
    for (const path of allPages) for (const unit of site.page(path).onDemand.units) chunks.set(unit.key, unit.gz);
    expect(chunks.size, 'no on-demand chunk found: the measurement lost track of the dynamic imports').toBeGreaterThan(0);
    for (const [file, gz] of chunks) within(file.replace(DIST, ''), gz, chunkBudget(file));
  });

  test('the gate can fail: a budget of one byte is exceeded', () => {
    expect(() => within('home', site.page('/').js.gz, 1)).toThrow(/budget/);
  });
});
