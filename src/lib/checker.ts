/**
 * The letter checker: reads a filled letter as a reviewer at Amazon would and lists what to fix.
 * Rules are data (CHECKER_RULES below); each finding points at a line of the letter or a field.
 * It only advises: nothing here ever blocks copying.
 */
import { CJK_RE } from './validate.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface CheckInput {
  /** The finished plain-text letter, one entry per line (as Copy would produce it, split on \n). */
  lines: string[];
  /** Indices of the lines that are headings inside the letter (`## ` lines of the template). */
  headings?: readonly number[];
  /** Keys of placeholders still empty. */
  emptyKeys: string[];
  /** Template kind: the three-part rule applies to appeals only. */
  kind: string;
  /** Status of the e-mail address the letter would be sent to, when there is one. */
  recipientStatus?: string;
}

export interface Finding {
  /** Rule id; its message is in CHECKER_MESSAGES. */
  rule: string;
  /** Index into `lines` of the place to jump to. */
  line?: number;
  /** Placeholder key to focus. */
  key?: string;
  /** The words that triggered the rule. */
  excerpt?: string;
}

interface PatternRule {
  id: string;
  type: 'pattern';
  patterns: RegExp[];
  /** Lines to skip: headings, greetings and sign-offs. */
  appealsOnly?: boolean;
}

interface CustomRule {
  id: string;
  type: 'custom';
  check: (input: CheckInput) => Omit<Finding, 'rule'>[];
}

export type CheckerRule = PatternRule | CustomRule;

/** The three parts of a Plan of Action, recognised by the words of their headings. */
export const POA_PARTS = [
  { id: 'root-cause', heading: /cause|what happened|reasons?\b|why/i, label: { zh: '根本原因', en: 'root cause' } },
  { id: 'actions-taken', heading: /\b(taken|done)\b|corrective|immediate/i, label: { zh: '已采取的措施', en: 'actions already taken' } },
  { id: 'prevention', heading: /prevent|plan of action|future|going forward|long-term/i, label: { zh: '预防措施', en: 'preventive measures' } },
] as const;

const MAX_PARAGRAPH_WORDS = 140;
const MAX_LETTER_WORDS = 1200;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const LIST_ITEM_RE = /^\s*(?:[-*•]|\d+[.)])\s+/;

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

/** Where each Plan-of-Action part starts and how many words it has before the next heading. */
export function findPoaParts(lines: readonly string[], headings: readonly number[]): Map<string, { line: number; words: number }> {
  const found = new Map<string, { line: number; words: number }>();
  const sorted = [...headings].sort((a, b) => a - b);
  sorted.forEach((index, position) => {
    const end = sorted[position + 1] ?? lines.length;
    const length = words(lines.slice(index + 1, end).join(' '));
    for (const part of POA_PARTS) {
      if (part.heading.test(lines[index] ?? '') && !found.has(part.id)) found.set(part.id, { line: index, words: length });
    }
  });
  return found;
}

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
      if (kind !== 'appeal') return [];
      const found = findPoaParts(lines, headings);
      return POA_PARTS.filter((part) => (found.get(part.id)?.words ?? 0) < 5).map((part) => ({
        excerpt: part.label.en,
        line: found.get(part.id)?.line,
      }));
    },
  },
  {
    id: 'blame',
    type: 'pattern',
    patterns: [
      /\bnot our fault\b/i,
      /\b(amazon|your (team|system|algorithm))('s)? (made a mistake|is wrong|was wrong|got it wrong|is unfair|was unfair)\b/i,
      /\bunfair(ly)? (suspended|treated|closed|punished)\b/i,
      /\b(the |these |some )?(buyers?|customers?) (lied|are lying|is lying|were lying|cheated|scammed us|abused)\b/i,
      /\b(malicious|fake|false) (buyers?|customers?|complaints? from (a )?competitors?)\b/i,
      /\b(competitors?|the rights? owner) (is|are|was|were) (attacking|targeting|abusing)\b/i,
    ],
  },
  {
    id: 'pleading',
    type: 'pattern',
    patterns: [
      /\b(beg|begging|implore)\b/i,
      /\bplease,? please\b/i,
      /\b(desperate|dreadful|nightmare|devastated|heartbroken)\b/i,
      /\b(last hope|tight corner|our (whole )?family depends|we will (die|go bankrupt))\b/i,
      /!{2,}/,
      /\bhave mercy\b/i,
    ],
  },
  {
    id: 'vague-promise',
    type: 'custom',
    check: ({ lines, kind }) =>
      kind === 'buyer-message' ? [] : paragraphs(lines).flatMap(([line, text]) =>
        text
          .split(/(?<=[.!?])\s+/)
          .filter((sentence) => /\b(we will|we'll|we promise|we guarantee)\b/i.test(sentence))
          .filter((sentence) => /\b(try (our|my) best|do (our|my) best|be more careful|pay more attention|never happen again|work harder|improve (our|the) (service|performance|quality)|do better)\b/i.test(sentence))
          .filter((sentence) => !/\d|\b(daily|every|each|weekly|monthly|hours?|days?|percent)\b/i.test(sentence))
          .map((sentence) => ({ line, excerpt: sentence.trim() })),
      ),
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
    check: ({ lines }) => paragraphs(lines).filter(([, text]) => words(text) > MAX_PARAGRAPH_WORDS).map(([line, text]) => ({ line, excerpt: `${words(text)} words` })),
  },
  {
    id: 'long-letter',
    type: 'custom',
    check: ({ lines }) => {
      const total = words(lines.join(' '));
      return total > MAX_LETTER_WORDS ? [{ excerpt: `${total} words` }] : [];
    },
  },
  {
    id: 'historical-address',
    type: 'custom',
    check: ({ recipientStatus }) => (recipientStatus && recipientStatus !== 'still-referenced-by-amazon' ? [{ excerpt: recipientStatus }] : []),
  },
];

/** Every finding for a letter, rule by rule, in the order of CHECKER_RULES. */
export function checkLetter(input: CheckInput, rules: readonly CheckerRule[] = CHECKER_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.type === 'custom') {
      for (const hit of rule.check(input)) findings.push({ rule: rule.id, ...hit });
      continue;
    }
    input.lines.forEach((text, line) => {
      for (const pattern of rule.patterns) {
        const match = pattern.exec(text);
        if (match) {
          findings.push({ rule: rule.id, line, excerpt: match[0] });
          break;
        }
      }
    });
  }
  return findings;
}

