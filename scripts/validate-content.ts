/**
 * Quick content check without a build: reads content/ directly and runs the same validation the build runs.
 * Usage: node scripts/validate-content.ts  (exit 1 and one line per problem when something is wrong)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { emptyTriageLists } from '../src/lib/triage.ts';
import { formatProblems, validateContent, type ContactInput, type ContentInput, type SituationInput, type TemplateInput, type TriageNodeInput } from '../src/lib/validate.ts';

const root = process.argv[2] ?? '.';
const read = (path: string) => parse(readFileSync(join(root, path), 'utf8')) ?? {};
const list = (dir: string) => readdirSync(join(root, dir)).sort();
const frontmatter = (path: string) => {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, path), 'utf8'));
  return match ? parse(match[1]!) ?? {} : {};
};
const localized = (dir: string, name: string) => {
  const [, slug = '', locale = ''] = /^(.*)\.([^.]+)\.mdx$/.exec(name) ?? [];
  return { file: `${dir}/${name}`, slug, locale };
};

const templateDir = 'content/templates';
const templates: TemplateInput[] = list(templateDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const file = `${templateDir}/${name}`;
    const data = read(file);
    return { placeholders: [], sources: [], related: [], variants: [], sendTo: [], guides: [], ...data, file, id: name.replace(/\.yaml$/, '') };
  });
const guides = list('content/guides')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ sources: [], related: [], ...frontmatter(`content/guides/${name}`), ...localized('content/guides', name) }));
const contacts = Object.entries(read('content/contacts.yaml')).map(([id, data]) => ({ sources: [], ...(data as Partial<ContactInput>), id, file: 'content/contacts.yaml' }) as ContactInput);

const triage = Object.entries(read('content/triage.yaml')).map(([id, data]): TriageNodeInput => ({
  ...emptyTriageLists(),
  ...(data as Partial<TriageNodeInput>),
  id,
  file: 'content/triage.yaml',
}));

const situations = Object.entries(read('content/situations.yaml')).map(([id, data]): SituationInput => ({
  target: '',
  ...(data as Partial<SituationInput>),
  id,
  file: 'content/situations.yaml',
}));
const featured = (read('content/featured.yaml') as { id: string }[]).map(({ id }) => ({ id, file: 'content/featured.yaml' }));

const input = {
  templates,
  explainers: list(templateDir).filter((name) => name.endsWith('.mdx')).map((name) => localized(templateDir, name)),
  guides,
  categories: Object.keys(read('content/categories.yaml')),
  contactPurposes: Object.keys(read('content/contact-purposes.yaml')),
  purposeAccepts: Object.fromEntries(Object.entries(read('content/contact-purposes.yaml')).map(([id, data]) => [id, (data as { accepts?: string[] }).accepts ?? []])),
  contacts,
  sources: Object.keys(read('content/sources.yaml')),
  triage,
  situations,
  featured,
} satisfies ContentInput;

const problems = validateContent(input);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content OK: ${templates.length} templates, ${guides.length} guide files, ${contacts.length} contacts, ${triage.length} triage nodes, ${situations.length} situations.`);
