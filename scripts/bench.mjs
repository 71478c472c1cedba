// `npm run bench [-- section ...] [-- --no-build]`: benchmarks that print figures (target, measured, ✓/✗)
// and write .bench/results.json. Sections live in scripts/bench/; each one that fails prints its error and
// the others still run. Benchmarks report, they do not gate: the exit code is 0 unless this script is broken.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite } from './bench/build.mjs';
import { mark, printChecks, printTable, seconds, tail } from './bench/lib.mjs';

const root = resolve(import.meta.dirname, '..');
const SECTIONS = {
  weight: () => import('./bench/weight.mjs'),
  search: () => import('./bench/search.mjs'),
  lighthouse: () => import('./bench/lighthouse.mjs'),
  peer: () => import('./bench/peer.mjs'),
  scale: () => import('./bench/scale.mjs'),
  island: () => import('./bench/island.mjs'),
  checker: () => import('./bench/checker.mjs'),
  notice: () => import('./bench/notice.mjs'),
  editor: () => import('./bench/editor.mjs'),
  case: () => import('./bench/case.mjs'),
};

const args = process.argv.slice(2);
const reuseBuild = args.includes('--no-build');
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((name) => !(name in SECTIONS));
if (unknown.length) {
  console.error(`Unknown section${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Sections: ${Object.keys(SECTIONS).join(', ')}.`);
  process.exit(2);
}
const chosen = asked.length ? asked : Object.keys(SECTIONS);

const benchDir = join(root, '.bench');
mkdirSync(benchDir, { recursive: true });
const dist = join(root, 'dist');

let built;
/** One fresh build of the real site per run, shared by the sections that measure dist/. */
function ensureBuild() {
  built ??= (async () => {
    if (reuseBuild && existsSync(join(dist, 'index.html'))) {
      console.log('Using the existing dist/ (--no-build).');
      return null;
    }
    console.log('Building the site (astro build, search index included)…');
    const result = await buildSite(root);
    console.log(`Built ${result.pages} pages in ${seconds(result.ms)}.`);
    return result;
  })();
  return built;
}

const context = { root, dist, benchDir, ensureBuild };
const results = {};
for (const name of chosen) {
  const started = performance.now();
  let section;
  try {
    section = await SECTIONS[name]();
    console.log(`\n━━ ${section.title} ━━ (${name})\n`);
    if (section.needsBuild) await ensureBuild();
    const { checks, data } = await section.run(context);
    console.log('');
    if (checks.length) printChecks(checks);
    else console.log('(no checks from this section)');
    results[name] = { title: section.title, ok: true, seconds: (performance.now() - started) / 1000, checks, data };
  } catch (error) {
    if (!section) console.log(`\n━━ ${name} ━━\n`);
    console.log(`✖ ${name} failed: ${error instanceof Error ? tail(error.stack ?? error.message, 25) : error}`);
    results[name] = {
      title: section?.title ?? name,
      ok: false,
      seconds: (performance.now() - started) / 1000,
      error: String(error?.message ?? error),
      checks: [],
    };
  }
}

console.log('\n━━ Summary ━━\n');
printTable(
  ['section', 'check', 'target', 'measured', ''],
  Object.entries(results).flatMap(([name, r]) =>
    r.ok
      ? r.checks.map((c) => [name, c.name, c.target, c.measured, mark(c.pass)])
      : [[name, `section failed: ${r.error.split('\n')[0].slice(0, 80)}`, '', '', '✗']],
  ),
);
const all = Object.values(results).flatMap((r) => r.checks);
const failedSections = Object.values(results).filter((r) => !r.ok).length;
console.log(
  `\n${all.filter((c) => c.pass === true).length} met, ${all.filter((c) => c.pass === false).length} missed, ${all.filter((c) => c.pass === null).length} not judged; ${failedSections} section(s) failed.`,
);

// Merge into the previous results so running one section keeps the others' last figures.
const file = join(benchDir, 'results.json');
let previous = {};
try {
  previous = JSON.parse(readFileSync(file, 'utf8')).sections ?? {};
} catch {
  /* first run, or an unreadable file: start afresh */
}
const stamp = new Date().toISOString();
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: process.platform,
};
for (const r of Object.values(results)) Object.assign(r, { measuredAt: stamp, machine });
writeFileSync(file, `${JSON.stringify({ updatedAt: stamp, sections: { ...previous, ...results } }, null, 2)}\n`);
console.log(`Results: ${file}`);
