/**
 * The checker against a labelled corpus of appeal sentences (tests/fixtures/checker-corpus.yaml): each sentence is
 * checked as a one-sentence appeal, and the phrase families' recall and precision are printed per family and overall.
 * Fails below 85 % recall or 90 % precision, overall or for any family that has labelled sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { checkLetter } from '../../src/lib/checker';

type Entry = string | { text: string; also?: string[] };
interface Corpus {
  problems: Record<string, Entry[]>;
  clean: string[];
}

/** The families a single sentence can show; the rest (empty fields, missing parts, evidence, length) need a whole letter. */
const FAMILIES = [
  'pleading',
  'bargaining',
  'track-record',
  'business-intro',
  'blame',
  'ignorance-excuse',
  'threat',
  'vague-promise',
  'admission-without-remedy',
  'i-we-switch',
  'unsupported-claim',
  // Session 5 (issue 20 item 8).
  'asks-amazon',
  'disputes-policy',
  'denial',
  'others-do-it',
  'notice-as-cause',
  'passing-blame',
  'soft-pressure',
  'perfection-promise',
];

// CHECKER_CORPUS=path runs the same measure on another labelled set (a held-out one) of the same shape.
const corpus = parse(readFileSync(process.env.CHECKER_CORPUS ?? 'tests/fixtures/checker-corpus.yaml', 'utf8')) as Corpus;
const fired = (text: string) =>
  new Set(
    checkLetter({ lines: [text], headings: [], emptyKeys: [], kind: 'appeal' })
      .map((f) => f.rule)
      .filter((rule) => FAMILIES.includes(rule)),
  );

const problems = Object.entries(corpus.problems).flatMap(([family, entries]) =>
  entries.map((entry) =>
    typeof entry === 'string'
      ? { text: entry, family, labels: [family] }
      : { text: entry.text, family, labels: [family, ...(entry.also ?? [])] },
  ),
);
const rows = [
  ...problems.map((p) => ({ ...p, hits: fired(p.text) })),
  ...corpus.clean.map((text) => ({ text, family: 'clean', labels: [] as string[], hits: fired(text) })),
];

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '—');

describe('checker corpus', () => {
  it('has at least 120 problem sentences across every family and 80 clean ones', () => {
    expect(problems.length).toBeGreaterThanOrEqual(120);
    expect(corpus.clean.length).toBeGreaterThanOrEqual(80);
    // Every family has problem sentences, except the catch-all, which only reads what the others missed.
    expect(Object.keys(corpus.problems).sort()).toEqual(FAMILIES.filter((f) => f !== 'unsupported-claim').sort());
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it('finds at least 85 % of the problems with their own family, at 90 % precision or better', () => {
    const lines: string[] = ['family                      recall            precision'];
    const perFamily: [family: string, recall: number, precision: number][] = [];
    let flaggedPairs = 0;
    let rightPairs = 0;
    for (const family of FAMILIES) {
      const labelled = problems.filter((p) => p.family === family);
      const found = rows.filter((r) => r.family === family && r.hits.has(family)).length;
      const flagged = rows.filter((r) => r.hits.has(family));
      const right = flagged.filter((r) => r.labels.includes(family)).length;
      flaggedPairs += flagged.length;
      rightPairs += right;
      // Each family with labelled sentences holds the bars on its own, not only in the total.
      if (labelled.length) perFamily.push([family, found / labelled.length, flagged.length ? right / flagged.length : 1]);
      lines.push(
        `${family.padEnd(28)}${`${found}/${labelled.length}`.padEnd(8)}${pct(found, labelled.length).padEnd(10)}${`${right}/${flagged.length}`.padEnd(8)}${pct(right, flagged.length)}`,
      );
    }
    const problemRows = rows.filter((r) => r.family !== 'clean');
    const recalled = problemRows.filter((r) => r.labels.some((label) => r.hits.has(label)));
    const anyFlag = problemRows.filter((r) => r.hits.size > 0);
    const cleanFlagged = rows.filter((r) => r.family === 'clean' && r.hits.size > 0);
    lines.push(
      `overall                     ${`${recalled.length}/${problemRows.length}`.padEnd(10)}${pct(recalled.length, problemRows.length).padEnd(10)}${`${rightPairs}/${flaggedPairs}`.padEnd(10)}${pct(rightPairs, flaggedPairs)}`,
    );
    lines.push(
      `problem sentences flagged by any family: ${pct(anyFlag.length, problemRows.length)}; clean sentences flagged: ${cleanFlagged.length}/${corpus.clean.length} (${pct(cleanFlagged.length, corpus.clean.length)})`,
    );
    for (const r of problemRows.filter((r) => !recalled.includes(r)))
      lines.push(`  missed [${r.family}] ${r.text}${r.hits.size ? `  (flagged as ${[...r.hits].join(', ')})` : ''}`);
    for (const r of problemRows) for (const hit of r.hits) if (!r.labels.includes(hit)) lines.push(`  also flagged [${hit}] ${r.text}`);
    for (const r of cleanFlagged) lines.push(`  false alarm [${[...r.hits].join(', ')}] ${r.text}`);
    console.log(lines.join('\n'));
    expect(recalled.length / problemRows.length).toBeGreaterThanOrEqual(0.85);
    expect(perFamily.filter(([, recall, precision]) => recall < 0.85 || precision < 0.9)).toEqual([]);
    expect(rightPairs / flaggedPairs).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
