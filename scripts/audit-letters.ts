/**
 * The letters audit: fills every template with its placeholder examples (the island's own fill code) and runs the
 * letter checker on it, printing every finding per template and a total, and for each appeal the share of its body
 * that is the site's fixed wording (src/lib/letter-share.ts; the gate: ≤ 50 % each, ≤ 40 % on average). The gate of
 * the letters work.
 * Usage: npm run audit:letters [-- --appeals-only] [--ignore historical-address,long-letter] [--json] [--fail]
 *   --appeals-only  only Plans of Action (kinds whose traits say planOfAction: appeals)
 *   --ignore a,b    leave out findings of these rule ids (e.g. historical-address, which no letter text can fix)
 *   --json          one JSON document instead of the text report
 *   --fail          exit 1 when any finding is left (for CI gates); the share limits are gated in tests/unit/appeal-gates.test.ts
 */
import { exampleShare, MAX_AVERAGE_FIXED_PERCENT, MAX_FIXED_PERCENT } from '../src/lib/appeal-gates.ts';
import { auditTemplate } from '../src/lib/letter-audit.ts';
import type { EvidenceKind, Finding } from '../src/lib/checker.ts';
import { traitsOf } from '../src/lib/kinds.ts';
import { formatProblems } from '../src/lib/validate.ts';
import { readContent } from './read-content.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.includes(name);
const ignoreAt = args.indexOf('--ignore');
const ignored = new Set(ignoreAt >= 0 ? (args[ignoreAt + 1] ?? '').split(',').filter(Boolean) : []);

// The content as the build reads and parses it; the audit only makes sense over valid content.
const { content, problems } = readContent();
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const templates = content.templates
  .map((t) => t.data)
  // Only kinds the checker reads (not Amazon's own notices); --appeals-only: the Plans of Action.
  .filter((t) => traitsOf(t.kind).checker !== null && (!option('--appeals-only') || traitsOf(t.kind).planOfAction));
const context = {
  evidence: Object.fromEntries(
    content.categories.map(({ id, data }): [string, EvidenceKind[]] => [
      id,
      (data.evidence?.kinds ?? []).map((k) => ({ label: k.label.en, words: k.words })),
    ]),
  ),
  contacts: new Map(content.contacts.map(({ id, data }) => [id, data])),
};

interface Audited {
  slug: string;
  kind: string;
  version: string;
  findings: (Finding & { text?: string })[];
  /** Appeals: percent of the body that is fixed wording, filled with the examples at default switches. */
  fixedPercent?: number;
}

const shares = new Map(templates.filter((t) => t.kind === 'appeal').map((t) => [t.slug, exampleShare(t).body]));

// Each letter as sent by a reader who changes nothing: examples filled, options at their defaults, the required attachments listed.
const audited: Audited[] = templates.flatMap((t) =>
  auditTemplate(t, context).map(({ version, lines, findings }) => ({
    slug: t.slug,
    kind: t.kind,
    version,
    findings: findings.filter((f) => !ignored.has(f.rule)).map((f) => ({ ...f, text: f.line === undefined ? undefined : lines[f.line] })),
    ...(shares.has(t.slug) ? { fixedPercent: shares.get(t.slug)!.fixedPercent } : {}),
  })),
);

const total = audited.reduce((sum, a) => sum + a.findings.length, 0);
if (option('--json')) {
  console.log(JSON.stringify({ total, averageFixedPercent: average(), templates: audited }, null, 2));
} else {
  for (const a of audited) {
    const name = a.version === 'letter' ? a.slug : `${a.slug} (${a.version})`;
    const share =
      a.fixedPercent === undefined
        ? ''
        : `, ${a.fixedPercent} % fixed wording${a.fixedPercent > MAX_FIXED_PERCENT ? ` (over ${MAX_FIXED_PERCENT} %)` : ''}`;
    console.log(`\n${name} [${a.kind}]: ${a.findings.length} finding${a.findings.length === 1 ? '' : 's'}${share}`);
    for (const f of a.findings) {
      const where = f.key ? `field ${f.key}` : f.line === undefined ? 'letter' : `line ${f.line + 1}`;
      const quote = f.text && f.excerpt !== f.text ? `  ← ${f.text.length > 110 ? `${f.text.slice(0, 107)}…` : f.text}` : '';
      console.log(`  ${f.rule.padEnd(24)} ${where.padEnd(9)} “${f.excerpt ?? ''}”${quote}`);
    }
  }
  const byRule = new Map<string, number>();
  for (const f of audited.flatMap((a) => a.findings)) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  console.log(`\nTotal: ${total} findings in ${audited.length} letters (${audited.filter((a) => a.findings.length === 0).length} clean).`);
  if (shares.size) {
    const avg = average()!;
    const over = [...shares].filter(([, s]) => s.fixedPercent > MAX_FIXED_PERCENT).map(([slug, s]) => `${slug} ${s.fixedPercent} %`);
    console.log(
      `Fixed wording in the appeals' bodies: ${avg} % on average (limit ${MAX_AVERAGE_FIXED_PERCENT} %); over ${MAX_FIXED_PERCENT} %: ${over.join(', ') || 'none'}.`,
    );
  }
  console.log(
    `By rule: ${
      [...byRule]
        .sort((a, b) => b[1] - a[1])
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ') || 'none'
    }`,
  );
}
if (option('--fail') && total > 0) process.exit(1);

/** The mean of the appeals' fixed shares, one decimal; undefined when no appeal was audited. */
function average(): number | undefined {
  if (!shares.size) return undefined;
  return Math.round((10 * [...shares.values()].reduce((sum, s) => sum + s.fixedPercent, 0)) / shares.size) / 10;
}
