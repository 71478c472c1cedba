// Dev tool: screenshots pages of a running site at phone and desktop widths.
// Usage: npm exec -- node scripts/screenshot.mjs http://localhost:4321 /path/ [/other/ ...]  → .bench/shots/*.png
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const [origin, ...paths] = process.argv.slice(2);
const out = '.bench/shots';
await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const dark = process.env.THEME === 'dark';
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  for (const path of paths) {
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}${dark ? '-dark' : ''}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
    console.log(`${out}/${name}`);
  }
  await page.close();
}
await browser.close();
