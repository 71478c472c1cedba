// The letter checker's speed: each keystroke in the fill form re-renders the letter and checks it again. This times
// exactly that (renderLetter → checkInputOf → checkLetter, the island's path) for a 1,000-word appeal, one keystroke
// at a time, and reports the checker chunk's gzip size when dist/ has one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkBudget } from './budgets.mjs';
import { check, gzipSize, kb, percentile, printTable } from './lib.mjs';

export const title = 'Letter checker per keystroke';
export const needsBuild = false;

const TARGET_MS = 5;
const TARGET_WORDS = 1000;
const KEYSTROKES = 400;

const words = (text) => text.split(/\s+/).filter(Boolean).length;

export async function run({ root, dist }) {
  const { renderLetter } = await import(join(root, 'src/lib/letter.ts'));
  const { placeholderSpecs } = await import(join(root, 'src/lib/placeholders.ts'));
  const { checkInputOf } = await import(join(root, 'src/lib/check-input.ts'));
  const { checkLetter } = await import(join(root, 'src/lib/checker.ts'));
  const { traitsOf } = await import(join(root, 'src/lib/kinds.ts'));

  // The longest appeal, filled with its examples and grown to 1,000 words with its own paragraphs.
  const { readContent } = await import(join(root, 'scripts/read-content.ts'));
  const appeals = readContent(root)
    .content.templates.map((entry) => entry.data)
    .filter((t) => traitsOf(t.kind).planOfAction);
  const t = appeals.sort((a, b) => words(b.letter) - words(a.letter))[0];
  const specs = placeholderSpecs(t.placeholders ?? []);
  const values = Object.fromEntries((t.placeholders ?? []).map((p) => [p.key, p.example]));
  const paragraphs = t.letter.split(/\n\n/);
  let source = t.letter;
  for (let i = 1; words(source) < TARGET_WORDS; i++) source = `${source}\n\n${paragraphs[i % paragraphs.length]}`;
  // The reader types into a text field that appears in the letter, one character per keystroke.
  const field = (t.placeholders ?? []).find((p) => p.kind === 'text' && source.includes(`{{${p.key}}}`))?.key;
  const typed = 'Our packer now weighs every parcel before sealing it and logs it in the packing sheet. ';

  const keystroke = (n) => {
    const next = field ? { ...values, [field]: `${values[field]} ${typed.repeat(4).slice(0, n)}` } : values;
    const out = renderLetter(source, specs, next);
    return checkLetter(checkInputOf(out, { emptyKeys: [], kind: t.kind, recipientStatus: 'historical-unverified', evidence: [] }));
  };
  for (let i = 0; i < 50; i++) keystroke(i); // warm-up: let the engine compile the patterns
  const times = [];
  let findings = 0;
  for (let i = 0; i < KEYSTROKES; i++) {
    const started = performance.now();
    findings = keystroke(i).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  const letterWords = words(
    renderLetter(source, specs, values)
      .map((l) => l.parts.map((p) => p.text).join(''))
      .join('\n'),
  );

  let chunk = null;
  try {
    const dir = join(dist, '_astro');
    const file = readdirSync(dir).find((name) => /^letter-check\..*\.js$/.test(name));
    if (file) chunk = { file, gzip: gzipSize(readFileSync(join(dir, file))) };
  } catch {
    /* no build: the size is the weight section's business anyway */
  }

  printTable(
    ['what', 'measured'],
    [
      ['letter', `${t.slug}, grown to ${letterWords} words`],
      ['keystrokes timed', String(KEYSTROKES)],
      ['median per keystroke', `${median.toFixed(2)} ms`],
      ['95th percentile', `${p95.toFixed(2)} ms`],
      ['findings on the last keystroke', String(findings)],
      ['checker chunk (gzip)', chunk ? `${kb(chunk.gzip)} (${chunk.file})` : 'no dist/'],
    ],
  );
  return {
    checks: [
      check('check a 1,000-word letter per keystroke (median)', `≤ ${TARGET_MS} ms`, `${median.toFixed(2)} ms`, median <= TARGET_MS),
      check('same, 95th percentile', `≤ ${TARGET_MS} ms`, `${p95.toFixed(2)} ms`, p95 <= TARGET_MS),
      ...(chunk
        ? [check('checker chunk, lazy (gzip)', `≤ ${kb(chunkBudget(chunk.file))}`, kb(chunk.gzip), chunk.gzip <= chunkBudget(chunk.file))]
        : []),
    ],
    data: { slug: t.slug, words: letterWords, medianMs: median, p95Ms: p95, keystrokes: KEYSTROKES, chunkGzip: chunk?.gzip ?? null },
  };
}
