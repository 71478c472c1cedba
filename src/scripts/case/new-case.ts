/**
 * "Start a case": the form, opened and pre-set by a link from a triage answer (#new-<answer>) or a template
 * (#template-<slug>). The new case is shown and its heading focused.
 */
import { CASE, needCase } from '../../lib/case-contract';
import type { CaseContext, CaseView } from './context';

export function newCaseView(ctx: CaseContext): CaseView {
  const { s, session, config } = ctx;
  const box = needCase<HTMLDetailsElement>(ctx.root, CASE.newBox);
  const form = needCase<HTMLFormElement>(ctx.root, CASE.newCase);
  const situations = new Map(config.situations.map((x) => [x.id, x]));
  let fromTemplate = '';
  const [, kind, value = ''] = /^#(new|template)-([\w-]+)$/.exec(location.hash) ?? [];
  if (kind) {
    fromTemplate = kind === 'template' && Object.hasOwn(config.templates, value) ? value : '';
    const situation = kind === 'new' ? situations.get(value) : config.situations.find((x) => x.templates.includes(value));
    if (situation) (form.elements.namedItem('situation') as HTMLSelectElement).value = situation.id;
    box.open = true;
  }

  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
      const situation = situations.get(data.situation ?? '');
      const title = data.title || situation?.title || (fromTemplate && ctx.title(fromTemplate)) || s('new');
      const outcome = session.create(
        {
          title,
          situation: situation?.id,
          marketplace: data.marketplace ?? '',
          noticeDate: data.noticeDate ?? '',
          ...(data.aha === 'yes' || data.aha === 'no' || data.aha === 'unknown' ? { aha: data.aha } : {}),
          templates: [...new Set([...(situation?.templates ?? []), ...(fromTemplate ? [fromTemplate] : [])])],
        },
        Date.now(),
      );
      if (!outcome.created) return ctx.report(outcome);
      form.reset();
      box.open = false;
      fromTemplate = '';
      if (kind) history.replaceState(null, '', location.pathname);
      ctx.report(outcome, title);
      needCase(ctx.root, CASE.heading).focus();
    },
    { signal: ctx.signal },
  );

  return { render: () => undefined };
}
