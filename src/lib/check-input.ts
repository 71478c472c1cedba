/** Turns a rendered letter into the checker's input: one door shared by the island (src/scripts/letter-check.ts) and
 * the letters audit (scripts/audit-letters.ts), so the audit checks exactly what a reader's page checks. */
import type { CheckInput } from './checker.ts';
import { toPlainText, type OutputLine } from './letter.ts';

export function checkInputOf(out: readonly OutputLine[], rest: Omit<CheckInput, 'lines' | 'headings'>): CheckInput {
  return {
    lines: toPlainText(out).split('\n'),
    headings: out.flatMap((line, index) => (line.heading ? [index] : [])),
    ...rest,
  };
}
