/**
 * The fill-in form in the letter's parts (issue 20 item 2): the seller's details first, then what happened, root
 * causes, actions already taken, preventive measures and attachments, in letter order, each part with the fields
 * its text uses first and the consultant's questions of the template's `guide`. A letter without parts (a buyer
 * message) is one part. Pure: the component renders what this returns.
 */
import { placeholderKeys } from './letter.ts';
import { CLOSING_RE } from './letter-share.ts';
import { HEADING_PREFIX } from './patterns.ts';
import { SHARED_KEYS } from './placeholders.ts';
import { partOfHeading, type GuidePart } from './poa-parts.ts';

export type FormPart = GuidePart | 'details';

const ORDER: readonly FormPart[] = ['details', 'what-happened', 'root-cause', 'actions-taken', 'prevention', 'attachments'];

/** Which part of the letter each placeholder is first used in (the subject and the opening: what happened). */
export function partOfKeys(letter: string, subject?: string): Map<string, FormPart> {
  const parts = new Map<string, FormPart>();
  for (const key of placeholderKeys(subject)) parts.set(key, 'what-happened');
  let part: FormPart = 'what-happened';
  for (const line of letter.split(/\r?\n/)) {
    if (line.startsWith(HEADING_PREFIX)) {
      // A heading of no known part keeps its fields with the part before it.
      part = partOfHeading(line.slice(HEADING_PREFIX.length)) ?? part;
      continue;
    }
    // The closing's fields (a name, a phone number) are the seller's details.
    if (part !== 'what-happened' && CLOSING_RE.test(line)) part = 'details';
    for (const key of placeholderKeys(line)) if (!parts.has(key)) parts.set(key, part);
  }
  for (const key of SHARED_KEYS) if (parts.has(key)) parts.set(key, 'details');
  return parts;
}

/**
 * The groups of the form, in the order of ORDER, each with its fields (in declaration order) and its guide entry;
 * a part with questions but no field is kept (its questions still help), as is the attachments part when the
 * template has evidence to tick. A letter with no parts gives one group.
 */
export function formParts<F extends { key: string }, G extends { part: string }>(
  letter: string,
  subject: string | undefined,
  fields: readonly F[],
  guide: readonly G[],
  hasEvidence: boolean,
): { part: FormPart; fields: F[]; guide?: G }[] {
  const partOf = partOfKeys(letter, subject);
  const groups = ORDER.map((part) => ({
    part,
    fields: fields.filter((f) => (partOf.get(f.key) ?? 'what-happened') === part),
    guide: guide.find((g) => g.part === part),
  })).filter((g) => g.fields.length > 0 || g.guide || (g.part === 'attachments' && hasEvidence));
  return groups.length ? groups : [{ part: 'what-happened', fields: [...fields] }];
}
