// `npm test`. Why a script rather than a chain of npm scripts: the steps go on after one fails (a type error
// should not hide a failing browser test), and the end is one count over Vitest's and Playwright's reports with
// the suite's wall time, which neither tool can give for the other.
// Steps, in this order: find Chromium (scripts/chromium.mjs; stops here with advice when there is none), type
// check, lint and format, unit tests, spell check, the build (which validates the content and indexes search), then only if it
// built: the browser-free checks of dist/ (tests/built) and the browser tests against it (tests/e2e).
// `--e2e-only` skips the three steps before the build. Ends with "tests: N passed, N failed" and a non-zero exit
// when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const e2eOnly = process.argv.includes('--e2e-only');
const bin = (name) => `node_modules/.bin/${name}`;
let failedSteps = 0;

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    failedSteps += 1;
    console.error(`✖ ${title} failed (exit ${result.status ?? result.signal})`);
  }
  return result.status === 0;
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

if (!e2eOnly) {
  step('Type check (astro check)', bin('astro'), ['check']);
  step('Lint and format (eslint, prettier)', 'npm', ['run', 'lint', '--silent']);
  step('Unit tests (vitest)', bin('vitest'), ['run', '--project', 'unit', '--outputFile.json=reports/unit.json']);
  step('Spell check (cspell)', bin('cspell'), ['--no-progress', '--no-summary', 'content/**/*.{yaml,mdx}', 'src/i18n/en.json']);
}
const built = step('Build, validate content and index search', 'npm', ['run', 'build', '--silent']);
if (built) {
  step('Checks of the built site without a browser (vitest)', bin('vitest'), [
    'run',
    '--project',
    'built',
    '--outputFile.json=reports/built.json',
  ]);
  step('Browser tests (playwright)', bin('playwright'), ['test']);
} else failedSteps += 1;

const vitestCounts = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests });
const unitOnly = counts('reports/unit.json', vitestCounts);
const builtSite = counts('reports/built.json', vitestCounts);
const unit = { passed: unitOnly.passed + builtSite.passed, failed: unitOnly.failed + builtSite.failed };
const e2e = counts('reports/e2e.json', (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }));
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (failedSteps && unit.failed + e2e.failed === 0 ? failedSteps : 0);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `\nunit: ${unitOnly.passed} passed, ${unitOnly.failed} failed · built site: ${builtSite.passed} passed, ${builtSite.failed} failed · browser: ${e2e.passed} passed, ${e2e.failed} failed · failed steps: ${failedSteps}`,
);
console.log(`wall time: ${minutes} min`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps > 0 || failed > 0 ? 1 : 0);
