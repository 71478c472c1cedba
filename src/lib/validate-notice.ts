/**
 * Cross-file rules for content/notice-kinds.yaml (the schema, src/schemas/notice-kinds.ts, has checked each entry's
 * shape): every template, guide and triage answer a kind names exists, a kind leads somewhere, and no signal phrase
 * is listed twice or given to two kinds at the same strength (it would decide nothing).
 */
import type { NoticeKindData } from '../schemas/notice-kinds.ts';
import { squeeze } from './notice-text.ts';

export type NoticeKindInput = NoticeKindData & { file: string; id: string };

interface Problem {
  file: string;
  field?: string;
  message: string;
}

export function checkNoticeKinds(
  problems: Problem[],
  kinds: readonly NoticeKindInput[],
  known: { templates: Set<string>; guides: Set<string>; triage: Set<string> },
): void {
  const strongOwner = new Map<string, string>();
  for (const k of kinds) {
    const field = (name: string) => `${k.id}.${name}`;
    k.templates.forEach((slug, i) => {
      if (!known.templates.has(slug))
        problems.push({ file: k.file, field: field(`templates[${i}]`), message: `names a missing template "${slug}"` });
    });
    k.guides.forEach((slug, i) => {
      if (!known.guides.has(slug))
        problems.push({ file: k.file, field: field(`guides[${i}]`), message: `names a missing guide "${slug}"` });
    });
    if (k.triage !== undefined && known.triage.size && !known.triage.has(k.triage))
      problems.push({ file: k.file, field: field('triage'), message: `names a missing triage answer "${k.triage}"` });
    if (!k.templates.length && !k.guides.length)
      problems.push({ file: k.file, field: k.id, message: 'a notice kind needs at least one template or guide to lead to' });
    if (!k.signals.strong.length)
      problems.push({ file: k.file, field: field('signals.strong'), message: 'a notice kind needs at least one strong signal' });
    const seen = new Map<string, string>();
    for (const tier of ['strong', 'medium', 'weak', 'against'] as const) {
      k.signals[tier].forEach((phrase, i) => {
        const key = squeeze(phrase);
        const first = seen.get(key);
        if (first)
          problems.push({ file: k.file, field: field(`signals.${tier}[${i}]`), message: `"${phrase}" is listed twice (also in ${first})` });
        else seen.set(key, `signals.${tier}`);
        if (tier !== 'strong') return;
        const owner = strongOwner.get(key);
        if (owner && owner !== k.id)
          problems.push({
            file: k.file,
            field: field(`signals.strong[${i}]`),
            message: `"${phrase}" is a strong signal of "${owner}" too; a phrase two kinds share is a medium signal at most`,
          });
        else strongOwner.set(key, k.id);
      });
    }
  }
}
