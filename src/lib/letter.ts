/**
 * The letter syntax, shared by the build (validation, static rendering) and the fill-and-copy island:
 * `{{key}}` placeholders, `## ` heading lines, and list placeholders that stand alone on a line after an
 * optional marker (`- {{items}}`, `1. {{steps}}`) and expand to one line per item.
 */
import type { PlaceholderKind } from './model.ts';
import { HEADING_PREFIX, ISO_DATE_RE, KEY, LIST_MARKER } from './patterns.ts';
import { valueOf, type Values } from './letter-state.ts';

export interface PlaceholderSpec {
  key: string;
  kind: PlaceholderKind;
  /** Text shown where the value is still empty, e.g. "[Store name]". */
  marker: string;
}

/** One piece of an output line: literal text, or the text standing for a placeholder. */
export interface Part {
  text: string;
  /** Set when the part stands for a placeholder. */
  key?: string;
  /** For placeholder parts: whether the reader gave a value (else `text` is the marker). */
  filled?: boolean;
  /** For literal parts: the template's text when `text` differs from it (a full stop dropped after a value ending in one). */
  source?: string;
}

export interface OutputLine {
  heading: boolean;
  parts: Part[];
}

/** The reader's values by placeholder key (src/lib/letter-state.ts). */
export { valueOf, type Values };

/** A well-formed placeholder. */
const PLACEHOLDER_RE = new RegExp(`\\{\\{(${KEY})\\}\\}`, 'g');
/** Anything that looks like an attempt at a placeholder: used to report malformed ones. */
const LOOSE_PLACEHOLDER_RE = /\{\{[^}]*\}\}|\{\{|\}\}/g;
/** Placeholders, optional-block markers ({{#key}}, {{/key}}) and the attachments marker (see letter-blocks.ts). */
const WELL_FORMED_RE = new RegExp(`^\\{\\{(?:[#/]?${KEY}|@attachments)\\}\\}$`);
const LIST_LINE_RE = new RegExp(`^(\\s*${LIST_MARKER}?\\s*)\\{\\{(${KEY})\\}\\}\\s*$`);
const NUMBERED_MARKER_RE = /^(\s*)(\d+)([.)]\s*)$/;

/** Keys of all well-formed placeholders in `text`, in order of first use. */
export function placeholderKeys(text: string | undefined): string[] {
  if (!text) return [];
  const keys = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER_RE)) keys.add(match[1]!);
  return [...keys];
}

/** Placeholder-like fragments that are not well formed (e.g. `{{Store Name}}`, a lone `{{`). */
export function malformedPlaceholders(text: string | undefined): string[] {
  if (!text) return [];
  return [...text.matchAll(LOOSE_PLACEHOLDER_RE)].map((m) => m[0]).filter((s) => !WELL_FORMED_RE.test(s));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ISO dates (what a date input gives) read as "January 23, 2024"; anything else stays as typed. */
export function formatDate(value: string): string {
  const date = value.trim();
  if (!ISO_DATE_RE.test(date)) return value;
  const [year, monthNumber, dayNumber] = date.split('-') as [string, string, string];
  const month = MONTHS[Number(monthNumber) - 1];
  const day = Number(dayNumber);
  if (!month || day < 1 || day > 31) return value;
  return `${month} ${day}, ${year}`;
}

/** Items of a list value: one per line, blank lines dropped. */
export function listItems(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function isEmpty(value: string | undefined): value is undefined {
  return value === undefined || value.trim() === '';
}

function formatInline(spec: PlaceholderSpec | undefined, value: string): string {
  if (spec?.kind === 'date') return formatDate(value);
  if (spec?.kind === 'list') return listItems(value).join(', ');
  return value;
}

/** Splits one source line into literal and placeholder parts; multiline values may add lines. */
function expandInline(line: string, specs: Map<string, PlaceholderSpec>, values: Values): Part[][] {
  const lines: Part[][] = [[]];
  let last = 0;
  const push = (part: Part) => lines[lines.length - 1]!.push(part);
  // Literal text after a value that ends in a full stop ("… Co., Ltd.") loses its own leading full stop: one, not "..".
  const pushLiteral = (source: string) => {
    const previous = lines[lines.length - 1]!.at(-1);
    const doubled = previous?.filled && previous.text.endsWith('.') && /^\.(?!\.)/.test(source);
    push(doubled ? { text: source.slice(1), source } : { text: source });
  };
  for (const match of line.matchAll(PLACEHOLDER_RE)) {
    if (match.index > last) pushLiteral(line.slice(last, match.index));
    const key = match[1]!;
    const spec = specs.get(key);
    const value = valueOf(values, key);
    if (isEmpty(value)) {
      push({ text: spec?.marker ?? match[0], key, filled: false });
    } else {
      const [first = '', ...rest] = formatInline(spec, value).split(/\r?\n/);
      push({ text: first, key, filled: true });
      for (const extra of rest) lines.push([{ text: extra, key, filled: true }]);
    }
    last = match.index + match[0].length;
  }
  if (last < line.length) pushLiteral(line.slice(last));
  return lines;
}

/** Repeats a list line's marker for every item; numbered markers count up from the first number. */
function expandList(marker: string, key: string, spec: PlaceholderSpec, value: string | undefined): OutputLine[] {
  const numbered = NUMBERED_MARKER_RE.exec(marker);
  const markerFor = (index: number) => (numbered ? `${numbered[1]}${Number(numbered[2]) + index}${numbered[3]}` : marker);
  if (isEmpty(value)) return [{ heading: false, parts: [{ text: marker }, { text: spec.marker, key, filled: false }] }];
  return listItems(value).map((item, index) => ({
    heading: false,
    parts: [{ text: markerFor(index) }, { text: item, key, filled: true }],
  }));
}

/** Expands a letter with the reader's values into output lines (empty values show their marker). */
export function renderLetter(source: string, specs: readonly PlaceholderSpec[], values: Values): OutputLine[] {
  const byKey = new Map(specs.map((spec) => [spec.key, spec]));
  const output: OutputLine[] = [];
  for (const rawLine of source.replace(/\s+$/, '').split(/\r?\n/)) {
    const heading = rawLine.startsWith(HEADING_PREFIX);
    const line = heading ? rawLine.slice(HEADING_PREFIX.length) : rawLine;
    const list = heading ? null : LIST_LINE_RE.exec(line);
    const listSpec = list ? byKey.get(list[2]!) : undefined;
    if (list && listSpec?.kind === 'list') {
      output.push(...expandList(list[1]!, list[2]!, listSpec, valueOf(values, list[2]!)));
      continue;
    }
    for (const parts of expandInline(line, byKey, values)) output.push({ heading, parts });
  }
  return renumber(output);
}

/** A numbered point's marker at the start of a literal part: "3. ", "12) ". */
const POINT_RE = /^(\s*)(\d+)([.)]\s)/;

/**
 * Numbers the points of each list 1, 2, 3 … in order, so a switched-off block or a list value of several items
 * leaves no gap or repeat ("1. 2. 3. 5."). A list runs until a heading or a line of other literal text; blank
 * lines and lines that start with a value (a multiline value's next lines) do not end it. The first point keeps
 * its number, so a list may start at another number on purpose.
 */
export function renumber(lines: OutputLine[]): OutputLine[] {
  let next: number | undefined;
  for (const line of lines) {
    const first = line.parts[0];
    if (line.heading) {
      next = undefined;
      continue;
    }
    if (!first || first.key !== undefined || first.text.trim() === '') continue;
    const point = POINT_RE.exec(first.text);
    if (!point) {
      next = undefined;
      continue;
    }
    const number = next ?? Number(point[2]);
    if (number !== Number(point[2]))
      line.parts[0] = { ...first, text: `${point[1]}${number}${point[3]}${first.text.slice(point[0].length)}` };
    next = number + 1;
  }
  return lines;
}

export { partsSource } from './letter-state.ts';

/** The plain text of rendered lines: what Copy, Download and e-mail send. */
export function toPlainText(lines: readonly OutputLine[]): string {
  return lines.map((line) => line.parts.map((part) => part.text).join('')).join('\n');
}

/** Convenience: the finished plain-text letter. */
export function fillLetter(source: string, specs: readonly PlaceholderSpec[], values: Values): string {
  return toPlainText(renderLetter(source, specs, values));
}

/** Keys among `keys` that still have no value. */
export function emptyKeys(keys: readonly string[], values: Values): string[] {
  return keys.filter((key) => isEmpty(valueOf(values, key)));
}

export interface Paragraph {
  heading: boolean;
  /** Index of the paragraph's first output line (what the letter checker's findings point at). */
  line: number;
  lines: Part[][];
}

/** Groups output lines into paragraphs (blank lines separate them; a heading is a paragraph of its own). */
export function toParagraphs(lines: readonly OutputLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  lines.forEach((line, index) => {
    const blank = line.parts.every((part) => part.text.trim() === '') && !line.parts.some((part) => part.key);
    if (blank) {
      current = undefined;
    } else if (line.heading) {
      paragraphs.push({ heading: true, line: index, lines: [line.parts] });
      current = undefined;
    } else {
      if (!current) paragraphs.push((current = { heading: false, line: index, lines: [] }));
      current.lines.push(line.parts);
    }
  });
  return paragraphs;
}
