/**
 * The letter checker's list, loaded after the island mounts so the checker's rules do not weigh on the
 * first paint. Findings come from src/lib/checker.ts; messages arrive in the page language via the config; the
 * documents the category needs and the per-part summary's wording are on the checker section itself
 * (src/components/FillChecker.astro).
 */
import { checkInputOf } from '../lib/check-input';
import { checkLetter, findingsByPart, type EvidenceKind, type Finding } from '../lib/checker';
import type { OutputLine } from '../lib/letter';
import { labelOf, type FillConfig } from '../lib/fill-config';

/** Rules whose excerpt is a code or an English label, not words to show the reader. */
const QUIET = new Set(['historical-address', 'poa-part-missing', 'unfilled']);

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

/** Lists the findings for the rendered letter in the checker section (never blocks anything). */
export function showFindings(root: HTMLElement, out: OutputLine[], empty: string[], config: FillConfig): void {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const input = checkInputOf(out, {
    emptyKeys: empty,
    kind: config.kind,
    recipientStatus: config.recipientStatus,
    evidence: JSON.parse(root.dataset.evidence ?? '[]') as EvidenceKind[],
  });
  const findings = checkLetter(input);
  // One entry per rule, its places as links: ten empty fields make one finding, not ten.
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  one<HTMLElement>('[data-check-none]')!.hidden = findings.length > 0;

  // On appeals: how many findings sit in the root cause, the actions and the prevention.
  const parts = one<HTMLElement>('[data-check-parts]');
  if (parts) {
    const counts = findingsByPart(findings, input.lines, input.headings ?? []);
    parts.hidden = findings.length === 0;
    parts.textContent = (parts.dataset.format ?? '').replace(/\{([\w-]+)\}/g, (whole, id: string) => String(counts[id] ?? whole));
  }

  one('[data-check-list]')!.replaceChildren(
    ...[...byRule].map(([rule, hits]) => {
      const item = document.createElement('li');
      item.dataset.rule = rule;
      item.append(element('p', '', Object.hasOwn(config.messages, rule) ? config.messages[rule]! : rule));
      const places = hits.filter((hit) => hit.key || hit.line !== undefined);
      const named = hits.filter((hit) => !places.includes(hit) && hit.excerpt && !QUIET.has(rule));
      if (places.length || named.length) {
        const links = element('p', 'fill-check-places');
        for (const hit of places) {
          const link = element('button', 'fill-link', hit.key ? labelOf(config.labels, hit.key) : `“${hit.excerpt ?? config.goto}”`);
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
