/** The three parts of a Plan of Action, recognised by the words of their headings (shared by the checker and the builder). */
export const POA_PARTS = [
  { id: 'root-cause', heading: /cause|what happened|reasons?\b|why/i, label: { zh: '根本原因', en: 'root cause' } },
  { id: 'actions-taken', heading: /\b(taken|done)\b|corrective|immediate/i, label: { zh: '已采取的措施', en: 'actions already taken' } },
  { id: 'prevention', heading: /prevent|plan of action|future|going forward|long-term/i, label: { zh: '预防措施', en: 'preventive measures' } },
] as const;
