/**
 * What the notice element needs besides the decoder, in one page language: the `notice.*` strings, the titles and
 * links of the kinds' letters and guides and the fields a notice can fill (/island/notice-<locale>.json), and each
 * kind's texts (/island/notice/<locale>/<kind>.json). Fetched the first time a notice is read, the kinds' files only
 * for the kinds it matched, so no page carries them.
 */
import type { NoticeAction } from '../schemas/notice-kinds.ts';
import type { FillableField } from './notice-case.ts';

export interface NoticeKindView {
  name: string;
  meaning: string;
  actionText: string;
  actions: NoticeAction[];
  route: string;
  /** YYYY-MM-DD. */
  asOf: string;
  source: { name: string; url: string };
  documents: string[];
}

/** /island/notice-<locale>.json; each kind's texts are a file of their own, /island/notice/<locale>/<kind>.json, fetched for the kinds a notice matched. */
export interface NoticeView {
  /** The `notice.*` strings without the prefix. */
  strings: Record<string, string>;
  templates: Record<string, { title: string; url: string; fields: FillableField[] }>;
  guides: Record<string, { title: string; url: string }>;
  links: { search: string; triage: string; case: string };
}

/** Fields a notice can fill (src/lib/notice-case.ts prefillValues reads these). */
export const FILLABLE_KEYS = new Set([
  'asin',
  'order_id',
  'notice_date',
  'complaint_id',
  'rights_owner',
  'rights_owner_company',
  'rights_owner_email',
  'marketplace_site',
]);
export const isFillable = (field: FillableField) => FILLABLE_KEYS.has(field.key) || field.kind === 'asin' || field.kind === 'order-id';
