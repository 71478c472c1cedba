/**
 * The notice decoder against real notices (tests/fixtures/notices/*.yaml): Amazon notices as sellers quoted them,
 * each labelled with its kind. Prints top-1 and top-3 accuracy (bars: top-3 ≥ 95 %, top-1 ≥ 85 %) and extraction
 * accuracy (every ASIN, every "within N days/hours" deadline), per file: the development part the rules were written
 * from, and the three blind parts gathered after them (each run once, their scores in docs/NOTICE.md).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { decodeNotice } from '../../src/lib/notice';

interface Fixture {
  id: string;
  kind: string;
  source: string;
  text: string;
  asins?: string[];
  /** "17 days", "48 hours", "5 business-days", "3 weeks". */
  within?: string[];
}

const DIR = 'tests/fixtures/notices';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const TODAY = '2026-12-07';

function score(fixtures: Fixture[]) {
  let top1 = 0;
  let top3 = 0;
  let asinsOk = 0;
  let withinOk = 0;
  const misses: string[] = [];
  for (const f of fixtures) {
    const result = decodeNotice(f.text, { today: TODAY });
    const ids = result.matches.map((m) => m.id);
    if (ids[0] === f.kind) top1++;
    else misses.push(`${f.id}: expected ${f.kind}, got ${ids.join(' > ') || '(none)'} [${result.matches.map((m) => m.score).join(', ')}]`);
    if (ids.slice(0, 3).includes(f.kind)) top3++;
    const asins = f.asins ?? [];
    if (asins.every((a) => result.extracted.asins.includes(a))) asinsOk++;
    else misses.push(`${f.id}: ASINs ${asins.join(' ')} → ${result.extracted.asins.join(' ')}`);
    const wanted = f.within ?? [];
    const got = result.deadlines.filter((d) => d.kind === 'within').map((d) => `${d.count} ${d.unit}`);
    if (wanted.every((w) => got.includes(w))) withinOk++;
    else misses.push(`${f.id}: within ${wanted.join(', ')} → ${got.join(', ')}`);
  }
  return { n: fixtures.length, top1, top3, asinsOk, withinOk, misses };
}

const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)} %`;
const all: Fixture[] = [];

describe('notice corpus', () => {
  for (const file of files) {
    const fixtures = load(readFileSync(`${DIR}/${file}`, 'utf8')) as Fixture[];
    all.push(...fixtures);
    it(`${file}: every fixture is labelled with a known kind and a source`, () => {
      const kinds = new Set(decodeNotice('').matches.map((m) => m.id));
      expect(kinds.size).toBe(0);
      for (const f of fixtures) {
        expect(f.source, f.id).toMatch(/^https?:\/\//);
        expect(f.text.length, f.id).toBeGreaterThan(40);
      }
    });
    it(`${file}: accuracy`, () => {
      const s = score(fixtures);
      console.log(
        `${file}: ${s.n} notices · top-1 ${s.top1}/${s.n} = ${pct(s.top1, s.n)} · top-3 ${s.top3}/${s.n} = ${pct(s.top3, s.n)} · ASINs ${s.asinsOk}/${s.n} · within-deadlines ${s.withinOk}/${s.n}${s.misses.length ? `\n  ${s.misses.join('\n  ')}` : ''}`,
      );
      expect(s.n).toBeGreaterThan(0);
    });
  }
  it('whole corpus: top-3 ≥ 95 %, top-1 ≥ 85 %, every ASIN and every "within" deadline', () => {
    const s = score(all);
    console.log(
      `all: ${s.n} notices · top-1 ${pct(s.top1, s.n)} · top-3 ${pct(s.top3, s.n)} · ASINs ${pct(s.asinsOk, s.n)} · within ${pct(s.withinOk, s.n)}`,
    );
    expect(s.n).toBeGreaterThanOrEqual(60);
    expect(s.top3 / s.n).toBeGreaterThanOrEqual(0.95);
    expect(s.top1 / s.n).toBeGreaterThanOrEqual(0.85);
    expect(s.asinsOk).toBe(s.n);
    expect(s.withinOk).toBe(s.n);
  });
});
