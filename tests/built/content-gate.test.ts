/**
 * Bad content fails the build: for each validation rule (tests/support/bad-content.ts), a copy of the project gets
 * one broken content file, `astro build` must exit non-zero, and its output must name the file (and the field, where there is one).
 * The builds are independent, so two run side by side.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BAD_CONTENT_CASES as cases } from '../support/bad-content';
import { astroBuild, copyProject, removeProject } from '../support/project';

// Two builds at a time: each failing build stops at content validation, so they are short and mostly wait on I/O.
describe.concurrent('bad content fails the build', () => {
  for (const { rule, breakIt, expected } of cases) {
    test(`bad content fails the build: ${rule}`, { timeout: 240_000 }, async () => {
      const dir = copyProject();
      try {
        breakIt(dir);
        const outDir = join(dir, 'out');
        const { code, output } = await astroBuild(dir, ['--outDir', outDir]);
        expect(code, output.slice(-3000)).not.toBe(0);
        for (const pattern of expected) expect(output, `build output should match ${pattern}`).toMatch(pattern);
        expect(existsSync(join(outDir, 'index.html'))).toBe(false);
      } finally {
        removeProject(dir);
      }
    });
  }
});
