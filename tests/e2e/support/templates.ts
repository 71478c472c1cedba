/** Templates as the browser tests read them: from content/, read and parsed as the build does, with the letter Copy gives computed by the build's own code. */
import { readContent } from '../../../scripts/read-content';
import { fillLetter } from '../../../src/lib/letter';
import { resolveLetter } from '../../../src/lib/letter-blocks';
import { letterExtras, placeholderSpecs } from '../../../src/lib/placeholders';
import type { TemplateData } from '../../../src/schemas/templates';

/** A template as its schema parses it (src/schemas/templates.ts). */
export type TemplateYaml = TemplateData;

/** Every collection, parsed (scripts/read-content.ts). */
export const content = readContent().content;

export function template(slug: string): TemplateYaml {
  const found = content.templates.find((t) => t.id === slug);
  if (!found) throw new Error(`no template ${slug} in content/templates`);
  return found.data;
}

/** Every template, in file-name order. */
export const allTemplates = () => content.templates.map((t) => t.data);

/** The letter as Copy gives it: optional paragraphs at the values' switches (defaults otherwise), attachments listed. */
export const expected = (t: TemplateYaml, source: string, values: Record<string, string>) =>
  fillLetter(resolveLetter(source, letterExtras(t), values), placeholderSpecs(t.placeholders), values);

export const ODR = template('odr-a-to-z-vacation');
/** The ODR template's own examples, with the shared details and the dates the tests check written out. */
export const ODR_VALUES: Record<string, string> = {
  ...Object.fromEntries(ODR.placeholders.map((p) => [p.key, p.example])),
  marketplace_site: 'Amazon.com',
  claim_count: 'two',
  notice_date: '2026-03-09',
  seller_name: 'Li Wei',
  store_name: 'BrightHome Direct',
  login_email: 'seller@example.com',
};
