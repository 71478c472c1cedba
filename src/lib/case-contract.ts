/**
 * The contract between the case page's component (src/components/CaseApp.astro) and its scripts
 * (src/scripts/case-page.ts and the section views in src/scripts/case/): the configuration the component hands
 * over, the one action convention (`data-action="<name>"`, as on template pages: src/lib/fill-contract.ts), the
 * selectors the views look up, and a lookup that fails with a clear message instead of a `!`.
 */
import type { DeadlineRule, DeadlineScope } from './deadlines.ts';
import type { UiKey } from './i18n.ts';

/** A `case.*` UI string's key without its prefix ("storage.full"), checked against src/i18n/*.json. */
export type CaseStringKey = UiKey extends infer K ? (K extends `case.${infer Rest}` ? Rest : never) : never;

export interface CaseDeadline extends DeadlineRule, DeadlineScope {
  name: string;
  /** "60 days, counted from the notice", in the page language. */
  counts: string;
  hedge?: string | undefined;
  source: string;
}

/** What the component hands the element (in `data-config`: the CSP forbids unhashed inline scripts). */
export interface CaseConfig {
  /** The `case.*` UI strings in the page language, without the prefix. */
  strings: Record<CaseStringKey, string>;
  /** Triage answers a case can start from, with the templates they suggest. */
  situations: { id: string; title: string; templates: string[] }[];
  /** Every template's title and evidence list, in the page language. */
  templates: Record<string, { title: string; evidence: { id: string; label: string; required: boolean; notes?: string | undefined }[] }>;
  deadlines: CaseDeadline[];
  /** The site's home in this locale, for links to templates. */
  base: string;
}

/** Every `data-action` value the case page answers, by name. */
export const CASE_ACTION = {
  export: 'export',
  print: 'print',
  ics: 'ics',
  deleteCase: 'delete-case',
  deleteAll: 'delete-all',
  showEarlier: 'show-earlier',
} as const;
export type CaseActionName = (typeof CASE_ACTION)[keyof typeof CASE_ACTION];

/** `[data-action="<name>"]`. */
export const caseAction = (name: CaseActionName) => `[data-action="${name}"]`;

/** What the views look up inside <case-file> (the component renders each once). */
export const CASE = {
  nojs: '[data-case-nojs]',
  ui: '[data-case-ui]',
  storageWarning: '[data-storage-warning]',
  storageText: '[data-storage-text]',
  status: '[data-status]',
  pending: '[data-pending]',
  pendingList: '[data-pending-list]',
  noCase: '[data-no-case]',
  pickRow: '[data-pick-row]',
  select: '[data-case-select]',
  newBox: '[data-new-box]',
  newCase: '[data-new-case]',
  view: '[data-case-view]',
  tasks: '[data-task-list]',
  changes: '[data-changes]',
  changesBody: '[data-changes-body]',
  heading: '[data-case-heading]',
  fields: '[data-case-fields]',
  situationLine: '[data-situation-line]',
  timeline: '[data-timeline]',
  timelineEmpty: '[data-timeline-empty]',
  timelineMore: '[data-timeline-more]',
  timelineCount: '[data-timeline-count]',
  /** `form[data-add="<entry type>"]`: add a letter sent, a reply, a note. */
  addForm: 'form[data-add]',
  deadlinesNeed: '[data-deadlines-need]',
  deadlineList: '[data-deadline-list]',
  evidenceEmpty: '[data-evidence-empty]',
  evidenceList: '[data-evidence-list]',
  importInput: '[data-import]',
  print: '[data-print]',
} as const;

/** The one element `selector` finds in `root`; a missing one is a broken page, said plainly. */
export function needCase<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`case-file: no ${selector} (see src/lib/case-contract.ts)`);
  return found;
}
