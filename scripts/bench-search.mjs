// Search benchmark: prints figures, asserts nothing (targets are shown beside them). Needs a built dist/.
// Usage: npm exec -- node scripts/bench-search.mjs [--port 4431] [--runs 5]   (or `npm run bench -- search`; both run on the pinned Node 24)
//   1. the Pagefind bundle on disk: library and each language's index;
//   2. bytes for a visit to a template page that ends in the first results (focus the header box, type, Enter),
//      counted at the host (scripts/bench/host.mjs), and what the page loaded for search before the focus;
//   3. time from the end of the debounce to the first results on the search page, first query and a later one.
// Under `npm run bench` it also hands its checks to the summary (BENCH_RESULT) and uses BENCH_PORT.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { countingHost, ourSearchFile, summarize, untilQuiet } from './bench/host.mjs';
import { median } from './bench/lib.mjs';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { basePath } from '../src/lib/deploy.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const port = Number(option('port', process.env.BENCH_PORT ?? 4431));
const runs = Number(option('runs', 5));
const base = basePath();
const dist = process.env.BENCH_DIST ?? 'dist';
const bundleDir = join(dist, 'pagefind');
/** Targets from issue 13: the search part of a visit, and the time to first results after the debounce. */
const SEARCH_PART_TARGET = 100 * 1024;
const TIME_TARGET_MS = 100;
/** Checks handed to `npm run bench` (name, target, measured, pass). */
const checks = [];
const data = {};
const DEBOUNCE_MS = 150;

const SCENARIOS = [
  { locale: 'zh-CN', template: '/templates/odr-a-to-z-vacation/', search: '/search/', first: 'ODR 申诉', next: '被跟卖了' },
  { locale: 'en', template: '/en/templates/odr-a-to-z-vacation/', search: '/en/search/', first: 'ODR appeal', next: 'hijacker' },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const spread = (values) =>
  `median ${Math.round(median(values))} ms [${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}]`;

/** What a bundle file is, for the breakdowns. */
function kindOf(name) {
  if (name.endsWith('.pf_index')) return 'index chunks';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  if (name.endsWith('.pf_filter')) return 'filters';
  if (name.endsWith('.pf_meta') || name.startsWith('pagefind-entry.json')) return 'metadata';
  if (name.endsWith('.pagefind')) return 'wasm';
  if (name === 'pagefind.js') return 'library';
  if (name === 'pagefind-worker.js') return 'worker';
  return 'other';
}

async function diskReport() {
  const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => ({ name: e.name, size: (await readFile(join(e.parentPath, e.name))).length })),
  );
  const total = files.reduce((sum, f) => sum + f.size, 0);
  console.log(`Index on disk: ${bundleDir} ${kb(total)} in ${files.length} files`);
  const library = files.filter((f) => ['library', 'wasm', 'worker'].includes(kindOf(f.name)));
  console.log(`  library: ${library.map((f) => `${f.name} ${kb(f.size)}`).join(', ')}`);
  for (const language of ['zh-cn', 'en']) {
    const own = files.filter((f) => f.name.includes(`${language}_`));
    const groups = Object.entries(Object.groupBy(own, (f) => kindOf(f.name))).map(
      ([kind, list]) => `${list.length} ${kind} ${kb(list.reduce((s, f) => s + f.size, 0))}`,
    );
    console.log(`  ${language}: ${kb(own.reduce((s, f) => s + f.size, 0))} (${groups.join(', ')})`);
  }
}

const isSearchFile = ourSearchFile(base);

/**
 * A visit that ends in the first results, counted at the host: the template page until its load event, then
 * until the network is quiet (code loaded on idle), then focus the header box, type, Enter, and the search page
 * until its first results are on screen and the network is quiet again.
 */
async function transferReport(browser, host, scenario) {
  host.log.length = 0;
  const context = await browser.newContext();
  const page = await context.newPage();
  host.mark('load');
  await page.goto(host.origin + base + scenario.template.slice(1), { waitUntil: 'load' });
  host.mark('idle');
  await untilQuiet(host.log);
  const beforeFocus = host.log.filter((e) => isSearchFile(e.url));
  host.mark('search');
  await page.locator('[data-site-search]').focus();
  await page.keyboard.type(scenario.first);
  await page.keyboard.press('Enter');
  await page.waitForSelector('site-search[data-state="done"]', { timeout: 30_000 });
  await untilQuiet(host.log);
  const visit = summarize(host.log, isSearchFile);
  const searchFiles = host.log.filter((e) => e.phase === 'search' && isSearchFile(e.url));
  console.log(
    `Visit from a template page to the first results (${scenario.locale}, ${scenario.template}, “${scenario.first}”), counted at a host that gzips text:`,
  );
  console.log(
    `  search code loaded before the reader focuses the box: ${beforeFocus.length} requests, ${kb(beforeFocus.reduce((n, e) => n + e.bytes, 0))}  [target: 0]`,
  );
  console.log(
    `  search part: ${kb(visit.search)}  [target ≤ ${kb(SEARCH_PART_TARGET)}] — ${Object.entries(visit.kinds)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ')}`,
  );
  console.log(
    `  fragments fetched: ${searchFiles.filter((e) => e.url.endsWith('.pf_fragment')).length}; index chunks: ${searchFiles.filter((e) => e.url.endsWith('.pf_index')).length}; filter files: ${searchFiles.filter((e) => e.url.endsWith('.pf_filter')).length}`,
  );
  console.log(`  whole visit: ${kb(visit.whole)} in ${visit.requests} requests (template page, search page, search)`);
  checks.push({
    name: `search part of a visit, ${scenario.locale}`,
    target: `≤ ${kb(SEARCH_PART_TARGET)}`,
    measured: kb(visit.search),
    pass: visit.search <= SEARCH_PART_TARGET,
  });
  checks.push({
    name: `search code before focus, ${scenario.locale}`,
    target: '0 B',
    measured: kb(beforeFocus.reduce((n, e) => n + e.bytes, 0)),
    pass: beforeFocus.length === 0,
  });
  data[`visit-${scenario.locale}`] = visit;
  await context.close();
  return visit;
}

/**
 * Milliseconds from the last keystroke, and from the search starting once the debounce is over, to the first
 * results of the whole query on screen (performance marks set by src/scripts/search.ts).
 */
async function typeAndTime(page, query) {
  const input = page.locator('[data-search-input]');
  await input.fill('');
  await page.evaluate(() => performance.clearMarks());
  await input.pressSequentially(query, { delay: 40 });
  await page.waitForFunction((q) => performance.getEntriesByName('search:rendered').some((m) => m.detail?.q === q), query, {
    timeout: 30_000,
  });
  return page.evaluate((q) => {
    const last = (name) =>
      performance
        .getEntriesByName(name)
        .filter((m) => m.detail?.q === q)
        .at(-1).startTime;
    const rendered = last('search:rendered');
    // Where the time after the debounce goes: waiting for the engine, Pagefind's searches and ranking, the result
    // fragments, drawing.
    const phases = {
      engine: last('search:engine') - last('search:start'),
      ranking: last('search:ranked') - last('search:engine'),
      fragments: last('search:fragments') - last('search:ranked'),
      drawing: rendered - last('search:fragments'),
    };
    return {
      fromKey: rendered - performance.getEntriesByName('search:input').at(-1).startTime,
      fromStart: rendered - last('search:start'),
      phases,
    };
  }, query);
}

/** Median of each phase over the runs, as text. */
const phaseText = (runs) =>
  Object.keys(runs[0])
    .map((name) => `${name} ${Math.round(median(runs.map((r) => r[name])))}`)
    .join(', ');

async function timingReport(browser, host, scenario) {
  const first = [];
  const next = [];
  const firstSearch = [];
  const nextSearch = [];
  const firstPhases = [];
  const nextPhases = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host.origin + base + scenario.search.slice(1), { waitUntil: 'networkidle' });
    // Focusing loads the library and the language's metadata; the index chunks for the words come with typing.
    await page.locator('[data-search-input]').focus();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200);
    const a = await typeAndTime(page, scenario.first);
    const b = await typeAndTime(page, scenario.next);
    first.push(a.fromKey);
    firstSearch.push(a.fromStart);
    next.push(b.fromKey);
    nextSearch.push(b.fromStart);
    firstPhases.push(a.phases);
    nextPhases.push(b.phases);
    await context.close();
  }
  console.log(`Time to first results on ${scenario.search} (${runs} runs; the debounce is ${DEBOUNCE_MS} ms):`);
  console.log(
    `  first query “${scenario.first}”: after the debounce ${spread(firstSearch)}  [target ≤ 100 ms]; from the last keystroke ${spread(first)}`,
  );
  console.log(`    of which (ms, medians): ${phaseText(firstPhases)}`);
  console.log(
    `  later query “${scenario.next}”: after the debounce ${spread(nextSearch)}  [target ≤ 100 ms]; from the last keystroke ${spread(next)}`,
  );
  console.log(`    of which (ms, medians): ${phaseText(nextPhases)}`);
  for (const [which, values] of [
    ['first', firstSearch],
    ['later', nextSearch],
  ]) {
    checks.push({
      name: `first results after the debounce, ${which} query, ${scenario.locale}`,
      target: `≤ ${TIME_TARGET_MS} ms`,
      measured: `${Math.round(median(values))} ms`,
      pass: median(values) <= TIME_TARGET_MS,
    });
  }
  data[`timing-${scenario.locale}`] = { first: median(firstSearch), later: median(nextSearch) };
}

const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8'));
const host = await countingHost(dist, port, base);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  console.log(
    `Search benchmark: Pagefind ${entry.version}, Chromium ${browser.version()}, Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`,
  );
  await diskReport();
  for (const scenario of SCENARIOS) await transferReport(browser, host, scenario);
  for (const scenario of SCENARIOS) await timingReport(browser, host, scenario);
} finally {
  await browser.close();
  await host.close();
}
if (process.env.BENCH_RESULT) await writeFile(process.env.BENCH_RESULT, JSON.stringify({ checks, data }, null, 2));
