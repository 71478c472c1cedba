/**
 * A failed build never leaves the previous complete site looking current: `npm run build` (`astro build`) removes
 * dist/ first (src/integrations/site-build.ts), so after a build that fails on bad YAML there is no dist/, and
 * scripts/serve.mjs refuses to start without one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { copyProject, removeProject, run, runNode } from '../support/project';

/** `npm run build` in a copy, with the Node running the tests (the pinned Node 24) first on PATH. */
const npmBuild = (dir: string) =>
  run(dir, 'npm', ['run', 'build'], { PATH: `${dirname(process.execPath)}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' });

test('a build that fails on bad YAML leaves no dist/ behind, and the server will not serve an old one', { timeout: 180_000 }, async () => {
  const dir = copyProject();
  try {
    // The previous, complete build.
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>old site</title>');
    writeFileSync(join(dir, 'dist/404.html'), '<!doctype html><title>old 404</title>');
    const file = join(dir, 'content/templates/odr-a-to-z-vacation.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: (.*)$/m, 'kind: [$1'));

    const build = await npmBuild(dir);
    expect(build.code, build.output.slice(-2000)).not.toBe(0);
    expect(build.output).toMatch(/odr-a-to-z-vacation\.yaml/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);

    const serve = await runNode(dir, ['scripts/serve.mjs', '--port', '0']);
    expect(serve.code).toBe(1);
    expect(serve.output).toContain('Run `npm run build` first');
  } finally {
    removeProject(dir);
  }
});
