/**
 * One template filled with its examples and read by the letter checker, as a reader who changes nothing would
 * send it: options at their defaults, the required attachments listed (resolveLetter), so the checker sees the
 * letter that goes out. Shared by the letters audit (scripts/audit-letters.ts) and the appeal gates.
 */
import { checkInputOf } from './check-input.ts';
import { checkLetter, type EvidenceKind, type Finding } from './checker.ts';
import { mailRoute, type MailRecipient } from './contacts.ts';
import { emptyKeys, placeholderKeys, renderLetter } from './letter.ts';
import { resolveLetter } from './letter-blocks.ts';
import type { TemplateData } from '../schemas/templates.ts';
import { letterExtras, placeholderSpecs } from './placeholders.ts';

/** The parts of a template (as its schema parses it) the audit reads; the lists may be left out. */
export type AuditTemplate = Pick<TemplateData, 'slug' | 'kind' | 'category' | 'subject' | 'letter'> &
  Partial<Pick<TemplateData, 'placeholders' | 'options' | 'evidence' | 'sendTo'>> & {
    compliant?: Pick<NonNullable<TemplateData['compliant']>, 'subject' | 'letter'>;
  };

export interface AuditContext {
  /** Documents each category's appeals must name (content/categories.yaml `evidence.kinds`). */
  evidence: Readonly<Record<string, readonly EvidenceKind[]>>;
  /** Contact id → its address and status: the letter goes where the page's mail route sends it. */
  contacts: ReadonlyMap<string, MailRecipient>;
}

export interface AuditedVersion {
  version: string;
  lines: string[];
  findings: Finding[];
}

/** Every version of the template (the compliant rewrite first, when there is one) with the checker's findings. */
export function auditTemplate(t: AuditTemplate, context: AuditContext): AuditedVersion[] {
  const declared = t.placeholders ?? [];
  const specs = placeholderSpecs(declared);
  const examples = Object.fromEntries(declared.map((p) => [p.key, p.example]));
  const extras = letterExtras(t);
  const versions = t.compliant
    ? [
        { id: 'compliant', ...t.compliant },
        { id: 'original', subject: t.subject, letter: t.letter },
      ]
    : [{ id: 'letter', subject: t.subject, letter: t.letter }];
  return versions.map((version) => {
    const resolved = resolveLetter(version.letter, extras, {});
    const input = checkInputOf(renderLetter(resolved, specs, examples), {
      emptyKeys: emptyKeys(placeholderKeys(`${version.subject ?? ''}\n${resolved}`), examples),
      kind: t.kind,
      recipientStatus: mailRoute(t.sendTo ?? [], context.contacts).recipientStatus,
      evidence: context.evidence[t.category] ?? [],
    });
    return { version: version.id, lines: input.lines, findings: checkLetter(input) };
  });
}
