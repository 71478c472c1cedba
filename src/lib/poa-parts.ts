/** The three parts of a Plan of Action, recognised by the words of their headings (shared by the checker and the builder). */
export const POA_PARTS = [
  { id: 'root-cause', heading: /cause|what happened|reasons?\b|why/i, label: { zh: '根本原因', en: 'root cause' } },
  { id: 'actions-taken', heading: /\b(taken|done)\b|corrective|immediate/i, label: { zh: '已采取的措施', en: 'actions already taken' } },
  { id: 'prevention', heading: /prevent|plan of action|future|going forward|long-term/i, label: { zh: '预防措施', en: 'preventive measures' } },
] as const;

/**
 * The parts a template's `guide:` gives a consultant's questions for (the letter model, tasks/MODEL.md §1, §3):
 * the opening paragraph (what happened), the three Plan-of-Action parts, and the attachments.
 */
export const GUIDE_PARTS = ['what-happened', 'root-cause', 'actions-taken', 'prevention', 'attachments'] as const;
export type GuidePart = (typeof GUIDE_PARTS)[number];

/** The attachments heading of a letter ("## Attachments", "## 附件"). */
export const ATTACHMENTS_HEADING_RE = /attach|enclos|附件/i;

/** The part a letter heading opens: a Plan-of-Action part, the attachments, or undefined for another heading. */
export function partOfHeading(heading: string): GuidePart | undefined {
  if (ATTACHMENTS_HEADING_RE.test(heading)) return 'attachments';
  return POA_PARTS.find((part) => part.heading.test(heading))?.id;
}
