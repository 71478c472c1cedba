// `npm test`. Why a script rather than a chain of npm scripts: the steps go on after one fails (a type error
// should not hide a failing browser test), two lanes run side by side, and the end is one count over Vitest's and
// Playwright's reports with the suite's wall time and each step's, which no single tool can give.
// Before the browser tests, steps run two at a time, because most of them use one core each:
//   1. lint and format, unit tests, spell check (one after another) beside the build (which validates the content
//      and indexes search);
//   2. the type check (astro check) beside the browser-free checks of dist/ (tests/built, only if it built).
// Then, when the site built, the browser tests against it (tests/e2e), which use both cores.
// A lane's output is printed when its step ends (whole, so that two lanes never interleave); the browser tests
// print as they go. `--e2e-only` skips lint, unit tests, spell check and type check. Ends with "tests: N passed, N failed" and a non-zero exit
// when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const e2eOnly = process.argv.includes('--e2e-only');
const bin = (name) => `node_modules/.bin/${name}`;
const failed = [];
const timings = [];
const since = (start) => ((Date.now() - start) / 60_000).toFixed(1);

/** Runs one step; `live` prints its output as it comes, otherwise whole when it ends. Resolves true on success. */
function step(title, command, args, { live = false } = {}) {
  const start = Date.now();
  if (live) console.log(`\n▶ ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      if (!live) process.stdout.write(`\n▶ ${title}\n${Buffer.concat(output).toString()}`);
      timings.push(`${title}: ${since(start)} min`);
      if (code !== 0) {
        failed.push(title);
        console.error(`✖ ${title} failed (exit ${code ?? signal})`);
      }
      resolve(code === 0);
    });
  });
}

/** Runs the steps of a lane one after another. */
async function lane(steps) {
  for (const [title, command, args] of steps) await step(title, command, args);
}

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0 };
  }
}

const started = Date.now();
rmSync('reports', { recursive: true, force: true });
// Fail early, with advice, when no browser can be found or installed.
console.log(`Chromium: ${ensureChromium()}`);

let built = false;
await Promise.all([
  e2eOnly
    ? undefined
    : lane([
        ['Lint and format (eslint, prettier)', 'npm', ['run', 'lint', '--silent']],
        ['Unit tests (vitest)', bin('vitest'), ['run', '--project', 'unit', '--outputFile.json=reports/unit.json']],
        ['Spell check (cspell)', bin('cspell'), ['--no-progress', '--no-summary', 'content/**/*.{yaml,mdx}', 'src/i18n/en.json']],
      ]),
  step('Build, validate content and index search', 'npm', ['run', 'build', '--silent']).then((ok) => (built = ok)),
]);
// astro check writes Astro's generated types (.astro/) as the build does: never both at once.
await Promise.all([
  e2eOnly ? undefined : step('Type check (astro check)', bin('astro'), ['check']),
  built
    ? step('Checks of the built site without a browser (vitest)', bin('vitest'), [
        'run',
        '--project',
        'built',
        '--outputFile.json=reports/built.json',
      ])
    : undefined,
]);
if (built) await step('Browser tests (playwright)', bin('playwright'), ['test'], { live: true });

const vitestCounts = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests });
const unitOnly = counts('reports/unit.json', vitestCounts);
const builtSite = counts('reports/built.json', vitestCounts);
const e2e = counts('reports/e2e.json', (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }));
const passed = unitOnly.passed + builtSite.passed + e2e.passed;
const failedTests = unitOnly.failed + builtSite.failed + e2e.failed;
// A step that failed without a failing test (a type error, a broken build) still counts as one failure.
const failures = failedTests || failed.length;
console.log(
  `\nunit: ${unitOnly.passed} passed, ${unitOnly.failed} failed · built site: ${builtSite.passed} passed, ${builtSite.failed} failed · browser: ${e2e.passed} passed, ${e2e.failed} failed · failed steps: ${failed.length ? failed.join(', ') : 'none'}`,
);
console.log(`steps: ${timings.join(' · ')}`);
console.log(`wall time: ${since(started)} min`);
console.log(`tests: ${passed} passed, ${failures} failed`);
process.exit(failed.length > 0 || failedTests > 0 ? 1 : 0);
