// Lighthouse (mobile preset, its default) against the built site served on localhost: the four category
// scores for home, a template page and the search page in both languages, and the audits that lost points.
// Lighthouse (with its chrome-launcher) is ~100 MB of packages only this section uses, so it is not a project
// dependency: it is installed into .bench/lighthouse-tool the first time the section runs, at the version below.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { check, printTable, serve } from './lib.mjs';
import { longestTemplate } from './weight.mjs';

export const title = 'Lighthouse (mobile, simulated throttling)';
export const needsBuild = true;

const LIGHTHOUSE_VERSION = '12.8.2';
const SITE_PORT = 4440;
const CHROME_PORT = 4441;
/** Runs per page (median kept); BENCH_LIGHTHOUSE_RUNS=1 for a quick look. */
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best', seo: 'seo' };

/** Imports a package's entry (its package.json `main`) from the tool folder. */
async function importFrom(dir, name) {
  const folder = join(dir, 'node_modules', name);
  const { main = 'index.js' } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  return import(pathToFileURL(join(folder, main)).href);
}

/** Lighthouse and chrome-launcher, installed into the bench folder on first use. */
async function loadLighthouse(benchDir) {
  const dir = join(benchDir, 'lighthouse-tool');
  const installed = join(dir, 'node_modules', 'lighthouse', 'package.json');
  if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== LIGHTHOUSE_VERSION) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    console.log(`Installing lighthouse@${LIGHTHOUSE_VERSION} into ${dir} (first run of this section) …`);
    const result = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE_VERSION}`], {
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('could not install lighthouse for the bench');
  }
  const [{ default: lighthouse }, { launch }] = await Promise.all([importFrom(dir, 'lighthouse'), importFrom(dir, 'chrome-launcher')]);
  return { lighthouse, launch };
}

/** Audits that cost points in a category: score below 1 and weighted, or a failing binary audit. */
function lostPoints(report) {
  const lost = [];
  for (const id of CATEGORIES) {
    for (const ref of report.categories[id].auditRefs) {
      const audit = report.audits[ref.id];
      if (audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative') continue;
      if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
      const items = audit.details?.items?.length;
      lost.push({ category: id, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, value: audit.displayValue, items });
    }
  }
  return lost;
}

export async function run({ root, dist, benchDir }) {
  const slug = longestTemplate(dist);
  const pages = ['/', `/templates/${slug}/`, '/search/'].flatMap((path) => [
    { name: `${path === '/' ? 'home' : path.split('/')[1]} zh`, path },
    { name: `${path === '/' ? 'home' : path.split('/')[1]} en`, path: `/en${path}` },
  ]);
  const reports = join(benchDir, 'lighthouse');
  mkdirSync(reports, { recursive: true });

  const { lighthouse, launch } = await loadLighthouse(benchDir);
  const server = await serve(root, dist, SITE_PORT);
  let chrome;
  const results = [];
  try {
    chrome = await launch({
      chromePath: ensureChromium(),
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
      port: CHROME_PORT,
      logLevel: 'silent',
    });
    for (const page of pages) {
      const url = new URL(`.${page.path}`, server.url).href;
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) {
        const outcome = await lighthouse(url, {
          port: chrome.port,
          output: ['json', 'html'],
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!outcome) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (outcome.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${outcome.lhr.runtimeError.message}`);
        runs.push(outcome);
      }
      // The median run by performance score, as Lighthouse's own docs advise for variable machines.
      runs.sort((a, b) => (a.lhr.categories.performance.score ?? 0) - (b.lhr.categories.performance.score ?? 0));
      const { lhr, report } = runs[Math.floor(runs.length / 2)];
      const file = page.name.replace(/\s+/g, '-');
      writeFileSync(join(reports, `${file}.json`), report[0]);
      writeFileSync(join(reports, `${file}.html`), report[1]);
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]));
      results.push({
        ...page,
        url,
        scores,
        benchmarkIndex: lhr.environment.benchmarkIndex,
        lost: lostPoints(lhr),
        lcp: lhr.audits['largest-contentful-paint']?.displayValue,
        tbt: lhr.audits['total-blocking-time']?.displayValue,
        cls: lhr.audits['cumulative-layout-shift']?.displayValue,
      });
    }
  } finally {
    chrome?.kill();
    server.stop();
  }

  printTable(
    ['page', ...CATEGORIES.map((c) => SHORT[c]), 'LCP', 'TBT', 'CLS'],
    results.map((r) => [r.name, ...CATEGORIES.map((c) => String(r.scores[c])), r.lcp, r.tbt, r.cls]),
  );
  const lost = results.flatMap((r) => r.lost.map((l) => ({ ...l, page: r.name })));
  if (lost.length) {
    console.log('\nAudits that cost points:');
    const byAudit = Map.groupBy(lost, (l) => `${SHORT[l.category]}: ${l.title}${l.value ? ` (${l.value})` : ''}`);
    for (const [audit, hits] of byAudit) console.log(`  ${audit} — ${hits.map((h) => h.page).join(', ')}`);
  }
  const indexes = results.map((r) => Math.round(r.benchmarkIndex)).sort((a, b) => a - b);
  console.log(
    `\nMedian of ${RUNS} run(s) per page. Chrome's CPU benchmark index ranged ${indexes[0]}–${indexes.at(-1)} (a quiet modern desktop scores 1,000–2,000; lower means a busy or slow machine and a noisier performance score).`,
  );
  console.log(`Full reports: ${reports}/*.html`);

  const checks = CATEGORIES.map((id) => {
    const values = results.map((r) => r.scores[id]);
    const worst = Math.min(...values);
    const where = results.filter((r) => r.scores[id] === worst).map((r) => r.name);
    return check(
      `Lighthouse ${id}, lowest of ${results.length} pages`,
      '100',
      worst === 100 ? '100' : `${worst} (${where.join(', ')})`,
      worst === 100,
    );
  });
  return {
    checks,
    data: {
      runsPerPage: RUNS,
      pages: results.map(({ name, path, scores, benchmarkIndex, lost: l, lcp, tbt, cls }) => ({
        name,
        path,
        scores,
        benchmarkIndex,
        lcp,
        tbt,
        cls,
        lost: l,
      })),
    },
  };
}
