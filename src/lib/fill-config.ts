/**
 * The contract between the fill-and-copy component (src/components/FillLetter.astro), which renders the page, and
 * the <fill-letter> island (src/scripts/fill-letter.ts) with its lazily loaded parts (src/scripts/letter-check.ts,
 * src/scripts/poa-builder.ts). The island reads its FillPage from the rendered page (src/scripts/fill-page.ts: the
 * form's fields, switches and letters) and its FillStrings from one static JSON per locale
 * (src/pages/island/[locale].json.ts), which the browser caches across template pages. Types only, plus the one
 * safe lookup.
 */
import type { PlaceholderSpec } from './letter.ts';
import type { LetterExtras } from './letter-blocks.ts';

/** UI strings the island writes itself; everything else is rendered on the server. */
export const FILL_STRING_KEYS = [
  'emptyOne',
  'emptyMany',
  'allFilled',
  'confirmEmpty',
  'copied',
  'copiedSubject',
  'copyManualLetter',
  'copyManualSubject',
  'copyManualAnswer',
  'downloaded',
  'mailTooLong',
  'cleared',
  'restored',
  'warnAsin',
  'warnEmail',
  'warnNumber',
  'tooLong',
  'truncated',
  'storageFull',
  'storageBack',
  'storageSetAside',
] as const;
export type FillStringKey = (typeof FILL_STRING_KEYS)[number];

/** Strings of "Forget my details" the island writes (keys `storage.<key>` in src/i18n). */
export const STORAGE_STRING_KEYS = ['caseQuestion', 'forgotten', 'forgottenNothing', 'keptCase', 'keptTheme', 'forgetFailed'] as const;
export type StorageStringKey = (typeof STORAGE_STRING_KEYS)[number];

export interface LetterVersion {
  /** 'letter', or 'compliant' / 'original' when the template has a compliant rewrite (listed first: the default). */
  id: string;
  subject?: string;
  letter: string;
}

/** Strings of the per-part answers for Account Health's form, in the page language. */
export interface PoaStrings {
  chars: string;
}

/** Strings of the in-place editor, the own-words meter and the "check your letter" summary (keys `editor.<key>`). */
export const EDITOR_STRING_KEYS = [
  'meter',
  'meterPart',
  'filledCheck',
  'checkEmpty',
  'checkFixed',
  'checkFindings',
  'checkFindingsLink',
  'editLabel',
  'editHint',
  'restore',
  'done',
  'up',
  'down',
  'remove',
  'add',
  'saved',
  'restored',
  'added',
  'removed',
  'moved',
  'siteText',
  'wordingStrong',
  'meterShort',
] as const;
export type EditorStringKey = (typeof EDITOR_STRING_KEYS)[number];
export type EditorStrings = Record<EditorStringKey, string> & {
  /** The letter's parts by id, for the meter ('what-happened', 'root-cause', …). */
  parts: Record<string, string>;
};

/** What the island reads from the rendered page. */
export interface FillPage {
  slug: string;
  /** One per form field: key (the field's name), kind (its data-kind, 'text' when it has none), marker ("[English label]"). */
  specs: PlaceholderSpec[];
  /** Field labels in the page language, for the "still empty" links (look up with labelOf). */
  labels: Record<string, string>;
  /** Each field's worked example (data-example), for the own-words meter: a value equal to it is not the reader's own. */
  examples: ReadonlyMap<string, string>;
  /** Letter and subject sources, from the rendered letters' data-source. */
  versions: LetterVersion[];
  /** Address for "Open in email" ('' when the template has none). */
  mailTo: string;
  /** Template kind, for the checker. */
  kind: string;
  /** Status of the address the letter goes to, for the checker. */
  recipientStatus?: string;
  /** Optional paragraphs and the attachments list (src/lib/letter-blocks.ts), from the form's switches. */
  extras: LetterExtras;
}

/** The island's strings in one locale: the same file for every template page of that locale. */
export interface FillStrings {
  strings: Record<FillStringKey, string>;
  /** Checker messages by rule id. */
  messages: Record<string, string>;
  /** Label of a finding's jump link. */
  goto: string;
  /** Strings of the in-place editor, the meter and the check summary. */
  editor: EditorStrings;
  /** Strings of "Forget my details". */
  storage: Record<StorageStringKey, string>;
  /** Strings of the Plan-of-Action builder. */
  poa: PoaStrings & { copied: string };
}

export type FillConfig = FillPage & FillStrings;

/** A field's label, or its key: keys come from letters, so `constructor` must not find Object's own property. */
export const labelOf = (labels: Readonly<Record<string, string>>, key: string): string => (Object.hasOwn(labels, key) ? labels[key]! : key);
