/**
 * The "what happened?" triage (content/triage.yaml): situations a seller starts from, at most one follow-up
 * question each, and answers that name the route, templates, contacts, guides and deadlines. Pure: validation,
 * pages, the route map and unit tests share it.
 */

import type { Bilingual } from '../schemas/bilingual.ts';
import type { TriageNodeData } from '../schemas/triage.ts';

export type { Bilingual };

/** A node of content/triage.yaml as its schema parses it, with its key as id. */
export type TriageNode = TriageNodeData & { id: string };
/** One choice of a node's question; `next` is the id of the answer node it leads to. */
export type TriageOption = NonNullable<TriageNode['question']>['options'][number];

/** One triage page: a situation's own page, or the page of one answer to its question. */
export interface TriagePage {
  situation: TriageNode;
  /** The option the reader chose; absent on the situation's own page. */
  option?: TriageOption;
  /** What the page shows: the situation itself (question or direct answer) or the chosen answer. */
  node: TriageNode;
  /** Locale-free site path, e.g. '/triage/ip-complaint/ip-valid/'. */
  path: string;
}

export const TRIAGE_ROOT = '/triage/';

export const isSituation = (node: Pick<TriageNode, 'order'>): boolean => node.order !== undefined;

/** Situations in start-page order. */
export function situationsOf<T extends Pick<TriageNode, 'id' | 'order'>>(nodes: readonly T[]): T[] {
  return nodes.filter(isSituation).sort((a, b) => a.order! - b.order! || a.id.localeCompare(b.id));
}

export function triagePath(situationId: string, answerId?: string): string {
  return `${TRIAGE_ROOT}${situationId}/${answerId ? `${answerId}/` : ''}`;
}

/** Every triage page, situation by situation, each followed by the answers its question leads to. */
export function triagePages(nodes: readonly TriageNode[]): TriagePage[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return situationsOf(nodes).flatMap((situation) => [
    { situation, node: situation, path: triagePath(situation.id) },
    ...(situation.question?.options ?? []).flatMap((option) => {
      const node = byId.get(option.next);
      return node ? [{ situation, option, node, path: triagePath(situation.id, node.id) }] : [];
    }),
  ]);
}

/** Answer pages only (the pages that show a route), in start-page order. */
export const answerPages = (nodes: readonly TriageNode[]): TriagePage[] => triagePages(nodes).filter((p) => p.node.route);

/** The triage page to offer from a template's page: the situation of the first answer that uses the template. */
export function triageEntryFor(nodes: readonly TriageNode[], templateSlug: string): string | undefined {
  const page = answerPages(nodes).find((p) => p.node.templates.includes(templateSlug));
  return page && triagePath(page.situation.id);
}
