/**
 * What every appeal must meet before it ships (issue 12's gates), as pure checks over one template's data:
 * filled with its examples, options at their defaults and the required attachments listed, the letter is
 * short, has the three Plan-of-Action parts in order, lists its evidence, and goes to no mailbox meant for
 * someone else; an edited source letter's explainers say what changed. tests/unit/appeal-gates.test.ts runs them over the real content.
 */
import { findPoaParts, MIN_PART_WORDS, missingParts, POA_PARTS } from './poa-parts.ts';
import { renderLetter, toPlainText } from './letter.ts';
import { ATTACHMENTS_MARKER, resolveLetter } from './letter-blocks.ts';
import type { DeclaredEvidence, DeclaredOption, TemplateData } from '../schemas/templates.ts';
import { letterExtras, placeholderSpecs } from './placeholders.ts';
import { letterShare, type LetterShare } from './letter-share.ts';
import { GUIDE_PARTS } from './poa-parts.ts';

/** Amazon reads appeals fast: a filled appeal, attachments list included, stays under this. */
export const MAX_APPEAL_WORDS = 550;

/** The parts of a template (as its schema parses it) the gates read; writtenForSite: nothing was edited from a source letter. */
export type GateTemplate = Pick<TemplateData, 'slug' | 'kind' | 'letter' | 'translationZh'> &
  Partial<Pick<TemplateData, 'placeholders' | 'sendTo' | 'writtenForSite' | 'guide'>> & {
    options?: (Pick<DeclaredOption, 'key' | 'default'> & Partial<Pick<DeclaredOption, 'group'>>)[];
    evidence?: (Pick<DeclaredEvidence, 'id' | 'label' | 'required'> & Partial<Pick<DeclaredEvidence, 'when'>>)[];
    /** The explainers' Markdown, when the caller has read them. */
    explainers?: { zh: string; en: string };
  };

/** The explainer section that says what the source letter did and what this version changed (docs/CONTENT-FORMAT.md). */
export const SOURCE_SECTION = { zh: /^##\s+原信与本站版本\s*$/m, en: /^##\s+The source letter and this version\s*$/m } as const;

export interface GateContext {
  /** Contact id → its purpose id. */
  contactPurpose: Readonly<Record<string, string>>;
  /** Purpose id → the template kinds it accepts. */
  purposeAccepts: Readonly<Record<string, readonly string[]>>;
}

export type GateId = 'words' | 'poa-parts' | 'evidence' | 'mailbox' | 'explainer' | 'share' | 'guide';

/** The letter model's share gate (tasks/MODEL.md §2): filled with its examples, at most this much of an appeal's body is fixed wording… */
export const MAX_FIXED_PERCENT = 50;
/** …and at most this much on average over all appeals. */
export const MAX_AVERAGE_FIXED_PERCENT = 40;
/** The parts every appeal gives a consultant's questions for (MODEL §3); attachments are optional. */
export const GUIDED_PARTS = GUIDE_PARTS.filter((part) => part !== 'attachments');

/** Whose words the appeal is, filled with its examples at default switches: the site's fixed wording vs the examples. */
export function exampleShare(t: GateTemplate): LetterShare {
  const examples = Object.fromEntries((t.placeholders ?? []).map((p) => [p.key, p.example]));
  const resolved = resolveLetter(t.letter, letterExtras({ options: t.options, evidence: t.evidence }), {});
  return letterShare({ lines: resolved.split('\n'), values: examples, examples });
}

export interface GateFailure {
  gate: GateId;
  reason: string;
}

/** The appeal as a reader who changes nothing would send it: examples filled, default options, required attachments. */
export function exampleLetter(t: GateTemplate): { lines: string[]; headings: number[]; text: string } {
  const examples = Object.fromEntries((t.placeholders ?? []).map((p) => [p.key, p.example]));
  const resolved = resolveLetter(t.letter, letterExtras({ options: t.options, evidence: t.evidence }), {});
  const out = renderLetter(resolved, placeholderSpecs(t.placeholders ?? []), examples);
  const text = toPlainText(out);
  return { lines: text.split('\n'), headings: out.flatMap((line, index) => (line.heading ? [index] : [])), text };
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Every gate the template fails, with a reason a writer can act on; empty when it passes. */
export function appealGateFailures(t: GateTemplate, context: GateContext): GateFailure[] {
  const failures: GateFailure[] = [];
  const { lines, headings, text } = exampleLetter(t);

  const words = countWords(text);
  if (words > MAX_APPEAL_WORDS)
    failures.push({ gate: 'words', reason: `${words} words filled with the examples (limit ${MAX_APPEAL_WORDS})` });

  const parts = findPoaParts(lines, headings);
  const missing = missingParts(lines, headings).map((part) => part.label.en);
  const order = POA_PARTS.map((part) => parts.get(part.id)?.line ?? -1);
  if (missing.length) failures.push({ gate: 'poa-parts', reason: `no headed part (${MIN_PART_WORDS}+ words) for: ${missing.join(', ')}` });
  // A heading that covers two parts puts both on one line: in order, not out of it.
  else if (!order.every((line, i) => i === 0 || line >= order[i - 1]!))
    failures.push({ gate: 'poa-parts', reason: 'the parts are out of order (root cause → actions taken → preventive measures)' });

  if (!t.evidence?.length) failures.push({ gate: 'evidence', reason: 'declares no evidence' });
  if (!t.letter.includes(ATTACHMENTS_MARKER)) failures.push({ gate: 'evidence', reason: `the letter has no ${ATTACHMENTS_MARKER} line` });
  else if (!t.translationZh.includes(ATTACHMENTS_MARKER))
    failures.push({ gate: 'evidence', reason: `the translation has no ${ATTACHMENTS_MARKER} line` });

  for (const id of t.sendTo ?? []) {
    const purpose = context.contactPurpose[id];
    if (!purpose || !context.purposeAccepts[purpose]?.includes(t.kind)) {
      failures.push({ gate: 'mailbox', reason: `sends to "${id}" (${purpose ?? 'unknown contact'}), which takes no ${t.kind} letters` });
    }
  }
  const share = exampleShare(t).body;
  if (share.fixedPercent > MAX_FIXED_PERCENT)
    failures.push({
      gate: 'share',
      reason: `${share.fixedPercent} % of the body is fixed wording (${share.fixed} of ${share.total} words; limit ${MAX_FIXED_PERCENT} %)`,
    });
  const guided = new Set((t.guide ?? []).map((g) => g.part));
  const unguided = GUIDED_PARTS.filter((part) => !guided.has(part));
  if (unguided.length) failures.push({ gate: 'guide', reason: `no guide questions for: ${unguided.join(', ')}` });

  if (t.explainers && !t.writtenForSite) {
    if (!SOURCE_SECTION.zh.test(t.explainers.zh))
      failures.push({ gate: 'explainer', reason: 'the Chinese explainer has no "## 原信与本站版本" section' });
    if (!SOURCE_SECTION.en.test(t.explainers.en))
      failures.push({ gate: 'explainer', reason: 'the English explainer has no "## The source letter and this version" section' });
  }
  return failures;
}
