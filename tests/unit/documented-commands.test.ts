import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The machine's own Node is 20 and the project's scripts need the pinned Node 24 (TypeScript imports, Astro), so a
 * command written as `node scripts/…` in the docs or in a script's usage line fails as written. Documented commands
 * go through npm: `npm run …` or `npm exec -- node scripts/…`.
 */
const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];
const SCRIPTS = ['scripts', 'scripts/bench'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(mjs|ts)$/.test(f))
    .map((f) => join(dir, f)),
);

/** Each `node scripts/…` in the text that npm does not run, with its line number. */
function bareNodeCommands(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(/(?<!npm exec -- )\bnode scripts\//g)].map(() => `line ${i + 1}: ${line.trim()}`));
}

describe('documented commands run on the pinned Node', () => {
  for (const file of [...DOCS, ...SCRIPTS]) {
    it(file, () => {
      expect(bareNodeCommands(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }

  it('the check finds a bare command and accepts npm exec', () => {
    expect(bareNodeCommands('run `node scripts/bench-search.mjs` here')).toHaveLength(1);
    expect(bareNodeCommands('run `npm exec -- node scripts/bench-search.mjs` here')).toEqual([]);
  });
});
