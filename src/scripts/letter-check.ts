/**
 * The letter checker's list, loaded after the island mounts so the checker's rules do not weigh on the
 * first paint. Findings come from src/lib/checker.ts; messages arrive in the page language via the config.
 */
import { checkLetter } from '../lib/checker';
import { toPlainText, type OutputLine } from '../lib/letter';
import { labelOf, type FillConfig } from '../lib/fill-config';

/** Lists the findings for the rendered letter in the checker section (never blocks anything). */
export function showFindings(root: HTMLElement, out: OutputLine[], empty: string[], config: FillConfig): void {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const findings = checkLetter({
    lines: toPlainText(out).split('\n'),
    headings: out.flatMap((line, index) => (line.heading ? [index] : [])),
    emptyKeys: empty,
    kind: config.kind,
    recipientStatus: config.recipientStatus,
  });
  // One entry per rule, its places as links: ten empty fields make one finding, not ten.
  const byRule = new Map<string, typeof findings>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  one<HTMLElement>('[data-check-none]')!.hidden = findings.length > 0;
  one('[data-check-list]')!.replaceChildren(
    ...[...byRule].map(([rule, hits]) => {
      const item = document.createElement('li');
      item.dataset.rule = rule;
      const text = document.createElement('p');
      text.textContent = Object.hasOwn(config.messages, rule) ? config.messages[rule]! : rule;
      item.append(text);
      const places = hits.filter((hit) => hit.key || hit.line !== undefined);
      if (places.length) {
        const links = document.createElement('p');
        links.className = 'fill-check-places';
        for (const hit of places) {
          const link = document.createElement('button');
          link.type = 'button';
          link.className = 'fill-link';
          link.title = config.goto;
          if (hit.key) link.dataset.focus = hit.key;
          else if (hit.line !== undefined) link.dataset.line = String(hit.line);
          link.textContent = hit.key ? labelOf(config.labels, hit.key) : `“${hit.excerpt ?? config.goto}”`;
          links.append(link);
        }
        item.append(links);
      }
      return item;
    }),
  );
}
