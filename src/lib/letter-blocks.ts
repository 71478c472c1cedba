/**
 * Parts of a letter the reader switches: optional paragraphs and the attachments list.
 *
 *   {{#key}}            an optional block: the lines up to {{/key}} are kept only when option `key` is on
 *   …lines…             (declared under `options:`, with a default); markers stand alone on their line
 *   {{/key}}
 *   {{@attachments}}    alone on its line: one "- item" line per evidence item the letter lists
 *                       (every required item, the ones whose `when` option is on, and those the reader ticked)
 *
 * Options sharing a `group` are alternatives (tasks/MODEL.md §4): exactly one of them is on — the reader's choice,
 * stored under groupStateKey(group) as the chosen option's key, else the one marked default (else the first).
 * A key may open several blocks (one in each part: the cause, its action, its prevention).
 * Numbered points left behind by a removed block are renumbered when the letter is rendered (letter.ts).
 *
 * resolveLetter() turns such a source into a plain letter source for renderLetter(), so everything
 * downstream (filling, empty fields, the checker, the builder) sees only the lines that will be sent.
 * The reader's switches live beside the placeholder values, under keys no placeholder can have.
 */
import { valueOf as read, type Values } from './letter.ts';
import { chosenInGroup, evidenceStateKey, optionGroups, optionStateKey } from './letter-state.ts';
import { HEADING_PREFIX, KEY } from './patterns.ts';

export interface OptionSpec {
  key: string;
  /** Whether the block is in the letter before the reader decides (within a group: the alternative chosen first). */
  default: boolean;
  /** Alternatives share a group id: exactly one of them is on. */
  group?: string;
}

export interface AttachmentSpec {
  id: string;
  /** The line the letter lists for it (already in the letter's language). */
  text: string;
  /** Required items are always listed; optional ones when the reader ticks them. */
  required: boolean;
  /** Option key: the item is listed automatically while that option is on. */
  when?: string;
}

export interface LetterExtras {
  options?: readonly OptionSpec[];
  attachments?: readonly AttachmentSpec[];
}

/** A block marker alone on its line: `{{#key}}` opens, `{{/key}}` closes. */
const BLOCK_MARKER_RE = new RegExp(`^\\s*\\{\\{([#/])(${KEY})\\}\\}\\s*$`);
/** The attachments list marker, alone on its line. */
export const ATTACHMENTS_MARKER = '{{@attachments}}';
const ATTACHMENTS_LINE_RE = /^\s*\{\{@attachments\}\}\s*$/;

export { chosenInGroup, evidenceStateKey, groupDefault, groupStateKey, optionGroups, optionStateKey } from './letter-state.ts';

/**
 * The keys of the options that are on: a standalone option by the reader's switch ('1' / '0') or its default;
 * in each group exactly one, the chosen alternative.
 */
export function optionsOn(options: readonly OptionSpec[], values: Values): Set<string> {
  const on = new Set<string>();
  for (const option of options) {
    if (option.group) continue;
    const state = read(values, optionStateKey(option.key));
    if (state === '1' || (state !== '0' && option.default)) on.add(option.key);
  }
  for (const members of optionGroups(options).values()) {
    const chosen = chosenInGroup(members, values);
    if (chosen) on.add(chosen);
  }
  return on;
}

/** Whether an evidence item is ticked by the reader. */
const evidenceTicked = (id: string, values: Values) => read(values, evidenceStateKey(id)) === '1';

/**
 * The attachments the letter lists now: required items, items whose `when` option is on (pass the template's
 * options, or the set of keys that are on), and items the reader ticked.
 */
export function listedAttachments(
  attachments: readonly AttachmentSpec[],
  values: Values,
  options: readonly OptionSpec[] | ReadonlySet<string> = [],
): AttachmentSpec[] {
  const on = options instanceof Set ? options : optionsOn(options as readonly OptionSpec[], values);
  return attachments.filter((item) => item.required || (item.when !== undefined && on.has(item.when)) || evidenceTicked(item.id, values));
}

/** Option keys whose block markers appear in `source`, in order of first use. */
export function blockKeys(source: string | undefined): string[] {
  const keys = new Set<string>();
  for (const line of (source ?? '').split(/\r?\n/)) {
    const marker = BLOCK_MARKER_RE.exec(line);
    if (marker) keys.add(marker[2]!);
  }
  return [...keys];
}

/** Problems with the block markers of one text: unbalanced, nested or inline markers. Empty when well formed. */
export function blockProblems(source: string | undefined): string[] {
  const problems: string[] = [];
  let open: string | undefined;
  for (const line of (source ?? '').split(/\r?\n/)) {
    const marker = BLOCK_MARKER_RE.exec(line);
    if (!marker) {
      // The builder and the appeal form work section by section, so switching an option never adds or removes one.
      if (open && line.startsWith(HEADING_PREFIX))
        problems.push(`a heading cannot sit inside {{#${open}}}: an optional block holds lines within a section`);
      if (/\{\{[#/][^}]*\}\}/.test(line)) problems.push(`block marker must stand alone on its line: "${line.trim()}"`);
      if (line.includes('{{@') && !ATTACHMENTS_LINE_RE.test(line))
        problems.push(`${ATTACHMENTS_MARKER} must stand alone on its line: "${line.trim()}"`);
      continue;
    }
    const [, sign, key] = marker;
    if (sign === '#') {
      if (open) problems.push(`{{#${key}}} opens inside {{#${open}}}: optional blocks cannot be nested`);
      open = key;
    } else if (open !== key) {
      problems.push(open ? `{{/${key}}} closes {{#${open}}}` : `{{/${key}}} has no matching {{#${key}}}`);
    } else {
      open = undefined;
    }
  }
  if (open) problems.push(`{{#${open}}} is never closed with {{/${open}}}`);
  return problems;
}

/**
 * The letter with the reader's options applied and nothing else: switched-off blocks and every marker line
 * removed, the {{@attachments}} line kept. The Plan-of-Action builder edits this, so its points are the ones
 * that will be sent while the attachments list still follows the checklist.
 */
export function applyOptions(source: string, options: readonly OptionSpec[], values: Values): string {
  return resolveLetter(source, { options }, values, true);
}

/**
 * The letter as it will be sent: switched-off blocks removed, markers dropped, the attachments list
 * written out, and the blank lines a removed block leaves behind collapsed to one.
 */
export function resolveLetter(source: string, extras: LetterExtras, values: Values, keepAttachmentsLine = false): string {
  const declared = new Set((extras.options ?? []).map((option) => option.key));
  const on = optionsOn(extras.options ?? [], values);
  const out: string[] = [];
  let skipping = false;
  for (const line of source.split(/\r?\n/)) {
    const marker = BLOCK_MARKER_RE.exec(line);
    if (marker) {
      const key = marker[2]!;
      skipping = marker[1] === '#' && declared.has(key) && !on.has(key);
      continue;
    }
    if (skipping) continue;
    if (ATTACHMENTS_LINE_RE.test(line) && !keepAttachmentsLine) {
      for (const item of listedAttachments(extras.attachments ?? [], values, on)) out.push(`- ${item.text}`);
      continue;
    }
    out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
