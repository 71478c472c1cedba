/**
 * The own-words meter (issue 20 item 4): how much of the letter the reader is sending is their own — field values
 * that differ from the worked examples, and rewritten sentences — overall and per part, and which units are still
 * word for word the site's text (to highlight). Counting is src/lib/letter-share.ts's (the same rules the letters
 * audit uses); this module only feeds it the letter the island shows: the tagged source of letter-edits.ts, with
 * switches applied, a line holding both rewritten and untouched sentences split so each counts as what it is.
 */
import { letterShare, type ShareCounts, type SharePart } from './letter-share.ts';
import { splitTagged, untag } from './letter-edits.ts';
import type { Values } from './letter.ts';

export interface OwnWords {
  /** The reader's own share of the body, 0–100. */
  percent: number;
  /** The template's fixed wording's share of the body, 0–100. */
  fixedPercent: number;
  /** Body words counted. */
  total: number;
  /** Per part, only the parts the letter has. */
  parts: { part: SharePart; percent: number; total: number }[];
  /** Units still word for word the site's (fixed wording and unchanged examples only). */
  fixedUnits: Set<string>;
  /** Every body unit, in letter order, with its part (for the "check your letter" summary). */
  units: { id: string; part: SharePart; text: string }[];
}

/**
 * `tagged`: the resolved tagged letter source (switches applied, units tagged); `rewritten`: ids of the units the
 * reader rewrote or added; `values` and `examples` by placeholder key.
 */
export function ownWords(tagged: string, rewritten: ReadonlySet<string>, values: Values, examples: Values): OwnWords {
  const lines: string[] = [];
  const unitsOfLine: { id: string; text: string }[][] = [];
  const rewrittenLines = new Set<number>();
  for (const line of tagged.split('\n')) {
    const { pieces } = splitTagged(line);
    const units = pieces.filter((piece): piece is { text: string; unit: string } => piece.unit !== undefined);
    const mixed = units.some((u) => rewritten.has(u.unit)) && units.some((u) => !rewritten.has(u.unit));
    if (!mixed) {
      if (units.length && units.every((u) => rewritten.has(u.unit))) rewrittenLines.add(lines.length);
      lines.push(untag(line));
      unitsOfLine.push(units.map((u) => ({ id: u.unit, text: u.text })));
      continue;
    }
    // One line per sentence, so a rewritten sentence counts as the reader's and its neighbours as the site's.
    let prefix = '';
    for (const piece of pieces) {
      if (piece.unit === undefined) {
        prefix += piece.text;
        continue;
      }
      if (rewritten.has(piece.unit)) rewrittenLines.add(lines.length);
      lines.push(prefix + piece.text);
      unitsOfLine.push([{ id: piece.unit, text: piece.text }]);
      prefix = '';
    }
  }
  const share = letterShare({ lines, values, examples, rewritten: rewrittenLines });
  const fixedUnits = new Set<string>();
  const units: OwnWords['units'] = [];
  const seen = new Set<string>();
  // Each counted sentence belongs to the unit whose text holds it.
  for (const sentence of share.sentences) {
    const candidates = unitsOfLine[sentence.line] ?? [];
    const unit = candidates.find((u) => u.text.includes(sentence.text.trim())) ?? candidates[0];
    if (!unit) continue;
    if (!seen.has(unit.id)) {
      seen.add(unit.id);
      units.push({ id: unit.id, part: sentence.part, text: unit.text });
    }
    if (sentence.wordForWord && sentence.fixed > 0) fixedUnits.add(unit.id);
  }
  const parts = (Object.entries(share.parts) as [SharePart, ShareCounts][])
    .filter(([, counts]) => counts.total > 0)
    .map(([part, counts]) => ({ part, percent: counts.ownPercent, total: counts.total }));
  return { percent: share.body.ownPercent, fixedPercent: share.body.fixedPercent, total: share.body.total, parts, fixedUnits, units };
}
