/**
 * The Plan-of-Action builder's model: a template letter split into its three parts (root cause, actions
 * already taken, preventive measures), each a list of points the reader can keep, rewrite, reorder, remove
 * or add to; then put back together as one letter, or as one answer per part for Account Health's form.
 */
import { HEADING_PREFIX, LIST_ITEM_RE as MARKER_RE } from './patterns.ts';
import { partOf, POA_PARTS, type PartId } from './poa-parts.ts';

export { partOf, type PartId };

export interface PoaSection {
  /** Heading text without `## `. */
  heading: string;
  /** The Plan-of-Action part this section is, or null for other sections (kept as they are). */
  part: PartId | null;
  /** Lines between the heading and the first point (e.g. "We are taking the following steps:"). */
  intro: string[];
  /** Lines after the points within the section (e.g. a summary sentence after a list). */
  outro: string[];
  /** The points: list items without their marker, or paragraphs. */
  points: string[];
  /** How points are written back: numbered list, bullets, or paragraphs. */
  style: 'numbered' | 'bullets' | 'paragraphs';
}

export interface PoaLetter {
  /** Everything before the first heading (greeting, opening). */
  opening: string[];
  sections: PoaSection[];
  /** Lines after the last section's points that close the letter (apology, sign-off). */
  closing: string[];
}

function splitBody(lines: string[]): Pick<PoaSection, 'intro' | 'points' | 'style'> & { rest: string[] } {
  const firstItem = lines.findIndex((line) => MARKER_RE.test(line));
  if (firstItem >= 0) {
    const numbered = /^\s*\d/.test(lines[firstItem]!);
    const points: string[] = [];
    let index = firstItem;
    for (; index < lines.length; index++) {
      const line = lines[index]!;
      if (MARKER_RE.test(line)) points.push(line.replace(MARKER_RE, ''));
      else if (line.trim() === '') {
        if (!MARKER_RE.test(lines.slice(index + 1).find((l) => l.trim() !== '') ?? '')) break;
      } else points[points.length - 1] += ` ${line.trim()}`;
    }
    return { intro: lines.slice(0, firstItem), points, style: numbered ? 'numbered' : 'bullets', rest: lines.slice(index) };
  }
  const paragraphs = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { intro: [], points: paragraphs, style: 'paragraphs', rest: [] };
}

const trimBlank = (lines: string[]) => {
  const copy = [...lines];
  while (copy.length && copy[0]!.trim() === '') copy.shift();
  while (copy.length && copy[copy.length - 1]!.trim() === '') copy.pop();
  return copy;
};

/** Splits a template letter (its source, with placeholders) into opening, sections and closing. */
export function parsePoa(source: string): PoaLetter {
  const lines = source.replace(/\s+$/, '').split(/\r?\n/);
  const headingIndexes = lines.flatMap((line, i) => (line.startsWith(HEADING_PREFIX) ? [i] : []));
  const opening = trimBlank(lines.slice(0, headingIndexes[0] ?? lines.length));
  const sections: PoaSection[] = [];
  let closing: string[] = [];
  headingIndexes.forEach((start, position) => {
    const end = headingIndexes[position + 1] ?? lines.length;
    const heading = lines[start]!.slice(HEADING_PREFIX.length).trim();
    const isLast = position === headingIndexes.length - 1;
    const body = trimBlank(lines.slice(start + 1, end));
    const part = partOf(heading);
    const split = splitBody(body);
    if (isLast && split.style === 'paragraphs' && split.points.length > 1 && part) {
      // Paragraph sections at the end run into the closing: keep the first paragraph as the point.
      sections.push({ heading, part, intro: [], outro: [], points: split.points.slice(0, 1), style: 'paragraphs' });
      closing = trimBlank(split.points.slice(1).join('\n\n').split('\n'));
      return;
    }
    const rest = trimBlank(split.rest);
    sections.push({ heading, part, intro: trimBlank(split.intro), outro: isLast ? [] : rest, points: split.points, style: split.style });
    if (isLast) closing = rest;
  });
  return { opening, sections, closing };
}

function sectionLines(section: PoaSection): string[] {
  const points = section.points.map((p) => p.trim()).filter(Boolean);
  const body =
    section.style === 'paragraphs'
      ? points.flatMap((p, i) => (i > 0 ? ['', p] : [p]))
      : points.map((p, i) => `${section.style === 'numbered' ? `${i + 1}.` : '-'} ${p}`);
  const intro = section.intro.length ? [...section.intro, ''] : [];
  const outro = section.outro.length ? ['', ...section.outro] : [];
  return [`## ${section.heading}`, '', ...intro, ...body, ...outro];
}

/** The letter source again, from (possibly edited) sections; sections left without points are dropped. */
export function assemblePoa(letter: PoaLetter): string {
  const blocks = [
    letter.opening,
    ...letter.sections.filter((s) => s.points.some((p) => p.trim())).map(sectionLines),
    letter.closing,
  ].filter((b) => b.length);
  return blocks.map((b) => b.join('\n')).join('\n\n');
}

/**
 * One answer per Plan-of-Action part, as numbered plain text, for the separate fields of the appeal form.
 * `fill` turns a source line into finished text (placeholders filled).
 */
export function poaAnswers(letter: PoaLetter, fill: (source: string) => string): { part: PartId; text: string }[] {
  return POA_PARTS.map((part) => {
    const points = letter.sections.filter((s) => s.part === part.id).flatMap((s) => s.points.map((p) => p.trim()).filter(Boolean));
    return { part: part.id, text: points.map((p, i) => `${points.length > 1 ? `${i + 1}. ` : ''}${fill(p)}`).join('\n') };
  });
}

/** Whether a template letter has enough structure for the builder: at least two of the three parts. */
export function isBuildable(letter: PoaLetter): boolean {
  return new Set(letter.sections.map((s) => s.part).filter(Boolean)).size >= 2;
}

const samePoints = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * A section's points after the reader switched an option: `oldBase` and `newBase` are the template's points
 * before and after the switch, `edited` the reader's. Unedited sections simply take the new points. Otherwise the
 * reader's points stay, in their order and wording; a point the switch removed goes only if the reader left it as
 * it was; a point the switch brought in is inserted after its nearest earlier neighbour that is still there (else
 * before its nearest later one, else at the end).
 * (A point the reader rewrote is theirs: it stays even when the switch removed its original.)
 */
export function rebasePoints(oldBase: readonly string[], edited: readonly string[], newBase: readonly string[]): string[] {
  if (samePoints(edited, oldBase)) return [...newBase];
  const removed = new Set(oldBase.filter((p) => !newBase.includes(p)));
  const result = edited.filter((p) => !removed.has(p));
  newBase.forEach((point, at) => {
    if (oldBase.includes(point)) return;
    const before = newBase
      .slice(0, at)
      .reverse()
      .map((p) => result.indexOf(p))
      .find((index) => index >= 0);
    const after = newBase
      .slice(at + 1)
      .map((p) => result.indexOf(p))
      .find((index) => index >= 0);
    result.splice(before !== undefined ? before + 1 : (after ?? result.length), 0, point);
  });
  return result;
}

/**
 * Every section's points after a switch (see rebasePoints), sections matched by heading; sections that are not
 * Plan-of-Action parts always take the new letter's text. Returns one list per section of `newBase`.
 */
export function rebasePoa(oldBase: PoaLetter, edited: readonly (readonly string[])[], newBase: PoaLetter): string[][] {
  return newBase.sections.map((section) => {
    const index = oldBase.sections.findIndex((s) => s.heading === section.heading);
    if (!section.part || index < 0 || !edited[index]) return [...section.points];
    return rebasePoints(oldBase.sections[index]!.points, edited[index]!, section.points);
  });
}

/** The attachments as one answer for a document-upload or "additional information" box: one numbered line each. */
export function attachmentsAnswer(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}
