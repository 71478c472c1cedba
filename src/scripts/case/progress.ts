/**
 * Where the case stands: the task list (GOV.UK pattern) and what changed since the previous appeal (drawn by
 * src/scripts/case/changes.ts, loaded with its line diff when a case first holds two letters to compare).
 */
import type { Case } from '../../lib/case-file';
import { CASE, needCase } from '../../lib/case-contract';
import { caseTasks, hasComparison, type MergedEvidence } from '../../lib/case-view';
import { h } from '../dom';
import type { CaseContext } from './context';

export function progressView(ctx: CaseContext) {
  const { s } = ctx;
  const tasks = needCase(ctx.root, CASE.tasks);
  const box = needCase(ctx.root, CASE.changes);
  const body = needCase(ctx.root, CASE.changesBody);
  /** The latest drawing asked for: an answer of the lazy module for an older one is dropped. */
  let asked = 0;

  const renderTasks = (c: Case, evidence: MergedEvidence[]) =>
    tasks.replaceChildren(
      ...caseTasks(c, evidence).map((task) => {
        const li = h(
          'li',
          null,
          h('span', null, s(`task.${task.id}`)),
          h('strong', { className: 'task-tag' }, s(`taskState.${task.state}`)),
        );
        li.dataset.task = task.id;
        li.dataset.state = task.state;
        return li;
      }),
    );

  const renderChanges = (c: Case, evidence: MergedEvidence[]) => {
    const ask = ++asked;
    if (!hasComparison(c)) {
      box.hidden = true;
      return;
    }
    void import('./changes').then(({ drawChanges }) => ask === asked && drawChanges(ctx, box, body, c, evidence));
  };

  return {
    /** Drawn with the case's merged evidence list (worked out once for this and the checklist). */
    render(c: Case, evidence: MergedEvidence[]) {
      renderTasks(c, evidence);
      renderChanges(c, evidence);
    },
  };
}
