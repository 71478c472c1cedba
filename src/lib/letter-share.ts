/**
 * Whose words is the letter? (tasks/MODEL.md §2, issue 20 items 4–5.) Counts the words of a letter's body that are
 * the site's fixed wording, the worked examples left as they are, and the seller's own, overall and per part.
 *
 *   const share = letterShare({ lines, values, examples, rewritten });
 *   share.body          → { fixed, example, own, total, fixedPercent, ownPercent }
 *   share.parts['root-cause']  (also 'what-happened', 'actions-taken', 'prevention', 'other')
 *   share.sentences     → every body sentence: { line, text, fixed, example, own, wordForWord }
 *
 * Input:
 *   lines      the letter source as it will be sent, one string per line, switches applied and placeholders still
 *              `{{key}}` markers: `resolveLetter(source, extras, values).split('\n')` (letter-blocks.ts). A reader's
 *              rewritten line is passed as its new text (its `{{key}}` markers still fill from the values).
 *   values     the reader's values by key (a Map or a plain object); for the audit, the examples themselves.
 *   examples   each placeholder's example (`placeholders[].example`).
 *   rewritten  optional: indices (into `lines`) of lines the reader rewrote; their literal words count as own.
 *
 * Rules:
 *   - Body: after the salutation (the first non-blank line), before the closing (the first line after the
 *     attachments list, or after the last part, that opens with a closing formula: "Please let us know…",
 *     "Sincerely", "此致" …). Headings, the attachments section and a list's "1." / "-" markers are not counted.
 *   - Literal text of a line the reader did not rewrite is `fixed`; literal text of a rewritten line is `own`.
 *   - A value counts as `example` when it equals its example (spaces ignored); for list and multiline values item by
 *     item (line by line), so a list with one item changed counts that item as own. Other values are `own`;
 *     an empty value counts nothing (the letter shows its "[Label]" marker).
 *   - Words: every CJK character is one word; elsewhere, a run of letters or digits (with inner ' - . , /) is one.
 *   - fixedPercent and ownPercent are rounded to whole numbers of the body total (0 when the body is empty).
 *   - A sentence is `wordForWord` (to highlight) when it is in a line the reader did not rewrite and all its words
 *     are fixed wording or unchanged examples: the reader has put nothing of their own into it yet.
 * Pure and fast (one pass over the lines): the live meter calls it on every keystroke.
 */
import { valueOf, type Values } from './letter.ts';
import { KEY, LIST_MARKER } from './patterns.ts';
import { partOfHeading, type GuidePart } from './poa-parts.ts';

export type SharePart = Exclude<GuidePart, 'attachments'> | 'other';

export interface ShareCounts {
  /** Words of the site's fixed wording. */
  fixed: number;
  /** Words of values left equal to their example. */
  example: number;
  /** Words of the reader's own values and rewritten lines. */
  own: number;
  /** fixed + example + own. */
  total: number;
  /** Share of the total that is fixed wording, 0–100. */
  fixedPercent: number;
  /** Share of the total that is the reader's own, 0–100. */
  ownPercent: number;
}

export interface ShareSentence {
  /** Index of the line in `lines`. */
  line: number;
  /** The sentence as the source line has it (placeholders as `{{key}}`). */
  text: string;
  /** Which part of the letter it is in. */
  part: SharePart;
  fixed: number;
  example: number;
  own: number;
  /** Nothing of the reader's own in it yet (see the rules above). */
  wordForWord: boolean;
}

export interface LetterShare {
  body: ShareCounts;
  parts: Record<SharePart, ShareCounts>;
  sentences: ShareSentence[];
}

export interface ShareInput {
  lines: readonly string[];
  values: Values;
  examples: Values;
  rewritten?: ReadonlySet<number>;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const WORD_RE = new RegExp(`[${CJK}]|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|['’\\-.,/](?=[\\p{L}\\p{N}]))*`, 'gu');
const CJK_CHAR_RE = new RegExp(`^[${CJK}]$`, 'u');
const PLACEHOLDER_RE = new RegExp(`\\{\\{(${KEY})\\}\\}`, 'g');
const MARKER_RE = new RegExp(`^\\s*${LIST_MARKER}\\s+`);
/** A closing formula: the line where the body ends. */
export const CLOSING_RE =
  /^\s*(sincerely|best regards|kind regards|warm regards|regards|yours (sincerely|faithfully|truly)|respectfully|thank you( for| very)|thanks,|please (let us know|contact us|do not hesitate)|we look forward|should you (need|require)|if you (need|require) (any )?(further|more|additional)|此致|敬礼|如(您|果您)需要|感谢您|谢谢)/i;

/** Words in a piece of text; CJK characters one each. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD_RE)) n++;
  return n;
}

/** Whether the text holds CJK (exported for callers that want to tell the languages apart). */
export const hasCjk = (text: string) => [...text].some((ch) => CJK_CHAR_RE.test(ch));

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Words of one value: [example words, own words]. */
function valueWords(value: string | undefined, example: string | undefined): [number, number] {
  if (value === undefined || value.trim() === '') return [0, 0];
  if (example !== undefined && norm(value) === norm(example)) return [countWords(value), 0];
  const items = value.split(/\r?\n/).map(norm).filter(Boolean);
  if (items.length < 2 && example?.includes('\n') !== true) return [0, countWords(value)];
  const known = new Set((example ?? '').split(/\r?\n/).map(norm).filter(Boolean));
  let ex = 0;
  let own = 0;
  for (const item of items) {
    const words = countWords(item.replace(MARKER_RE, ''));
    if (known.has(item)) ex += words;
    else own += words;
  }
  return [ex, own];
}

const empty = (): ShareCounts => ({ fixed: 0, example: 0, own: 0, total: 0, fixedPercent: 0, ownPercent: 0 });

function finish(c: ShareCounts): ShareCounts {
  c.total = c.fixed + c.example + c.own;
  c.fixedPercent = c.total ? Math.round((100 * c.fixed) / c.total) : 0;
  c.ownPercent = c.total ? Math.round((100 * c.own) / c.total) : 0;
  return c;
}

/** Where the body starts and ends in `lines`: [first body line, first closing line]. */
export function bodyRange(lines: readonly string[]): [number, number] {
  const start = lines.findIndex((line) => line.trim() !== '') + 1;
  let lastHeading = -1;
  lines.forEach((line, i) => {
    if (line.startsWith('## ')) lastHeading = i;
  });
  for (let i = Math.max(start, lastHeading + 1); i < lines.length; i++) {
    if (CLOSING_RE.test(lines[i]!)) return [start, i];
  }
  return [start, lines.length];
}

/** The sentences of a source line: split after . ! ? (and 。！？) that end a sentence. */
export const sentencesOf = (line: string) => line.split(/(?<=[.!?])\s+(?=\S)|(?<=[。！？])/).filter((s) => s.trim() !== '');

/** Word counts of the body overall and per part, and every body sentence with its own counts. */
export function letterShare({ lines, values, examples, rewritten }: ShareInput): LetterShare {
  const body = empty();
  const parts: Record<SharePart, ShareCounts> = {
    'what-happened': empty(),
    'root-cause': empty(),
    'actions-taken': empty(),
    prevention: empty(),
    other: empty(),
  };
  const sentences: ShareSentence[] = [];
  const [start, end] = bodyRange(lines);
  let part: SharePart | 'attachments' = 'what-happened';
  for (let i = start; i < end; i++) {
    const raw = lines[i]!;
    if (raw.startsWith('## ')) {
      part = partOfHeading(raw.slice(3)) ?? 'other';
      continue;
    }
    if (part === 'attachments' || raw.trim() === '' || /^\s*\{\{@attachments\}\}\s*$/.test(raw)) continue;
    const own = rewritten?.has(i) ?? false;
    const line = raw.replace(MARKER_RE, '');
    for (const text of sentencesOf(line)) {
      const s: ShareSentence = { line: i, text, part, fixed: 0, example: 0, own: 0, wordForWord: false };
      let last = 0;
      const literal = (piece: string) => {
        const n = countWords(piece);
        if (own) s.own += n;
        else s.fixed += n;
      };
      for (const match of text.matchAll(PLACEHOLDER_RE)) {
        literal(text.slice(last, match.index));
        const [ex, mine] = valueWords(valueOf(values, match[1]!), valueOf(examples, match[1]!));
        s.example += ex;
        s.own += mine;
        last = match.index + match[0].length;
      }
      literal(text.slice(last));
      s.wordForWord = !own && s.own === 0 && s.fixed + s.example > 0;
      sentences.push(s);
      for (const c of [body, parts[part]]) {
        c.fixed += s.fixed;
        c.example += s.example;
        c.own += s.own;
      }
    }
  }
  finish(body);
  for (const c of Object.values(parts)) finish(c);
  return { body, parts, sentences };
}

/**
 * The body sentences of a letter source with every optional block kept (markers dropped): the text a template
 * owns, for the "no shared body text" test (MODEL §6). Placeholders become `{{}}` and spaces are normalised, so
 * the same sentence with another key name still matches; sentences of fewer than `minWords` literal words (a bare
 * "1. {{causes}}") are left out.
 */
export function bodySentences(source: string, minWords = 3): string[] {
  const lines = source.split(/\r?\n/).filter((line) => !/^\s*\{\{[#/][a-z][a-z0-9_]*\}\}\s*$/.test(line));
  const [start, end] = bodyRange(lines);
  const out: string[] = [];
  let inAttachments = false;
  for (const raw of lines.slice(start, end)) {
    if (raw.startsWith('## ')) {
      inAttachments = partOfHeading(raw.slice(3)) === 'attachments';
      continue;
    }
    if (inAttachments) continue;
    for (const sentence of sentencesOf(raw.replace(MARKER_RE, ''))) {
      const text = norm(sentence.replace(PLACEHOLDER_RE, '{{}}'));
      if (countWords(text.replace(/\{\{\}\}/g, ' ')) >= minWords) out.push(text);
    }
  }
  return out;
}
