/**
 * The three parts of a Plan of Action and the one reading of a heading that every part of the site shares: the
 * builder (which part a section's points belong to), the checker's missing-part rule and per-part summary, the
 * answers per part for Account Health's form, and the appeal gates. One table, read top to bottom: the first row
 * whose words a heading contains says which parts that heading introduces.
 */

export const POA_PARTS = [
  { id: 'root-cause', label: { zh: '根本原因', en: 'root cause' } },
  { id: 'actions-taken', label: { zh: '已采取的措施', en: 'actions already taken' } },
  { id: 'prevention', label: { zh: '预防措施', en: 'preventive measures' } },
] as const;

export type PartId = (typeof POA_PARTS)[number]['id'];

/** A part shorter than this many words (heading excluded) counts as missing: a heading alone is not a part. */
export const MIN_PART_WORDS = 5;

/**
 * Headings and the parts they introduce, most specific first. A heading that names two parts ("Corrective and
 * preventive actions") covers both: each counts as present. Its points, findings and answer go to the last part it
 * names (`partOf`), since such a section runs on into what will keep the problem away.
 */
export const HEADING_TABLE: readonly { words: RegExp; parts: readonly PartId[] }[] = [
  // "Corrective and preventive actions", "Actions taken and preventive measures", "Corrective / preventive measures".
  {
    words:
      /\bcorrective\b[^.]{0,12}\bprevent|\b(?:actions?|steps|measures)(?: (?:we have |already )?taken)? (?:and|&) (?:preventive|prevention|future|long[- ]term)/i,
    parts: ['actions-taken', 'prevention'],
  },
  // "Root cause and corrective actions", "What happened and what we did".
  {
    words: /\bcauses? (?:and|&) (?:(?:corrective|immediate|the) )?(?:actions?|steps|fix)|\bwhat happened and what we (?:did|have done)/i,
    parts: ['root-cause', 'actions-taken'],
  },
  // "Preventive measures", "Steps taken to prevent recurrence", "Long-term plan", "Going forward", "Plan of Action".
  { words: /prevent|recurr|future|going forward|long[- ]term|from now on|plan of action/i, parts: ['prevention'] },
  // "Actions we have already taken", "Immediate actions", "Corrective actions", "What we have done", "What we changed".
  { words: /\b(?:taken|done|already|changed|fixed)\b|corrective|immediate|\bactions?\b/i, parts: ['actions-taken'] },
  // "Root causes", "What happened and why", "Why it happened", "Reasons", "What went wrong".
  { words: /cause|what happened|\breasons?\b|\bwhy\b|went wrong/i, parts: ['root-cause'] },
];

/** Every part a heading introduces (in the letter's order), or none for other headings (attachments, contact…). */
export function partsOf(heading: string): readonly PartId[] {
  return HEADING_TABLE.find((row) => row.words.test(heading))?.parts ?? [];
}

/** The one part a heading's points, findings and answer belong to: the last part it introduces; null for others. */
export function partOf(heading: string): PartId | null {
  return partsOf(heading).at(-1) ?? null;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Where each part starts and how many words it has before the next heading. A heading that covers two parts counts
 * for both; a part only counts when it has at least MIN_PART_WORDS words.
 */
export function findPoaParts(lines: readonly string[], headings: readonly number[]): Map<PartId, { line: number; words: number }> {
  const found = new Map<PartId, { line: number; words: number }>();
  const sorted = [...headings].sort((a, b) => a - b);
  sorted.forEach((index, position) => {
    const end = sorted[position + 1] ?? lines.length;
    const length = countWords(lines.slice(index + 1, end).join(' '));
    for (const id of partsOf(lines[index] ?? '')) if (!found.has(id)) found.set(id, { line: index, words: length });
  });
  return found;
}

/** The parts a letter lacks (absent, or under MIN_PART_WORDS words), in the letter's order. */
export function missingParts(lines: readonly string[], headings: readonly number[]): (typeof POA_PARTS)[number][] {
  const found = findPoaParts(lines, headings);
  return POA_PARTS.filter((part) => (found.get(part.id)?.words ?? 0) < MIN_PART_WORDS);
}

/**
 * The parts a template's `guide:` gives a consultant's questions for (the letter model): the opening paragraph
 * (what happened), the three Plan-of-Action parts, and the attachments.
 */
export const GUIDE_PARTS = ['what-happened', 'root-cause', 'actions-taken', 'prevention', 'attachments'] as const;
export type GuidePart = (typeof GUIDE_PARTS)[number];

/** The attachments heading of a letter ("## Attachments", "## 附件"). */
export const ATTACHMENTS_HEADING_RE = /attach|enclos|附件/i;

/** The part a letter heading opens: a Plan-of-Action part, the attachments, or undefined for another heading. */
export function partOfHeading(heading: string): GuidePart | undefined {
  if (ATTACHMENTS_HEADING_RE.test(heading)) return 'attachments';
  return partOf(heading) ?? undefined;
}
