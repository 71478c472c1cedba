// Runs scripts/bench-search.mjs (search index size, first-query bytes, time to results), when it exists.
// It prints its own figures. It may also hand checks to the summary: it gets a file path in BENCH_RESULT and
// may write { "checks": [{ "name", "target", "measured", "pass" }], "data": {...} } there as JSON.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nodeBin, runCommand } from './lib.mjs';

export const title = 'Search';
export const needsBuild = true;

/** A port of this benchmark's range, handed to the search script for its own server. */
const PORT = 4445;

export async function run({ root, dist, benchDir }) {
  const script = join(root, 'scripts/bench-search.mjs');
  if (!existsSync(script)) {
    console.log('scripts/bench-search.mjs does not exist yet: nothing to run.');
    return { checks: [], data: { skipped: 'scripts/bench-search.mjs not found' } };
  }
  const resultFile = join(benchDir, 'search-result.json');
  rmSync(resultFile, { force: true });
  const { code, ms } = await runCommand(nodeBin(), [script], {
    cwd: root,
    echo: true,
    env: { BENCH_RESULT: resultFile, BENCH_PORT: String(PORT), BENCH_DIST: dist },
  });
  if (code !== 0) throw new Error(`scripts/bench-search.mjs exited with ${code}`);
  const handed = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : {};
  return { checks: Array.isArray(handed.checks) ? handed.checks : [], data: { ...(handed.data ?? {}), seconds: ms / 1000 } };
}
