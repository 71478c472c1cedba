/**
 * The reader's rewrites of a letter (docs/EDITOR.md): every sentence and every numbered point of the template's
 * letter is a unit the reader can rewrite in place, restore to the site's text, and (points) move, remove or add
 * to within their list. Edits work on the letter SOURCE, so `{{placeholders}}` inside a rewritten unit still fill,
 * optional blocks still switch, and everything downstream (copy, .txt, per-part answers, save-to-case, the
 * checker) reads the one edited source this module assembles. Pure; shared by the island, the tests and the bench.
 *
 *   const units = letterUnits(template);             // the template's units, ids stable per template text
 *   const source = editedSource(template, edits);    // the letter source with the reader's rewrites
 *   const tagged = editedSource(template, edits, true);  // the same, each unit wrapped in UNIT_START/UNIT_END
 *
 * Unit ids: `L<line>` for a point or a one-sentence line, `L<line>.<n>` for the n-th sentence of a line (line =
 * index in the template source), `N<k>` for a point the reader added. An edit stores the site's text beside the
 * rewrite, so an edit whose sentence the site has since changed is dropped rather than put in the wrong place.
 */
import { clampText, POINT_LIMIT, POINTS_PER_SECTION } from './field-limits.ts';
import { HEADING_PREFIX, KEY, LIST_ITEM_RE } from './patterns.ts';

/** Wraps a unit in the tagged source: START, the id, ID_END, the unit's text, END (private-use characters). */
export const UNIT_START = '\uE000';
export const UNIT_ID_END = '\uE002';
export const UNIT_END = '\uE001';
const TAG_CHARS_RE = /[\uE000-\uE002]/g;

export interface Unit {
  id: string;
  /** The site's text (source syntax); '' for an added point. */
  original: string;
  /** A list point (movable within its run) rather than a sentence. */
  point: boolean;
  /** The run of points it belongs to (`R<first line>`), for points. */
  run?: string;
}

interface TemplateLine {
  raw: string;
  kind: 'heading' | 'blank' | 'block' | 'attachments' | 'field' | 'text' | 'point';
  /** For 'text': the sentences (units) and the whitespace after each; for 'point': one unit and its marker. */
  units: { id: string; text: string; sep: string }[];
  marker: string;
  /** Option key of the optional block the line sits in. */
  block?: string;
  run?: string;
}

const BLOCK_RE = new RegExp(`^\\s*\\{\\{([#/])(${KEY})\\}\\}\\s*$`);
const FIELD_LINE_RE = new RegExp(`^\\s*(?:[-*•]|\\d+[.)])?\\s*\\{\\{${KEY}\\}\\}\\s*$`);
/** Words after which a full stop does not end a sentence. */
const ABBREVIATION_RE = /(?:\b(?:e\.g|i\.e|etc|Mr|Ms|Mrs|Dr|No|Nos|Inc|Ltd|Co|Corp|approx|vs|St|U\.S|U\.K|a\.m|p\.m)\.)$/i;

/** A line's sentences with the whitespace after each (joined back they give the line exactly). */
export function splitSentences(line: string): { text: string; sep: string }[] {
  const out: { text: string; sep: string }[] = [];
  const re = /([.!?。！？]["”’)]?)(\s+)(?=["“(]?[A-Z0-9{[])/g;
  let start = 0;
  for (const match of line.matchAll(re)) {
    const end = match.index + match[1]!.length;
    const text = line.slice(start, end);
    if (ABBREVIATION_RE.test(text)) continue;
    out.push({ text, sep: match[2]! });
    start = end + match[2]!.length;
  }
  if (start < line.length || !out.length) out.push({ text: line.slice(start), sep: '' });
  return out;
}

const templateCache = new Map<string, TemplateLine[]>();

/** The template's lines, classified, with their units (cached per source). */
function templateLines(source: string): TemplateLine[] {
  const cached = templateCache.get(source);
  if (cached) return cached;
  const raws = source.split(/\r?\n/);
  let block: string | undefined;
  let run: string | undefined;
  const lines = raws.map((raw, index): TemplateLine => {
    const marker = BLOCK_RE.exec(raw);
    if (marker) {
      block = marker[1] === '#' ? marker[2] : undefined;
      return { raw, kind: 'block', units: [], marker: '' };
    }
    const inBlock = block;
    if (raw.startsWith(HEADING_PREFIX)) return ((run = undefined), { raw, kind: 'heading', units: [], marker: '' });
    if (raw.trim() === '') return { raw, kind: 'blank', units: [], marker: '', block: inBlock };
    if (/^\s*\{\{@attachments\}\}\s*$/.test(raw)) return ((run = undefined), { raw, kind: 'attachments', units: [], marker: '' });
    if (FIELD_LINE_RE.test(raw)) return ((run = undefined), { raw, kind: 'field', units: [], marker: '', block: inBlock });
    const item = LIST_ITEM_RE.exec(raw);
    if (item) {
      run ??= `R${index}`;
      return {
        raw,
        kind: 'point',
        units: [{ id: `L${index}`, text: raw.slice(item[0].length), sep: '' }],
        marker: item[0],
        block: inBlock,
        run,
      };
    }
    run = undefined;
    const sentences = splitSentences(raw);
    const units = sentences.map((s, n) => ({ id: sentences.length > 1 ? `L${index}.${n}` : `L${index}`, ...s }));
    return { raw, kind: 'text', units, marker: '', block: inBlock };
  });
  // A blank line or a block marker between two points keeps their run; anything else ended it above.
  templateCache.set(source, lines);
  return lines;
}

/** Every unit of the template, in letter order. */
export function letterUnits(source: string): Unit[] {
  return templateLines(source).flatMap((line) =>
    line.units.map((unit) => ({ id: unit.id, original: unit.text, point: line.kind === 'point', run: line.run })),
  );
}

/** The reader's edits of one letter. */
export interface LetterEdits {
  /** Rewritten units: id → [the site's text when rewritten, the reader's text]; added points: id → ['', text]. */
  text: Map<string, [string, string]>;
  /** Runs of points the reader reordered, removed from or added to: run id → the point ids in order. */
  order: Map<string, string[]>;
}

export const noEdits = (): LetterEdits => ({ text: new Map(), order: new Map() });

export const isEdited = (edits: LetterEdits) => edits.text.size > 0 || edits.order.size > 0;

/** A unit's text as the reader has it now (its rewrite, or the site's text). */
export function unitText(edits: LetterEdits, id: string, original: string): string {
  const edit = edits.text.get(id);
  return edit && (edit[0] === original || id.startsWith('N')) ? edit[1] : original;
}

/** Whether the unit is rewritten (its text differs from the site's). */
export const isRewritten = (edits: LetterEdits, id: string, original: string) => unitText(edits, id, original) !== original;

/** A unit's text as one line of source: line breaks become spaces, the length bounded. */
export const cleanUnit = (text: string) => clampText(text.replace(/\s*[\r\n]+\s*/g, ' ').replace(TAG_CHARS_RE, ''), POINT_LIMIT);

/** A numbered marker ("3. ") written for a position in the run; bullets stay as they are. */
const numberedAt = (marker: string, position: number) => marker.replace(/^(\s*)\d+/, (_whole, space: string) => `${space}${position + 1}`);

const tag = (id: string, text: string, tagged: boolean) => (tagged ? `${UNIT_START}${id}${UNIT_ID_END}${text}${UNIT_END}` : text);

/**
 * The letter source with the reader's edits: rewritten units in place, each edited run of points in the reader's
 * order (a point from an optional block keeps its block; numbered by position, renderLetter closes the gaps a
 * switched-off block leaves). `tagged`: every unit
 * wrapped in UNIT_START id UNIT_ID_END … UNIT_END, for painting (never for copying).
 */
export function editedSource(source: string, edits: LetterEdits, tagged = false): string {
  const lines = templateLines(source);
  const pointById = new Map<string, TemplateLine>();
  for (const line of lines) if (line.kind === 'point') pointById.set(line.units[0]!.id, line);
  const emitted = new Set<string>();
  const out: string[] = [];
  let openBlock: string | undefined;
  const pointLine = (id: string, marker: string, original: string) => `${marker}${tag(id, unitText(edits, id, original), tagged)}`;
  for (const line of lines) {
    if (line.kind === 'block') {
      const marker = BLOCK_RE.exec(line.raw)!;
      openBlock = marker[1] === '#' ? marker[2] : undefined;
      out.push(line.raw);
      continue;
    }
    if (line.kind === 'point') {
      const order = line.run ? edits.order.get(line.run) : undefined;
      const unit = line.units[0]!;
      if (!order) {
        out.push(pointLine(unit.id, line.marker, unit.text));
        continue;
      }
      if (emitted.has(line.run!)) continue;
      emitted.add(line.run!);
      // The whole run, in the reader's order, where its first point stood; blocks re-wrapped point by point.
      const close = openBlock;
      if (close) out.push(`{{/${close}}}`);
      order.forEach((id, position) => {
        const from = pointById.get(id);
        if (from && from.run !== line.run) return;
        const marker = numberedAt(from?.marker ?? line.marker, position);
        const text = pointLine(id, marker, from ? from.units[0]!.text : '');
        if (from?.block) out.push(`{{#${from.block}}}`, text, `{{/${from.block}}}`);
        else out.push(text);
      });
      if (close) out.push(`{{#${close}}}`);
      continue;
    }
    if (line.kind === 'text') {
      out.push(line.units.map((unit) => `${tag(unit.id, unitText(edits, unit.id, unit.text), tagged)}${unit.sep}`).join(''));
      continue;
    }
    out.push(line.raw);
  }
  return out.join('\n');
}

/** The points of a run in the reader's order (the template's when untouched). */
export function runOrder(source: string, edits: LetterEdits, run: string): string[] {
  return (
    edits.order.get(run) ??
    letterUnits(source)
      .filter((u) => u.run === run)
      .map((u) => u.id)
  );
}

/** A new id for an added point. */
export function newPointId(edits: LetterEdits): string {
  let n = 1;
  const used = new Set([...edits.order.values()].flat());
  while (used.has(`N${n}`) || edits.text.has(`N${n}`)) n += 1;
  return `N${n}`;
}

/** Moves, removes or adds a point within its run; returns false when the change is not possible (an end, the limit). */
export function changeRun(
  source: string,
  edits: LetterEdits,
  run: string,
  id: string,
  change: 'up' | 'down' | 'remove' | 'add',
): string | false {
  const order = [...runOrder(source, edits, run)];
  const at = order.indexOf(id);
  if (at < 0) return false;
  let focus = id;
  if (change === 'remove') {
    if (order.length <= 1) return false;
    order.splice(at, 1);
    if (id.startsWith('N')) edits.text.delete(id);
    focus = order[Math.min(at, order.length - 1)]!;
  } else if (change === 'add') {
    if (order.length >= POINTS_PER_SECTION) return false;
    focus = newPointId(edits);
    order.splice(at + 1, 0, focus);
    edits.text.set(focus, ['', '']);
  } else {
    const to = change === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) return false;
    [order[at], order[to]] = [order[to]!, order[at]!];
  }
  const template = letterUnits(source)
    .filter((u) => u.run === run)
    .map((u) => u.id);
  if (order.join() === template.join()) edits.order.delete(run);
  else edits.order.set(run, order);
  return focus;
}

/** Sets a unit's text; the site's text again clears the edit (restore). */
export function setUnit(edits: LetterEdits, id: string, original: string, text: string): void {
  const clean = cleanUnit(text);
  if (id.startsWith('N')) edits.text.set(id, ['', clean]);
  else if (clean === original) edits.text.delete(id);
  else edits.text.set(id, [original, clean]);
}

/** The edits as stored (JSON), or '' when there are none (the entry is then removed). */
export function serializeEdits(edits: LetterEdits): string {
  if (!isEdited(edits)) return '';
  return JSON.stringify({ v: 1, t: Object.fromEntries(edits.text), o: Object.fromEntries(edits.order) });
}

const isStringPair = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string');
const ID_RE = /^(?:L\d+(?:\.\d+)?|N\d+)$/;
const RUN_RE = /^R\d+$/;

/**
 * Stored edits, checked member by member against the template: a malformed entry, an unknown id or a unit whose
 * site text has changed since is dropped; lengths and counts are bounded as typed ones are. Never throws.
 */
export function parseEdits(raw: string | undefined, source: string): LetterEdits {
  const edits = noEdits();
  if (!raw) return edits;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return edits;
  }
  if (!parsed || typeof parsed !== 'object') return edits;
  const { t, o } = parsed as { t?: unknown; o?: unknown };
  const units = new Map(letterUnits(source).map((u) => [u.id, u]));
  if (t && typeof t === 'object') {
    for (const [id, pair] of Object.entries(t)) {
      if (!ID_RE.test(id) || !isStringPair(pair)) continue;
      const unit = units.get(id);
      if (id.startsWith('N')) edits.text.set(id, ['', cleanUnit(pair[1])]);
      else if (unit && unit.original === pair[0]) edits.text.set(id, [pair[0], cleanUnit(pair[1])]);
    }
  }
  if (o && typeof o === 'object') {
    for (const [run, ids] of Object.entries(o)) {
      if (!RUN_RE.test(run) || !Array.isArray(ids)) continue;
      const valid = [
        ...new Set(
          ids.filter(
            (id): id is string => typeof id === 'string' && (units.get(id)?.run === run || (id.startsWith('N') && edits.text.has(id))),
          ),
        ),
      ];
      if (valid.length) edits.order.set(run, valid.slice(0, POINTS_PER_SECTION));
    }
  }
  // An added point that is in no run is dropped.
  const placed = new Set([...edits.order.values()].flat());
  for (const id of edits.text.keys()) if (id.startsWith('N') && !placed.has(id)) edits.text.delete(id);
  return edits;
}

/** A letter's output line split at unit tags: the pieces of text and the unit each belongs to. */
export interface TaggedPiece {
  text: string;
  unit?: string;
}

/** Splits tagged text into pieces; `open` is the unit still open from the line before (a multiline value). */
export function splitTagged(text: string, open?: string): { pieces: TaggedPiece[]; open?: string } {
  const pieces: TaggedPiece[] = [];
  let unit = open;
  let rest = text;
  /** Whether the open unit has a piece yet: an empty unit (a point just added) still gets one, so it can be painted. */
  let shown = open !== undefined;
  while (rest) {
    const start = rest.indexOf(UNIT_START);
    const end = rest.indexOf(UNIT_END);
    const next = [start, end].filter((i) => i >= 0).sort((a, b) => a - b)[0];
    if (next === undefined) {
      pieces.push({ text: rest, unit });
      break;
    }
    if (next > 0) {
      pieces.push({ text: rest.slice(0, next), unit });
      shown = true;
    }
    if (next === end) {
      if (unit !== undefined && !shown) pieces.push({ text: '', unit });
      unit = undefined;
      rest = rest.slice(next + 1);
    } else {
      const idEnd = rest.indexOf(UNIT_ID_END, next);
      unit = rest.slice(next + 1, idEnd);
      shown = false;
      rest = rest.slice(idEnd + 1);
    }
  }
  return { pieces, open: unit };
}

/** Tagged text without its tags (what the reader reads). */
export const untag = (text: string) => text.replace(new RegExp(`${UNIT_START}[^${UNIT_ID_END}]*${UNIT_ID_END}|${UNIT_END}`, 'g'), '');
