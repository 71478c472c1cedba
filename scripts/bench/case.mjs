// The case page with a stored file far past what the page itself lets a case hold: 50,000 entries in one case
// (adversarial review F16: 19.6 s to open before the timeline was paged). Timed from navigation to the first page
// of the timeline drawn, and for "show earlier"; the median of a few reloads.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { TIMELINE_PAGE } from '../../src/lib/case-view.ts';
import { CASE_STORAGE_KEY } from '../../src/lib/storage-keys.ts';
import { check, median, printTable, serve } from './lib.mjs';

export const title = 'Case page with 50,000 stored entries';
export const needsBuild = true;

/** A port of this benchmark's range (BENCH_CASE_PORT overrides it). */
const PORT = Number(process.env.BENCH_CASE_PORT ?? 4447);
const ENTRIES = 50_000;
const RUNS = 3;
const TARGET_MS = 2_000;

export async function run({ root, dist }) {
  const server = await serve(root, dist, PORT);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}en/case/`);
    await page.evaluate(
      ({ key, count }) => {
        const now = Date.now();
        const entries = Array.from({ length: count }, (_, i) => ({
          id: `e${i}`,
          type: 'note',
          date: '2026-05-01',
          text: `note ${i}`,
          updatedAt: i + 1,
        }));
        const item = { id: 'huge', title: 'Huge', situationText: '', marketplace: '', noticeDate: '', noticeText: '', status: 'open' };
        const file = { schema: 'seller-letters-case-file', version: 1, deleted: {} };
        const full = { ...item, templates: [], entries, evidence: {}, createdAt: now, updatedAt: now };
        localStorage.setItem(key, JSON.stringify({ ...file, cases: [full] }));
      },
      { key: CASE_STORAGE_KEY, count: ENTRIES },
    );
    const open = [];
    const more = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = Date.now();
      await page.reload();
      await page.waitForFunction((n) => document.querySelectorAll('[data-timeline] > li').length === n, TIMELINE_PAGE);
      open.push(Date.now() - start);
      const clicked = Date.now();
      await page.click('[data-action="show-earlier"]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-timeline] > li').length === n, 2 * TIMELINE_PAGE);
      more.push(Date.now() - clicked);
    }
    const rows = [
      [`open /en/case/ → first ${TIMELINE_PAGE} entries drawn`, `${median(open)} ms`, `${Math.max(...open)} ms`],
      [`"show earlier" → ${2 * TIMELINE_PAGE} entries drawn`, `${median(more)} ms`, `${Math.max(...more)} ms`],
    ];
    printTable([`${ENTRIES.toLocaleString('en')} entries in one case`, 'median', 'worst'], rows);
    return {
      checks: [
        check(
          `open with ${ENTRIES.toLocaleString('en')} entries (median of ${RUNS})`,
          `< ${TARGET_MS} ms`,
          `${median(open)} ms`,
          median(open) < TARGET_MS,
        ),
      ],
      data: { rows },
    };
  } finally {
    await browser.close();
    server.stop();
  }
}
