import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const shots = [['/changes/', 'zh-changes'], ['/en/triage/ip-complaint/ip-invalid/', 'en-ip-invalid'], ['/en/about/', 'en-about'], ['/guides/messaging-buyers/', 'zh-guide'], ['/en/templates/return-size-not-fit/', 'en-size']];
for (const [path, name] of shots) for (const width of [390, 1280]) {
  const p = await b.newPage({ viewport: { width, height: 900 } });
  await p.goto(`http://localhost:4405${path}`);
  await p.screenshot({ path: `tmp/${name}-${width}.png`, fullPage: width === 390 ? false : false });
  await p.close();
}
// the fact block, close up
const p = await b.newPage({ viewport: { width: 390, height: 900 } });
await p.goto('http://localhost:4405/en/triage/ip-complaint/ip-invalid/');
await p.locator('[data-facts]').screenshot({ path: 'tmp/en-facts-390.png' });
await p.goto('http://localhost:4405/en/about/');
await p.locator('footer').screenshot({ path: 'tmp/en-footer-390.png' });
await b.close();
