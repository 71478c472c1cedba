import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs before the build (pure code and content files); `built` reads the built site in dist/
// without a browser (HTML validity, links, SEO tags, completeness, garbled text) and breaks copies of the project
// to check that bad content fails the build. scripts/test.mjs runs them in that order.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Whole-site passes and builds take seconds, not milliseconds; sized for a busy 2-core machine.
      { test: { name: 'built', include: ['tests/built/**/*.test.ts'], testTimeout: 180_000, maxConcurrency: 2 } },
    ],
  },
});
