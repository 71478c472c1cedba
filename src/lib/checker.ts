/**
 * The letter checker: reads a filled letter as a reviewer at Amazon would and lists what to fix.
 * Rules are data (CHECKER_RULES below, the phrase families in checker-families.ts); each finding points at a line
 * of the letter or a field. It only advises: nothing here ever blocks copying.
 */
import { ADMISSION, FAMILIES, REMEDY, type Family } from './checker-families.ts';
import { LIST_ITEM_RE } from './patterns.ts';
import { checkerReads, traitsOf } from './kinds.ts';
import { findPoaParts, missingParts, partOf, POA_PARTS } from './poa-parts.ts';
import { CJK_RE } from './validate.ts';
import { isCurrentContact } from './model.ts';

export { findPoaParts, POA_PARTS };

export type { Bilingual } from '../schemas/bilingual.ts';

/** A document an appeal must name as attached (from its category's `evidence` in content/categories.yaml). */
export interface EvidenceKind {
  /** The document's name, in whatever language findings are shown in. */
  label: string;
  /** Lower-case words or phrases; the letter names the document when it contains any of them. */
  words: readonly string[];
}

export interface CheckInput {
  /** The finished plain-text letter, one entry per line (as Copy would produce it, split on \n). */
  lines: string[];
  /** Indices of the lines that are headings inside the letter (`## ` lines of the template). */
  headings?: readonly number[];
  /** Keys of placeholders still empty. */
  emptyKeys: string[];
  /** Template kind: its traits (src/lib/kinds.ts) say which rules read it (the Plan-of-Action rules: appeals). */
  kind: string;
  /** Status of the e-mail address the letter would be sent to, when there is one. */
  recipientStatus?: string;
  /** Documents the letter's category needs named as attached. */
  evidence?: readonly EvidenceKind[];
  /** Share (0–100) of the body in the reader's own words (src/lib/own-words.ts); unknown: the rule stays quiet. */
  ownPercent?: number;
}

/**
 * template-wording (docs/CHECKER.md): below TEMPLATE_WORDING_BAR % of the body in the reader's own words the letter
 * is mostly what every other copy of it says; below TEMPLATE_WORDING_STRONG it is nearly a copy.
 */
export const TEMPLATE_WORDING_BAR = 50;
export const TEMPLATE_WORDING_STRONG = 25;

export interface Finding {
  /** Rule id; its message is in CHECKER_MESSAGES. */
  rule: string;
  /** Index into `lines` of the place to jump to. */
  line?: number;
  /** Placeholder key to focus. */
  key?: string;
  /** The words that triggered the rule (or what is missing). */
  excerpt?: string;
}

interface PatternRule extends Family {
  type: 'pattern';
}

interface CustomRule {
  id: string;
  type: 'custom';
  check: (input: CheckInput) => Omit<Finding, 'rule'>[];
}

export type CheckerRule = PatternRule | CustomRule;

const MAX_PARAGRAPH_WORDS = 140;
/** Amazon asks for concise appeals: a warning above this many words… */
const LONG_LETTER_WORDS = 500;
/** …and a strong one above this. */
const TOO_LONG_LETTER_WORDS = 800;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const QUOTED_RE = /"[^"]*"|“[^”]*”/g;
const GREETING_RE = /^\s*(?:dear|hello|hi|to whom)\b[^.!?]{0,60}$/i;
const SIGN_OFF_RE =
  /^\s*(?:sincerely|best regards|kind regards|warm regards|regards|yours|respectfully|best wishes|thank you|thanks)\b[^.]{0,30}$/i;

/** Paragraphs as [first line index, text]; each list item counts as a paragraph of its own. */
function paragraphs(lines: readonly string[]): [number, string][] {
  const result: [number, string][] = [];
  let start = -1;
  let text = '';
  lines.forEach((line, index) => {
    if (line.trim() === '' || LIST_ITEM_RE.test(line)) {
      if (start >= 0) result.push([start, text]);
      start = -1;
      text = '';
    }
    if (line.trim() !== '') {
      if (start < 0) start = index;
      text += (text ? ' ' : '') + line.trim();
    }
  });
  if (start >= 0) result.push([start, text]);
  return result;
}

/** The body's sentences as [line index, sentence]: no headings, greeting or sign-off. */
export function sentences(lines: readonly string[], headings: readonly number[] = []): [number, string][] {
  const skip = new Set(headings);
  const end = lines.findIndex((line, index) => index > 0 && SIGN_OFF_RE.test(line));
  const result: [number, string][] = [];
  lines.forEach((line, index) => {
    if (skip.has(index) || (end >= 0 && index >= end) || GREETING_RE.test(line) || !line.trim()) return;
    // Quoted words (a buyer's review, a policy's title) are not the seller's own voice: they stay a quoted token.
    const own = line.replace(LIST_ITEM_RE, '').replace(QUOTED_RE, '"quoted"');
    for (const sentence of own.split(/(?<=[.!?])\s+/)) if (sentence.trim()) result.push([index, sentence]);
  });
  return result;
}

/** How many findings sit in each Plan-of-Action part (by the heading above their line); the rest count as 'other'. */
export function findingsByPart(
  findings: readonly Finding[],
  lines: readonly string[],
  headings: readonly number[],
): Record<string, number> {
  const starts = [...headings].sort((a, b) => b - a);
  const counts: Record<string, number> = Object.fromEntries([...POA_PARTS.map((p) => [p.id, 0]), ['other', 0]]);
  for (const { line } of findings) {
    if (line === undefined) continue;
    const heading = starts.find((index) => index <= line);
    const id = (heading === undefined ? null : partOf(lines[heading] ?? '')) ?? 'other';
    counts[id]! += 1;
  }
  return counts;
}

/** A question about what was wrong ("which policy did we violate?") is not an admission. */
const ASKING = /\?\s*$|\b(?:what|which|whether)\b[^.]{0,30}\b(?:we|i)\b[^.]{0,12}\b(?:violated|did wrong|done wrong|broke)\b/i;

const SINGULAR_RE = /\b(?:I|[Mm]y|me|[Mm]yself)\b/;
const PLURAL_RE = /\b(?:[Ww]e|[Oo]ur|us|[Oo]urselves)\b/;

export const CHECKER_RULES: CheckerRule[] = [
  {
    id: 'unfilled',
    type: 'custom',
    check: ({ emptyKeys }) => emptyKeys.map((key) => ({ key })),
  },
  {
    id: 'poa-part-missing',
    type: 'custom',
    check: ({ lines, headings = [], kind }) => {
      if (!traitsOf(kind).planOfAction) return [];
      const found = findPoaParts(lines, headings);
      return missingParts(lines, headings).map((part) => ({ excerpt: part.label.en, line: found.get(part.id)?.line }));
    },
  },
  ...FAMILIES.map((family): PatternRule => ({ ...family, type: 'pattern' })),
  {
    id: 'admission-without-remedy',
    type: 'custom',
    check: ({ lines, headings, kind }) => {
      if (!traitsOf(kind).planOfAction) return [];
      const body = sentences(lines, headings);
      if (body.some(([, sentence]) => matchOf(REMEDY, sentence) !== null)) return [];
      return body.flatMap(([line, sentence]) => {
        if (matchOf(ASKING, sentence) !== null) return [];
        const excerpt = matchOf(ADMISSION, sentence);
        return excerpt === null ? [] : [{ line, excerpt }];
      });
    },
  },
  {
    id: 'missing-evidence',
    type: 'custom',
    check: ({ lines, kind, evidence = [] }) => {
      if (!traitsOf(kind).planOfAction) return [];
      const text = ` ${lines
        .join(' ')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')} `;
      return evidence.filter((doc) => !doc.words.some((word) => text.includes(` ${word} `))).map((doc) => ({ excerpt: doc.label }));
    },
  },
  {
    id: 'i-we-switch',
    type: 'custom',
    check: ({ lines, headings, kind }) => {
      if (!traitsOf(kind).planOfAction) return [];
      const body = sentences(lines, headings);
      const singular = body.filter(([, sentence]) => SINGULAR_RE.test(sentence));
      const plural = body.filter(([, sentence]) => PLURAL_RE.test(sentence));
      if (!singular.length || !plural.length) return [];
      // The voice used less often is the one that slipped in.
      const [minority, re] = singular.length <= plural.length ? [singular, SINGULAR_RE] : [plural, PLURAL_RE];
      return minority.map(([line, sentence]) => ({ line, excerpt: re.exec(sentence)![0] }));
    },
  },
  {
    id: 'chinese-in-letter',
    type: 'custom',
    check: ({ lines }) =>
      lines.flatMap((text, line) => {
        const match = CJK_RE.exec(text);
        return match ? [{ line, excerpt: text.slice(Math.max(0, match.index - 10), match.index + 10).trim() }] : [];
      }),
  },
  {
    id: 'long-paragraph',
    type: 'custom',
    check: ({ lines }) =>
      paragraphs(lines)
        .filter(([, text]) => words(text) > MAX_PARAGRAPH_WORDS)
        .map(([line, text]) => ({ line, excerpt: `${words(text)} words` })),
  },
  {
    id: 'long-letter',
    type: 'custom',
    check: ({ lines }) => {
      const total = words(lines.join(' '));
      return total > LONG_LETTER_WORDS && total <= TOO_LONG_LETTER_WORDS ? [{ excerpt: `${total} words` }] : [];
    },
  },
  {
    id: 'too-long-letter',
    type: 'custom',
    check: ({ lines }) => {
      const total = words(lines.join(' '));
      return total > TOO_LONG_LETTER_WORDS ? [{ excerpt: `${total} words` }] : [];
    },
  },
  {
    id: 'historical-address',
    type: 'custom',
    // Only where the page offers e-mail at all: appeals never are (their address is not the reader's business).
    check: ({ recipientStatus, kind }) =>
      recipientStatus && !isCurrentContact(recipientStatus) && traitsOf(kind).mail !== 'never' ? [{ excerpt: recipientStatus }] : [],
  },
  {
    // Advice only, on appeals: the message is the strong one below TEMPLATE_WORDING_STRONG (src/scripts/letter-check.ts).
    id: 'template-wording',
    type: 'custom',
    check: ({ kind, ownPercent }) =>
      kind === 'appeal' && ownPercent !== undefined && ownPercent < TEMPLATE_WORDING_BAR ? [{ excerpt: `${ownPercent} %` }] : [],
  },
];

/**
 * Results per rule (or pattern) and sentence. Typing changes one sentence at a time, so a keystroke re-reads only that
 * sentence; the rest come from here. Keyed by the rule object, so rules passed in by a caller never share results.
 */
const memo = new WeakMap<object, Map<string, string | null>>();
function remembered(key: object, sentence: string, compute: () => string | null): string | null {
  let bySentence = memo.get(key);
  if (!bySentence) memo.set(key, (bySentence = new Map()));
  let result = bySentence.get(sentence);
  if (result === undefined) {
    if (bySentence.size > 2000) bySentence.clear();
    bySentence.set(sentence, (result = compute()));
  }
  return result;
}
const matchOf = (re: RegExp, sentence: string) => remembered(re, sentence, () => re.exec(sentence)?.[0] ?? null);

/** The first pattern of a family that a sentence triggers, as the words that triggered it. */
function familyMatch(rule: Family, sentence: string): string | undefined {
  return remembered(rule, sentence, () => firstMatch(rule, sentence) ?? null) ?? undefined;
}

/** Decimal points ("1.2%") and a marketplace's dots ("Amazon.co.uk") are not sentence ends: patterns that stay
 * within a sentence with [^.] read them as commas. */
const INNER_POINT = /(\d)\.(?=\d)|([a-z])\.(?=(?:com|co|de|fr|it|es|jp|ca|au|in|uk|nl|se|pl|ae|sa|sg|mx|br)\b)/gi;

function firstMatch(rule: Family, original: string): string | undefined {
  // Same length as the original, so a match's place gives the original's words.
  const sentence = original.replace(INNER_POINT, '$1$2,');
  if (rule.unless?.some((re) => re.test(sentence))) return undefined;
  for (const pattern of rule.patterns) {
    const re = pattern instanceof RegExp ? pattern : pattern.re;
    const match = re.exec(sentence);
    if (match && (pattern instanceof RegExp || !pattern.unless.test(sentence)))
      return original.slice(match.index, match.index + match[0].length);
  }
  return undefined;
}

/** Every finding for a letter, rule by rule, in the order of CHECKER_RULES. */
export function checkLetter(input: CheckInput, rules: readonly CheckerRule[] = CHECKER_RULES): Finding[] {
  const findings: Finding[] = [];
  let body: [number, string][] | undefined;
  // Sentences some family already flagged, with the families that did: a fallback family leaves them all alone, a
  // family with `after` leaves those its named families flagged.
  const flagged = new Map<number, string[]>();
  for (const rule of rules) {
    if (rule.type === 'custom') {
      for (const hit of rule.check(input)) findings.push({ rule: rule.id, ...hit });
      continue;
    }
    if (rule.reads && !checkerReads(input.kind, rule.reads)) continue;
    body ??= sentences(input.lines, input.headings);
    body.forEach(([line, sentence], index) => {
      const by = flagged.get(index);
      if (by && (rule.fallback || rule.after?.some((id) => by.includes(id)))) return;
      if (rule.when && !rule.when.every((re) => matchOf(re, sentence) !== null)) return;
      const excerpt = familyMatch(rule, sentence);
      if (excerpt === undefined) return;
      flagged.set(index, [...(by ?? []), rule.id]);
      findings.push({ rule: rule.id, line, excerpt });
    });
  }
  return findings;
}
