/** Templates as the browser tests read them: straight from content/, with the letter Copy gives computed by the build's own code. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { fillLetter } from '../../../src/lib/letter';
import { resolveLetter } from '../../../src/lib/letter-blocks';
import { letterExtras, placeholderSpecs, type DeclaredEvidence, type DeclaredOption, type DeclaredPlaceholder } from '../../../src/lib/placeholders';

export interface TemplateYaml {
  slug: string;
  kind: string;
  subject?: string;
  letter: string;
  placeholders: DeclaredPlaceholder[];
  options?: DeclaredOption[];
  evidence?: DeclaredEvidence[];
  compliant?: { subject?: string; letter: string };
  sendTo?: string[];
}

export const template = (slug: string) => parse(readFileSync(`content/templates/${slug}.yaml`, 'utf8')) as TemplateYaml;

export const allTemplates = () =>
  readdirSync('content/templates')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => template(f.replace(/\.yaml$/, '')));

/** The letter as Copy gives it: optional paragraphs at the values' switches (defaults otherwise), attachments listed. */
export const expected = (t: TemplateYaml, source: string, values: Record<string, string>) =>
  fillLetter(resolveLetter(source, letterExtras(t), values), placeholderSpecs(t.placeholders), values);

export const ODR = template('odr-a-to-z-vacation');
/** The ODR template's own examples, with the shared details and the dates the tests check written out. */
export const ODR_VALUES: Record<string, string> = {
  ...Object.fromEntries(ODR.placeholders.map((p) => [p.key, p.example])),
  marketplace_site: 'Amazon.com',
  claim_count: 'two',
  inactive_from: '2024-01-23',
  inactive_to: '2024-02-06',
  response_hours: '12',
  resolution_hours: '24',
  seller_name: 'Li Wei',
  store_name: 'BrightHome Direct',
  login_email: 'seller@example.com',
};
