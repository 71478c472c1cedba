/** How a deadline counts, in words ("60 days, counted from the notice"): the static table and the case page share it. */
import type { UiKey } from './i18n.ts';
import type { DeadlineRule } from './deadlines.ts';

type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

export function countText(tr: Translate, rule: Pick<DeadlineRule, 'count' | 'unit' | 'from'>): string {
  const amount = tr(`case.unit.${rule.unit}`, { count: Math.abs(rule.count) });
  return tr('case.counts', {
    count: rule.count < 0 ? tr('case.before', { count: amount }) : amount,
    from: tr(`case.deadlineFrom.${rule.from}`),
  });
}
