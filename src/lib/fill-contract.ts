/**
 * The contract between the fill-and-copy components (src/components/Fill*.astro, CaseSave.astro) and their scripts
 * (src/scripts/fill-letter.ts, letter-editor.ts, letter-check.ts, case-save.ts): the one action convention
 * (`data-action="<name>"`), the selectors the scripts look up, and a lookup that fails with a clear message instead
 * of a `!`. Tests outside the project rely on `data-action="copy"`, `"forget"`, `"forget-yes"`, on
 * `input[name=<placeholder key>]`, `[data-filled-letter]`, `[data-edit-unit]`, `[data-own-words]` and the
 * `<case-save>` element's button: keep them.
 */

/** Every `data-action` value the island answers, by name. */
export const ACTION = {
  copy: 'copy',
  copyAnyway: 'copy-anyway',
  copyFromNote: 'copy-from-note',
  keepFilling: 'keep-filling',
  copySubject: 'copy-subject',
  closeFallback: 'close-fallback',
  download: 'download',
  mail: 'mail',
  copyAnswer: 'copy-answer',
  reset: 'reset',
  undo: 'undo',
  forget: 'forget',
  forgetNo: 'forget-no',
  forgetYes: 'forget-yes',
  closeCheck: 'close-check',
  view: 'view',
  unitRestore: 'unit-restore',
  unitDone: 'unit-done',
  unitUp: 'unit-up',
  unitDown: 'unit-down',
  unitRemove: 'unit-remove',
  unitAdd: 'unit-add',
} as const;
export type ActionName = (typeof ACTION)[keyof typeof ACTION];

/** How often the island tries a refused save again while the reader is not typing (ms); tests run it on a fake clock. */
export const SAVE_RETRY_MS = 5000;

/** `[data-action="<name>"]`. */
export const action = (name: ActionName) => `[data-action="${name}"]`;

/** What the scripts look up inside <fill-letter>. */
export const FILL = {
  form: '[data-fill-form]',
  field: '[data-field]',
  version: '[data-version]',
  letter: '[data-filled-letter]',
  subject: '[data-subject]',
  unit: '[data-edit-unit]',
  editor: '[data-unit-editor]',
  meter: '[data-own-meter]',
  meterParts: '[data-own-parts]',
  meterText: '[data-own-text]',
  ownShort: '[data-own-short]',
  checker: '[data-checker]',
  checkSummary: '[data-check-summary]',
  checkSummaryList: '[data-check-summary-list]',
  answers: '[data-poa-answers]',
  answer: '[data-answer]',
  emptySummary: '[data-empty-summary]',
  emptyCount: '[data-empty-count]',
  emptyList: '[data-empty-list]',
  status: '[data-status]',
  confirm: '[data-confirm]',
  confirmText: '[data-confirm-text]',
  fallback: '[data-fallback]',
  copyFallback: '[data-copy-fallback]',
  mailNote: '[data-mail-note]',
  mailNoteText: '[data-mail-note-text]',
  mailShort: '[data-mail-short]',
  forgetConfirm: '[data-forget-confirm]',
  forgetCase: '[data-forget-case]',
  forgetCaseQuestion: '[data-forget-case-question]',
  storageNotice: '[data-storage-notice]',
  nojsHint: '[data-nojs-hint]',
  privacy: '[data-privacy]',
  guideOther: '[data-guide-other]',
} as const;

/** The one element `selector` finds in `root`; a missing one is a broken page, said plainly. */
export function need<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`fill-letter: the page has no ${selector} (src/lib/fill-contract.ts lists what the component must render)`);
  return found;
}
