// The fill-and-copy island at its limits: every field of the longest appeal template holds the most it allows
// (src/lib/field-limits.ts, no spaces, the worst case for line breaking), then keystrokes are timed from the
// input event to the next frame: repaint of both letters, the checker, the builder's answers and the mail link.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { FIELD_LIMITS } from '../../src/lib/field-limits.ts';
import { check, median, printTable, serve } from './lib.mjs';

export const title = 'Island at the longest allowed values';
export const needsBuild = true;

/** A port of this benchmark's range (BENCH_ISLAND_PORT overrides it). */
const PORT = Number(process.env.BENCH_ISLAND_PORT ?? 4446);
const SLUG = 'review-manipulation';
const KEYSTROKES = 30;
const TARGET_MS = 100;

export async function run({ root, dist }) {
  const server = await serve(root, dist, PORT);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}en/templates/${SLUG}/`);
    await page.waitForSelector('fill-letter[data-ready]');
    // The checker's rules load when it nears the screen; the worst case repaints it on every keystroke.
    await page.locator('[data-checker]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-checker] [data-check-list] li, [data-checker] [data-check-none]:not([hidden])');
    const fields0 = await page.$$eval('[data-fill-form] [name]:not([type=radio])', (els) => els.map((el) => el.getAttribute('name')));
    // Baseline: the same keystroke with every other field empty (what the page costs anyway on this machine).
    const baseline = await page.evaluate(
      async ({ name, count }) => {
        const el = document.querySelector(`[data-fill-form] [name="${name}"]`);
        const out = [];
        for (let i = 0; i < count; i += 1) {
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          const start = performance.now();
          el.value += 'y';
          el.dispatchEvent(new InputEvent('input', { bubbles: true }));
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          out.push(performance.now() - start);
        }
        el.value = '';
        el.dispatchEvent(new InputEvent('input', { bubbles: true }));
        return out;
      },
      { name: 'third_party_name', count: KEYSTROKES },
    );
    if (!fields0.includes('third_party_name')) throw new Error(`${SLUG} has no third_party_name field`);
    // Every field filled to its limit, as a reader pasting the longest values would.
    const fields = await page.$$eval('[data-fill-form] [name]:not([type=radio])', (els) =>
      els.map((el) => ({ name: el.getAttribute('name'), type: el.getAttribute('type'), tag: el.tagName })),
    );
    const kinds = await page.$$eval('[data-fill-form] [data-field] [name]', (els) =>
      els.map((el) => [el.getAttribute('name'), el.dataset.kind ?? 'text']),
    );
    const kindOf = new Map(kinds);
    for (const { name, type } of fields) {
      const kind = kindOf.get(name);
      const value = type === 'date' ? '2024-01-23' : type === 'number' ? '123456789' : 'x'.repeat(FIELD_LIMITS[kind]);
      await page.locator(`[data-fill-form] [name="${name}"]`).fill(value);
    }
    await page.waitForSelector('[data-checker] [data-check-list] li, [data-checker] [data-check-none]:not([hidden])');
    const rows = [
      [`baseline: text field, all other fields empty`, `${median(baseline).toFixed(1)} ms`, `${Math.max(...baseline).toFixed(1)} ms`, ''],
    ];
    const checks = [];
    for (const kind of ['text', 'list']) {
      const field = fields.find((f) => kindOf.get(f.name) === kind && f.type !== 'email');
      if (!field) continue;
      const { out: times, script } = await page.evaluate(
        async ({ name, limit, count }) => {
          const el = document.querySelector(`[data-fill-form] [name="${name}"]`);
          el.value = el.value.slice(0, limit - count);
          el.dispatchEvent(new InputEvent('input', { bubbles: true }));
          const out = [];
          const script = [];
          for (let i = 0; i < count; i += 1) {
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            const start = performance.now();
            el.value += 'y';
            el.dispatchEvent(new InputEvent('input', { bubbles: true }));
            script.push(performance.now() - start);
            // Layout of the repainted letter happens on the next frame: wait for it.
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            out.push(performance.now() - start);
          }
          return { out, script };
        },
        { name: field.name, limit: FIELD_LIMITS[kind], count: KEYSTROKES },
      );
      const m = median(times);
      const worst = Math.max(...times);
      rows.push([
        `${kind} field (${field.name}), every field at its limit`,
        `${m.toFixed(1)} ms`,
        `${worst.toFixed(1)} ms`,
        `${median(script).toFixed(1)} ms`,
      ]);
      checks.push(
        check(
          `keystroke → next frame, ${kind} field at ${FIELD_LIMITS[kind].toLocaleString('en')} chars (median of ${KEYSTROKES})`,
          `< ${TARGET_MS} ms`,
          `${m.toFixed(1)} ms (worst ${worst.toFixed(1)} ms)`,
          m < TARGET_MS,
        ),
      );
    }
    printTable(['keystroke', 'median', 'worst', 'of which script (median)'], rows);
    return { checks, data: { rows } };
  } finally {
    await browser.close();
    server.stop();
  }
}
