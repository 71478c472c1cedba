/**
 * The letter checker's list, loaded after the island mounts so the checker's rules do not weigh on the
 * first paint. Findings come from src/lib/checker.ts; messages arrive in the page language via the config; the
 * documents the category needs and the per-part summary's wording are on the checker section itself
 * (src/components/FillChecker.astro).
 */
import { checkInputOf } from '../lib/check-input';
import {
  CHECKER_RULES,
  checkLetter,
  findingsByPart,
  TEMPLATE_WORDING_STRONG,
  type CheckInput,
  type EvidenceKind,
  type Finding,
} from '../lib/checker';
import type { OutputLine } from '../lib/letter';
import { labelOf, type FillConfig } from '../lib/fill-config';
import { need } from '../lib/fill-contract';
import { format, quote } from '../lib/format';

/** Rules whose excerpt is a code or an English label, not words to show the reader. */
const QUIET = new Set(['historical-address', 'poa-part-missing', 'unfilled', 'template-wording']);

/** What the island knows beyond the letter: the own-words share of the letter it shows. */
export interface CheckExtras {
  ownPercent?: number;
}

let lastCount: number | undefined;
/** Findings of the last full check (every rule warmed); undefined before. */
export const findingCount = () => lastCount ?? 0;
/** Whether the last full check found nothing (false until every rule has read the letter). */
export const isClean = () => lastCount === 0;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

/**
 * The browser compiles each of the rules' patterns the first time it runs it: the first check runs rule by rule,
 * yielding between rules, so that work never becomes one long task; meanwhile the rules without patterns (empty
 * fields, missing parts, evidence, length…) show at once. Later checks reuse the compiled patterns (and the checker's
 * memory of unchanged sentences) and take about a millisecond.
 */
const QUICK = CHECKER_RULES.filter((rule) => rule.type === 'custom' && rule.id !== 'admission-without-remedy');
let warming: Promise<void> | undefined;
let warmed = false;
let latest: Parameters<typeof showFindings> | undefined;
async function warm(input: CheckInput) {
  for (const rule of CHECKER_RULES) {
    checkLetter(input, [rule]);
    await new Promise((done) => setTimeout(done, 0));
  }
}

/** Lists the findings for the rendered letter in the checker section (never blocks anything). */
export function showFindings(root: HTMLElement, out: OutputLine[], empty: string[], config: FillConfig, extras: CheckExtras = {}): void {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const input: CheckInput = {
    ...checkInputOf(out, {
      emptyKeys: empty,
      kind: config.kind,
      recipientStatus: config.recipientStatus,
      evidence: JSON.parse(root.dataset.evidence ?? '[]') as EvidenceKind[],
    }),
    ownPercent: extras.ownPercent,
  };
  latest = [root, out, empty, config, extras];
  if (!warmed) {
    // Until then the newest call is the one checked in full; each call shows the quick rules meanwhile.
    warming ??= warm(input).then(() => {
      warmed = true;
      showFindings(...latest!);
    });
  }
  const findings = checkLetter(input, warmed ? CHECKER_RULES : QUICK);
  lastCount = warmed ? findings.length : undefined;
  // One entry per rule, its places as links: ten empty fields make one finding, not ten.
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  // "Nothing to fix" only once every rule has read the letter.
  need(root, '[data-check-none]').hidden = !warmed || findings.length > 0;

  // On appeals: how many findings sit in the root cause, the actions and the prevention.
  const parts = one<HTMLElement>('[data-check-parts]');
  if (parts) {
    const counts = findingsByPart(findings, input.lines, input.headings ?? []);
    parts.hidden = findings.length === 0;
    parts.textContent = (parts.dataset.format ?? '').replace(/\{([\w-]+)\}/g, (whole, id: string) => String(counts[id] ?? whole));
  }

  const strong = extras.ownPercent !== undefined && extras.ownPercent < TEMPLATE_WORDING_STRONG;
  const messageOf = (rule: string) =>
    rule === 'template-wording' && strong
      ? format(config.editor.wordingStrong, { percent: `${extras.ownPercent} %` })
      : Object.hasOwn(config.messages, rule)
        ? config.messages[rule]!
        : rule;
  need(root, '[data-check-list]').replaceChildren(
    ...[...byRule].map(([rule, hits]) => {
      const item = document.createElement('li');
      item.dataset.rule = rule;
      item.append(element('p', '', messageOf(rule)));
      if (rule === 'template-wording') item.dataset.strength = strong ? 'strong' : 'some';
      const places = hits.filter((hit) => hit.key || hit.line !== undefined);
      const named = hits.filter((hit) => !places.includes(hit) && hit.excerpt && !QUIET.has(rule));
      if (places.length || named.length) {
        const links = element('p', 'fill-check-places');
        for (const hit of places) {
          const words = hit.excerpt ?? config.goto;
          const link = element('button', 'fill-link', hit.key ? labelOf(config.labels, hit.key) : `“${quote(words)}”`);
          link.type = 'button';
          link.title = config.goto;
          if (hit.key) link.dataset.focus = hit.key;
          else link.dataset.line = String(hit.line);
          links.append(link);
        }
        // What is missing rather than where: the documents to attach, the word count.
        for (const hit of named) links.append(element('span', 'fill-check-named', hit.excerpt));
        item.append(links);
      }
      return item;
    }),
  );
}
