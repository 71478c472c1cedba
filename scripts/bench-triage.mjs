// Figures for the "what happened?" triage, which answers with plain links and no script of its own:
// the weight of every triage page in dist/ (raw and gzip), and in a browser, the time from clicking an option
// to the answer page being loaded, over the built site. Usage: npm run build && node scripts/bench-triage.mjs
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const dist = 'dist';
const port = Number(process.env.BENCH_PORT ?? 4398);

function pagesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pagesUnder(path) : name === 'index.html' ? [path] : [];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const pages = [...pagesUnder(join(dist, 'triage')), ...pagesUnder(join(dist, 'en', 'triage'))];
const sizes = pages.map((path) => {
  const html = readFileSync(path);
  return { path: path.slice(dist.length), raw: html.length, gzip: gzipSync(html).length };
});
sizes.sort((a, b) => b.gzip - a.gzip);
console.log(`Triage pages: ${sizes.length}`);
console.log(`  HTML gzip: median ${kb(median(sizes.map((s) => s.gzip)))}, largest ${kb(sizes[0].gzip)} (${sizes[0].path}, ${kb(sizes[0].raw)} raw)`);
const start = sizes.find((s) => s.path === '/triage/index.html');
const svg = /<svg [^>]*class="triage-map"[\s\S]*?<\/svg>/.exec(readFileSync(join(dist, 'triage/index.html'), 'utf8'))[0];
console.log(`  Start page with the route map: ${kb(start.raw)} raw, ${kb(start.gzip)} gzip; the map SVG alone ${kb(svg.length)} raw, ${kb(gzipSync(svg).length)} gzip`);

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
try {
  await new Promise((resolve) => setTimeout(resolve, 400));
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const origin = `http://localhost:${port}`;
  const clicks = [];
  const responses = [];
  let scripts = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().includes('/triage')) scripts++;
  });
  for (let round = 0; round < 5; round++) {
    for (const situation of ['ip-complaint', 'hijacked', 'buyer-problem']) {
      await page.goto(`${origin}/en/triage/${situation}/`, { waitUntil: 'load' });
      await Promise.all([page.waitForURL(/\/triage\/[^/]+\/[^/]+\/$/, { waitUntil: 'load' }), page.locator('[data-option]').first().click()]);
      // The browser's own clock: from the navigation the click started to the end of the load event.
      const timing = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
      clicks.push(timing.loadEventEnd);
      responses.push(timing.responseEnd);
    }
  }
  await browser.close();
  console.log(`  Click on an option → answer page loaded (390 px, local server, warm cache): median ${median(clicks).toFixed(0)} ms, worst ${Math.max(...clicks).toFixed(0)} ms over ${clicks.length} clicks; the HTML itself arrives after a median ${median(responses).toFixed(0)} ms`);
  console.log(`  Scripts requested from triage URLs: ${scripts}`);
} finally {
  server.kill();
}
