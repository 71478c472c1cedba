// Search benchmark: prints figures, asserts nothing (targets are shown beside them). Needs a built dist/.
// Usage: node scripts/bench-search.mjs [--port 4431] [--runs 5]
//   1. the Pagefind bundle on disk: library and each language's index;
//   2. bytes transferred for a first query started from a template page (focus the header box, type, Enter),
//      measured with the Chrome DevTools Protocol, and what the page loaded for search before the focus;
//   3. time from the last keystroke to the first results on the search page, first query and a later one.
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const port = Number(option('port', 4431));
const runs = Number(option('runs', 5));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const origin = `http://localhost:${port}`;
const bundleDir = join('dist', 'pagefind');
const DEBOUNCE_MS = 150;

const SCENARIOS = [
  { locale: 'zh-CN', template: '/templates/odr-a-to-z-vacation/', search: '/search/', first: 'ODR 申诉', next: '被跟卖了' },
  { locale: 'en', template: '/en/templates/odr-a-to-z-vacation/', search: '/en/search/', first: 'ODR appeal', next: 'hijacker' },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values) => `median ${Math.round(median(values))} ms [${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}]`;

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

/** Records every response's transferred bytes (headers included) through CDP, by URL. */
async function trackNetwork(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  const log = [];
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => requests.set(requestId, { url: request.url }));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const entry = requests.get(requestId);
    if (entry) entry.status = response.status;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = requests.get(requestId);
    if (entry) log.push({ ...entry, bytes: encodedDataLength });
  });
  return log;
}

const isSearchFile = (url) => url.includes(`${base}pagefind/`) || /\/_astro\/search\.[\w-]+\.js/.test(url);
const fileName = (url) => new URL(url).pathname.split('/').pop();

/** Bytes a host that gzips text (JS, JSON) would send for these files; Pagefind's own chunks are gzipped already. */
async function gzippedEstimate(entries) {
  let total = 0;
  for (const { url, bytes, status } of entries) {
    const path = new URL(url).pathname;
    if (status !== 200 || !/\.(js|json)$/.test(path)) {
      total += bytes;
      continue;
    }
    const file = join('dist', path.slice(base.length));
    total += gzipSync(await readFile(file)).length + 250;
  }
  return total;
}

async function transferReport(browser, scenario) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = await trackNetwork(page);
  await page.goto(origin + base + scenario.template.slice(1), { waitUntil: 'networkidle' });
  const beforeFocus = log.filter((e) => isSearchFile(e.url));
  const pageJs = log.filter((e) => /\.js(\?|$)/.test(e.url));

  const mark = log.length;
  await page.locator('[data-site-search]').focus();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const prefetched = log.slice(mark).filter((e) => isSearchFile(e.url));

  const mark2 = log.length;
  await page.keyboard.type(scenario.first);
  await page.keyboard.press('Enter');
  await page.waitForSelector('site-search[data-state="done"]', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const onSearchPage = log.slice(mark2).filter((e) => isSearchFile(e.url));
  const all = [...prefetched, ...onSearchPage];
  const sum = (list) => list.reduce((s, e) => s + e.bytes, 0);
  const byKind = Object.entries(Object.groupBy(all, (e) => (/\/_astro\//.test(e.url) ? 'search element' : kindOf(fileName(e.url))))).map(
    ([kind, list]) => `${kind} ${kb(sum(list))}`,
  );
  const refetched = onSearchPage.filter((e) => prefetched.some((p) => p.url === e.url));

  console.log(`First query from a template page (${scenario.locale}, ${scenario.template}, “${scenario.first}”):`);
  console.log(`  search code loaded before the reader focuses the box: ${beforeFocus.length} requests, ${kb(sum(beforeFocus))}  [target: 0]`);
  console.log(`  (all JS the template page loaded: ${pageJs.length} files, ${kb(sum(pageJs))}; site.ts is inline in the HTML)`);
  console.log(`  prefetched on focus (downloaded, not run): ${prefetched.map((e) => `${fileName(e.url)} ${kb(e.bytes)}`).join(', ')}`);
  console.log(`  on the search page: ${onSearchPage.length} requests, ${kb(sum(onSearchPage))}; the ${refetched.length} prefetched files were revalidated for ${kb(sum(refetched))}`);
  console.log(`  total for the first query: ${kb(sum(all))} as served locally (JS uncompressed); ${kb(await gzippedEstimate(all))} from a host that gzips JS  [target ≤ 100 KB]`);
  console.log(`  by kind: ${byKind.join(', ')}`);
  await context.close();
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
  await page.waitForFunction((q) => performance.getEntriesByName('search:rendered').some((m) => m.detail?.q === q), query, { timeout: 30_000 });
  return page.evaluate((q) => {
    const last = (name) => performance.getEntriesByName(name).filter((m) => m.detail?.q === q).at(-1).startTime;
    const rendered = last('search:rendered');
    return { fromKey: rendered - performance.getEntriesByName('search:input').at(-1).startTime, fromStart: rendered - last('search:start') };
  }, query);
}

async function timingReport(browser, scenario) {
  const first = [];
  const next = [];
  const firstSearch = [];
  const nextSearch = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + base + scenario.search.slice(1), { waitUntil: 'networkidle' });
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
    await context.close();
  }
  console.log(`Time to first results on ${scenario.search} (${runs} runs; the debounce is ${DEBOUNCE_MS} ms):`);
  console.log(`  first query “${scenario.first}”: after the debounce ${spread(firstSearch)}  [target ≤ 100 ms]; from the last keystroke ${spread(first)}`);
  console.log(`  later query “${scenario.next}”: after the debounce ${spread(nextSearch)}  [target ≤ 100 ms]; from the last keystroke ${spread(next)}`);
}

async function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(`${origin}${base}`)).ok) return server;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`scripts/serve.mjs did not answer on port ${port}`);
}

const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8'));
const server = await startServer();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  console.log(`Search benchmark: Pagefind ${entry.version}, Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`);
  await diskReport();
  for (const scenario of SCENARIOS) await transferReport(browser, scenario);
  for (const scenario of SCENARIOS) await timingReport(browser, scenario);
} finally {
  await browser.close();
  server.kill();
}
