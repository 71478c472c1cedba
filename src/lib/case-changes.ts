/**
 * What changed between two appeals of a case (issue 24.3): the lines of the letter and the documents ticked since.
 * Pure; the case page loads it only when a case holds two letters to compare, so the line diff never weighs on
 * the page at load.
 */
import { sortEntries, type Case, type CaseEntry } from './case-file.ts';
import { evidenceState, type MergedEvidence } from './case-view.ts';

export interface DiffLine {
  op: 'same' | 'add' | 'del';
  text: string;
}

/** Longest-common-subsequence line diff; letters past `limit` lines each are not compared (undefined). */
export function lineDiff(before: string, after: string, limit = 600): DiffLine[] | undefined {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length > limit || b.length > limit) return undefined;
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: 'same', text: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push({ op: 'del', text: a[i++]! });
    else out.push({ op: 'add', text: b[j++]! });
  }
  return out;
}

export interface AppealChanges {
  previous: CaseEntry;
  latest: CaseEntry;
  /** Changed lines only (blank lines left out); undefined when the letters are too long to compare. */
  changes: DiffLine[] | undefined;
  /** Kinds of documents ticked since the previous appeal went out. */
  documentsAdded: MergedEvidence[];
  /** Nothing in the letter changed and no document was added: Amazon answers that with the same rejection. */
  nothingNew: boolean;
}

/**
 * A second or later appeal (or a draft written after a first appeal went out) compared with the appeal before it:
 * the lines changed and the documents added since.
 */
export function appealChanges(item: Case, evidence: readonly MergedEvidence[]): AppealChanges | undefined {
  const sent = sortEntries(item.entries.filter((e) => e.type === 'appeal'));
  const draft = sortEntries(item.entries.filter((e) => e.type === 'draft')).at(-1);
  const latest = draft && sent.length ? draft : sent.at(-1);
  const previous = latest === draft ? sent.at(-1) : sent.at(-2);
  if (!latest || !previous) return undefined;
  const diff = lineDiff(previous.text.trim(), latest.text.trim());
  const changes = diff?.filter((l) => l.op !== 'same' && l.text.trim());
  const documentsAdded = evidence.filter((e) => {
    const state = evidenceState(item, e);
    return state.done && state.updatedAt > previous.updatedAt;
  });
  const nothingNew = (changes ? changes.length === 0 : previous.text.trim() === latest.text.trim()) && documentsAdded.length === 0;
  return { previous, latest, changes, documentsAdded, nothingNew };
}
