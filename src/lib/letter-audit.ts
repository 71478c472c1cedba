/**
 * One template filled with its examples and read by the letter checker, as a reader who changes nothing would
 * send it: options at their defaults, the required attachments listed (resolveLetter), so the checker sees the
 * letter that goes out. Shared by the letters audit (scripts/audit-letters.ts) and the appeal gates.
 */
import { checkInputOf } from './check-input.ts';
import { checkLetter, type EvidenceKind, type Finding } from './checker.ts';
import { emptyKeys, placeholderKeys, renderLetter } from './letter.ts';
import { resolveLetter } from './letter-blocks.ts';
import { letterExtras, placeholderSpecs, type DeclaredEvidence, type DeclaredOption, type DeclaredPlaceholder } from './placeholders.ts';

export interface AuditTemplate {
  slug: string;
  kind: string;
  category: string;
  subject?: string;
  letter: string;
  placeholders?: DeclaredPlaceholder[];
  options?: DeclaredOption[];
  evidence?: DeclaredEvidence[];
  compliant?: { subject?: string; letter: string };
  sendTo?: string[];
}

export interface AuditContext {
  /** Documents each category's appeals must name (content/categories.yaml `evidence.kinds`). */
  evidence: Readonly<Record<string, readonly EvidenceKind[]>>;
  /** Contact id → its status. */
  contactStatus: Readonly<Record<string, string | undefined>>;
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
  const versions = t.compliant ? [{ id: 'compliant', ...t.compliant }, { id: 'original', subject: t.subject, letter: t.letter }] : [{ id: 'letter', subject: t.subject, letter: t.letter }];
  return versions.map((version) => {
    const resolved = resolveLetter(version.letter, extras, {});
    const input = checkInputOf(renderLetter(resolved, specs, examples), {
      emptyKeys: emptyKeys(placeholderKeys(`${version.subject ?? ''}\n${resolved}`), examples),
      kind: t.kind,
      recipientStatus: t.sendTo?.[0] ? context.contactStatus[t.sendTo[0]] : undefined,
      evidence: context.evidence[t.category] ?? [],
    });
    return { version: version.id, lines: input.lines, findings: checkLetter(input) };
  });
}
