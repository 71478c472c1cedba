import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';
import { basePath } from './src/lib/deploy';

/**
 * Browser tests run against the built site (dist/, from `npm run build`), which Playwright's webServer starts
 * scripts/serve.mjs for: unlike `astro preview` it sends the headers of dist/_headers, which the CSP tests check.
 */
const port = Number(process.env.E2E_PORT ?? 4399);
const base = basePath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers on the 2-core machine: most of a browser test is waiting (page loads, axe), not computing.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Sized for a busy 2-core machine: a slow test is one check, never several page-wide analyses in one test.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
