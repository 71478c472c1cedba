/**
 * Content rules a zod schema cannot express: unique ids, links between files, locale file pairs, placeholders and
 * optional blocks used vs declared, evidence lists. Runs after the schemas (src/schemas) have parsed every entry, so
 * it takes their output types. Pure: the build (src/data/content.ts) and the author's quick check
 * (scripts/validate-content.ts) both feed it the parsed collections through contentInputOf.
 */
import type { ContactData } from '../schemas/contacts.ts';
import type { GuideData } from '../schemas/guides.ts';
import type { LetterVersionData, TemplateData } from '../schemas/templates.ts';
import type { TriageNodeData } from '../schemas/triage.ts';
import { malformedPlaceholders, placeholderKeys } from './letter.ts';
import { attachedClaimProblems } from './attached-claims.ts';
import { traitsOf } from './kinds.ts';
import { ATTACHMENTS_MARKER, blockKeys, blockProblems, optionGroups } from './letter-blocks.ts';
import { letterExtras } from './placeholders.ts';
import { CONTENT_LOCALES as LOCALES } from './locales.ts';
import { ISO_DATE_RE, SLUG_RE } from './patterns.ts';
import { triagePath } from './triage.ts';
import { checkNoticeKinds, type NoticeKindInput } from './validate-notice.ts';

export interface Problem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** Field (dotted path) the problem is in, when there is one. */
  field?: string;
  message: string;
}

/** Where an entry came from: its file, and its id (file name without extension, or key in a one-file collection). */
interface Origin {
  file: string;
  id: string;
}

/** The parts of a parsed template the rules read. */
export type TemplateInput = Origin &
  Pick<
    TemplateData,
    | 'slug'
    | 'kind'
    | 'category'
    | 'subject'
    | 'letter'
    | 'translationZh'
    | 'placeholders'
    | 'options'
    | 'evidence'
    | 'sources'
    | 'writtenForSite'
    | 'risk'
    | 'compliant'
    | 'related'
    | 'variants'
    | 'sendTo'
    | 'guides'
  > &
  Partial<Pick<TemplateData, 'guide'>>;

/** An MDX file named <slug>.<locale>.mdx. */
export interface LocalizedFileInput {
  file: string;
  slug: string;
  locale: string;
}

export type GuideInput = LocalizedFileInput & Pick<GuideData, 'sources' | 'related'>;

export type ContactInput = Origin & Pick<ContactData, 'purpose' | 'email' | 'url' | 'sources'>;

/** A triage node: its key in content/triage.yaml is part of the page's address. */
export type TriageNodeInput = Origin & TriageNodeData;

export interface SituationInput {
  file: string;
  /** Key in content/situations.yaml. */
  id: string;
  /** Locale-free site path of the page it links to. */
  target: string;
  /** Triage node covering the same problem. */
  triage?: string;
}

export interface FeaturedInput {
  file: string;
  /** Slug of the featured template. */
  id: string;
}

export interface ContentInput {
  templates: TemplateInput[];
  explainers: LocalizedFileInput[];
  guides: GuideInput[];
  categories: string[];
  contactPurposes: string[];
  /** Template kinds each contact purpose accepts (content/contact-purposes.yaml `accepts`); when given, sendTo must fit. */
  purposeAccepts?: Readonly<Record<string, readonly string[]>>;
  contacts: ContactInput[];
  sources: string[];
  /** Nodes of the "what happened?" triage; absent when a check does not concern it. */
  triage?: TriageNodeInput[];
  /** Situations linked from the home and search pages (content/situations.yaml); absent when a check does not concern them. */
  situations?: SituationInput[];
  /** Templates the home page features (content/featured.yaml). */
  featured?: FeaturedInput[];
  /** Kinds of Amazon notice (content/notice-kinds.yaml); absent when a check does not concern them. */
  noticeKinds?: NoticeKindInput[];
}

/** A practical e-mail check: one @, no spaces, a dotted domain. */
export const EMAIL_RE = /^[^\s@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
/** ASINs: ten characters, letters and digits (the island warns gently when a value does not start with B0). */
export const ASIN_RE = /^[A-Z0-9]{10}$/;
/** CJK characters and full-width punctuation, which do not belong in an English letter. */
export const CJK_RE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function checkLetterVersion(
  problems: Problem[],
  t: TemplateInput,
  prefix: string,
  version: LetterVersionData,
  declared: Set<string>,
): void {
  const fields: [string, string | undefined][] = [
    ['subject', version.subject],
    ['letter', version.letter],
    ['translationZh', version.translationZh],
  ];
  for (const [name, text] of fields) {
    const field = prefix + name;
    for (const key of placeholderKeys(text)) {
      if (!declared.has(key))
        problems.push({ file: t.file, field, message: `placeholder {{${key}}} is used but not declared in placeholders` });
    }
    for (const bad of malformedPlaceholders(text)) {
      problems.push({ file: t.file, field, message: `malformed placeholder "${bad}" (use {{lower_snake_case}})` });
    }
    for (const message of blockProblems(text)) problems.push({ file: t.file, field, message });
    if (name === 'subject' && text && /\{\{[#/@]/.test(text))
      problems.push({ file: t.file, field, message: 'the subject cannot hold optional blocks or the attachments list' });
    const options = new Set(t.options.map((o) => o.key));
    for (const key of blockKeys(text)) {
      if (!options.has(key))
        problems.push({ file: t.file, field, message: `optional block {{#${key}}} is used but not declared in options` });
    }
    if (name !== 'translationZh' && text && CJK_RE.test(text.replace(/\{\{[^}]*\}\}/g, ''))) {
      problems.push({ file: t.file, field, message: 'Chinese characters or full-width punctuation in the English text' });
    }
  }
}

function checkPlaceholders(problems: Problem[], t: TemplateInput): Set<string> {
  const declared = new Set<string>();
  t.placeholders.forEach((p, index) => {
    const field = `placeholders[${index}]`;
    if (declared.has(p.key)) problems.push({ file: t.file, field, message: `placeholder "${p.key}" is declared twice` });
    declared.add(p.key);
    const example = p.example.trim();
    if (p.kind === 'email' && !EMAIL_RE.test(example))
      problems.push({ file: t.file, field: `${field}.example`, message: `"${example}" is not a valid e-mail address` });
    else if (p.kind === 'date' && !ISO_DATE_RE.test(example))
      problems.push({ file: t.file, field: `${field}.example`, message: `date example "${example}" must be YYYY-MM-DD` });
    else if (p.kind === 'asin' && !ASIN_RE.test(example))
      problems.push({ file: t.file, field: `${field}.example`, message: `"${example}" is not a valid ASIN (ten letters or digits)` });
  });
  return declared;
}

function checkOptionsAndEvidence(problems: Problem[], t: TemplateInput): void {
  const add = (field: string, message: string) => problems.push({ file: t.file, field, message });
  const letterBlocks = new Set(blockKeys(t.letter));
  const seenOptions = new Set<string>();
  t.options.forEach((o, index) => {
    const field = `options[${index}]`;
    if (seenOptions.has(o.key)) add(field, `option "${o.key}" is declared twice`);
    seenOptions.add(o.key);
    if (t.placeholders.some((p) => p.key === o.key)) add(field, `option "${o.key}" has the same key as a placeholder`);
    if (!letterBlocks.has(o.key)) add(field, `option "${o.key}" is declared but the letter has no {{#${o.key}}} … {{/${o.key}}} block`);
    if (t.translationZh && !blockKeys(t.translationZh).includes(o.key))
      add('translationZh', `the translation has no {{#${o.key}}} block to match the letter`);
  });
  const seenEvidence = new Set<string>();
  t.evidence.forEach((e, index) => {
    const field = `evidence[${index}]`;
    if (seenEvidence.has(e.id)) add(field, `evidence "${e.id}" is declared twice`);
    seenEvidence.add(e.id);
    if (/\{\{|\}\}/.test(e.label.en)) add(`${field}.label.en`, 'an evidence label cannot hold placeholders: it is printed as it is');
    if (CJK_RE.test(e.label.en)) add(`${field}.label.en`, 'Chinese characters or full-width punctuation in the English text');
  });
  checkGroupsAndWhen(add, t);
  const hasList = t.letter.includes(ATTACHMENTS_MARKER);
  if (seenEvidence.size > 0 && !hasList)
    add('letter', `the template declares evidence but the letter has no ${ATTACHMENTS_MARKER} line to list it`);
  if (seenEvidence.size === 0 && hasList) add('letter', `${ATTACHMENTS_MARKER} lists nothing: declare the documents under evidence`);
  if (hasList && t.translationZh && !t.translationZh.includes(ATTACHMENTS_MARKER))
    add('translationZh', `the translation has no ${ATTACHMENTS_MARKER} line to match the letter`);
}

/**
 * The letter model's rules (tasks/MODEL.md §3–5): in an appeal, a standalone option is off until the reader turns it
 * on (it asserts something about the seller's history); a group of alternatives has two or more options and exactly one default;
 * an evidence item's `when` names an option; each guided part is given once; and a sentence saying a document is
 * attached names one the attachment list holds, with the switches at their defaults, all on, and each alternative
 * (in appeals and in every letter that declares evidence; a buyer message's "attached file" is the message's own).
 */
function checkGroupsAndWhen(add: (field: string, message: string) => void, t: TemplateInput): void {
  const keys = new Set(t.options.map((o) => o.key));
  const placeholders = new Set(t.placeholders.map((p) => p.key));
  t.options.forEach((o, index) => {
    if (traitsOf(t.kind).planOfAction && !o.group && o.default)
      add(
        `options[${index}].default`,
        `option "${o.key}" is on by default: a paragraph the reader has not confirmed stays off (default: false), or make it one of a group of alternatives`,
      );
  });
  for (const [group, members] of optionGroups(t.options)) {
    const field = `options[${t.options.findIndex((o) => o.group === group)}].group`;
    if (keys.has(group) || placeholders.has(group)) add(field, `group "${group}" has the same id as an option or a placeholder`);
    if (members.length < 2) add(field, `group "${group}" has one option: alternatives need at least two`);
    const defaults = members.filter((o) => o.default).length;
    if (defaults !== 1)
      add(field, `group "${group}" has ${defaults} options on by default: exactly one alternative (the worked example's) is the default`);
  }
  t.evidence.forEach((e, index) => {
    if (e.when !== undefined && !keys.has(e.when))
      add(`evidence[${index}].when`, `evidence "${e.id}" is listed when option "${e.when}" is on, but there is no such option`);
    if (e.when !== undefined && e.required)
      add(`evidence[${index}].when`, `evidence "${e.id}" is required and also listed when "${e.when}" is on: choose one`);
  });
  const parts = new Set<string>();
  (t.guide ?? []).forEach((g, index) => {
    if (parts.has(g.part)) add(`guide[${index}].part`, `the guide gives questions for "${g.part}" twice`);
    parts.add(g.part);
  });
  if (!traitsOf(t.kind).planOfAction && t.evidence.length === 0) return;
  const extras = letterExtras(t);
  const versions: [string, string | undefined][] = [
    ['letter', t.letter],
    ['compliant.letter', t.compliant?.letter],
  ];
  for (const [field, letter] of versions) {
    if (!letter) continue;
    for (const claim of attachedClaimProblems(letter, extras)) {
      add(
        field,
        `"${claim.sentence}" says a document is attached, but the attachment list (${claim.listed.join('; ') || 'empty'}) does not name it: make it required or list it with when: <option>`,
      );
    }
  }
}

function checkTemplate(problems: Problem[], t: TemplateInput, known: KnownIds): void {
  if (t.slug !== t.id) problems.push({ file: t.file, field: 'slug', message: `slug "${t.slug}" must equal the file name "${t.id}"` });
  if (!known.categories.has(t.category))
    problems.push({ file: t.file, field: 'category', message: `unknown category "${t.category}" (see content/categories.yaml)` });
  const declared = checkPlaceholders(problems, t);
  checkLetterVersion(problems, t, '', t, declared);
  if (t.compliant) checkLetterVersion(problems, t, 'compliant.', t.compliant, declared);
  const used = new Set([t.subject, t.letter, t.compliant?.subject, t.compliant?.letter].flatMap(placeholderKeys));
  for (const key of declared) {
    if (!used.has(key))
      problems.push({
        file: t.file,
        field: 'placeholders',
        message: `placeholder "${key}" is declared but not used in the subject or letter`,
      });
  }
  checkOptionsAndEvidence(problems, t);
  if (t.risk && !t.compliant)
    problems.push({ file: t.file, field: 'compliant', message: 'a template with a policy risk needs a compliant rewrite' });
  if (t.compliant && !traitsOf(t.kind).versions)
    problems.push({
      file: t.file,
      field: 'compliant',
      message: `kind "${t.kind}" is one letter: no compliant rewrite beside it (src/lib/kinds.ts)`,
    });
  if (!t.writtenForSite && t.sources.length === 0)
    problems.push({ file: t.file, field: 'sources', message: 'no sources: list the seed files, or set writtenForSite: true' });
  for (const source of t.sources) {
    if (!known.sources.has(source))
      problems.push({ file: t.file, field: 'sources', message: `unknown source file "${source}" (see content/sources.yaml)` });
  }
  const links: [keyof TemplateInput & ('related' | 'variants' | 'sendTo' | 'guides'), Set<string>, string][] = [
    ['related', known.templates, 'template'],
    ['variants', known.templates, 'template'],
    ['sendTo', known.contacts, 'contact'],
    ['guides', known.guides, 'guide'],
  ];
  for (const [field, ids, what] of links) {
    for (const id of t[field]) {
      if (!ids.has(id)) problems.push({ file: t.file, field, message: `links to a missing ${what} "${id}"` });
      if (id === t.slug && what === 'template') problems.push({ file: t.file, field, message: 'a template cannot link to itself' });
    }
  }
  for (const locale of LOCALES) {
    if (!known.explainers.has(`${t.slug}.${locale}`)) {
      problems.push({ file: t.file, message: `missing ${locale} explainer: create content/templates/${t.slug}.${locale}.mdx` });
    }
  }
}

/** A template only goes to mailboxes meant for its kind: a rights owners' address is not an appeal address. */
function checkRecipients(
  problems: Problem[],
  t: TemplateInput,
  contacts: readonly ContactInput[],
  accepts: Readonly<Record<string, readonly string[]>>,
): void {
  for (const id of t.sendTo) {
    const contact = contacts.find((c) => c.id === id);
    if (!contact || !(contact.purpose in accepts)) continue; // reported as a missing contact / unknown purpose
    if (!accepts[contact.purpose]!.includes(t.kind)) {
      problems.push({
        file: t.file,
        field: 'sendTo',
        message: `"${id}" is an address for ${contact.purpose}, which takes no ${t.kind} letters (see accepts in content/contact-purposes.yaml)`,
      });
    }
  }
}

interface KnownIds {
  templates: Set<string>;
  categories: Set<string>;
  contacts: Set<string>;
  guides: Set<string>;
  sources: Set<string>;
  explainers: Set<string>;
}

function checkLocalizedPairs(problems: Problem[], files: LocalizedFileInput[], what: string, owners?: Set<string>): void {
  const seen = new Set(files.map((f) => `${f.slug}.${f.locale}`));
  for (const f of files) {
    if (!(LOCALES as readonly string[]).includes(f.locale)) {
      problems.push({ file: f.file, message: `unknown locale "${f.locale}" in the file name (expected ${LOCALES.join(' or ')})` });
      continue;
    }
    if (owners && !owners.has(f.slug)) problems.push({ file: f.file, message: `${what} for a missing template "${f.slug}"` });
    for (const other of LOCALES) {
      if (!owners && !seen.has(`${f.slug}.${other}`)) problems.push({ file: f.file, message: `missing ${other} version of this ${what}` });
    }
  }
}

/** Every problem in the content, in file order; an empty list means the content is valid. */
export function validateContent(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map<string, string>();
  for (const t of input.templates) {
    const first = slugs.get(t.slug);
    if (first) problems.push({ file: t.file, field: 'slug', message: `duplicate slug "${t.slug}" (also used by ${first})` });
    else slugs.set(t.slug, t.file);
  }
  const known: KnownIds = {
    templates: new Set(slugs.keys()),
    categories: new Set(input.categories),
    contacts: new Set(input.contacts.map((c) => c.id)),
    guides: new Set(input.guides.map((g) => g.slug)),
    sources: new Set(input.sources),
    explainers: new Set(input.explainers.map((e) => `${e.slug}.${e.locale}`)),
  };
  for (const t of input.templates) checkTemplate(problems, t, known);
  if (input.purposeAccepts) for (const t of input.templates) checkRecipients(problems, t, input.contacts, input.purposeAccepts);
  checkLocalizedPairs(problems, input.explainers, 'explainer', known.templates);
  checkLocalizedPairs(problems, input.guides, 'guide');
  for (const g of input.guides) {
    for (const slug of g.related)
      if (!known.templates.has(slug)) problems.push({ file: g.file, field: 'related', message: `links to a missing template "${slug}"` });
    for (const source of g.sources)
      if (!known.sources.has(source))
        problems.push({ file: g.file, field: 'sources', message: `unknown source file "${source}" (see content/sources.yaml)` });
  }
  const purposes = new Set(input.contactPurposes);
  for (const c of input.contacts) {
    const field = (name: string) => `${c.id}.${name}`;
    if (!purposes.has(c.purpose))
      problems.push({
        file: c.file,
        field: field('purpose'),
        message: `unknown purpose "${c.purpose}" (see content/contact-purposes.yaml)`,
      });
    if (Boolean(c.email) === Boolean(c.url))
      problems.push({ file: c.file, field: c.id, message: 'a contact needs exactly one of email or url' });
    if (c.email && !EMAIL_RE.test(c.email))
      problems.push({ file: c.file, field: field('email'), message: `"${c.email}" is not a valid e-mail address` });
    for (const source of c.sources)
      if (!known.sources.has(source))
        problems.push({ file: c.file, field: field('sources'), message: `unknown source file "${source}" (see content/sources.yaml)` });
  }
  if (input.triage) checkTriage(problems, input.triage, { ...known, purposes });
  const pages = linkablePages(input);
  for (const s of input.situations ?? []) {
    if (!pages.has(s.target))
      problems.push({
        file: s.file,
        field: `${s.id}.target`,
        message: `links to a missing page "${s.target}" (a template, guide, category or triage page, or /contacts/ with an optional #purpose)`,
      });
    if (s.triage !== undefined && !input.triage?.some((n) => n.id === s.triage))
      problems.push({ file: s.file, field: `${s.id}.triage`, message: `links to a missing triage node "${s.triage}"` });
  }
  for (const f of input.featured ?? []) {
    if (!known.templates.has(f.id)) problems.push({ file: f.file, field: f.id, message: `features a missing template "${f.id}"` });
  }
  if (input.noticeKinds)
    checkNoticeKinds(problems, input.noticeKinds, {
      templates: known.templates,
      guides: known.guides,
      triage: new Set((input.triage ?? []).map((n) => n.id)),
    });
  return problems;
}

/**
 * Locale-free paths a situation may link to: pages whose title the search page can name (src/data/content.ts
 * `linkTitle`): templates, guides, categories, triage pages, and the contacts page or one of its purposes.
 */
function linkablePages(input: ContentInput): Set<string> {
  const nodes = input.triage ?? [];
  return new Set([
    ...input.templates.map((t) => `/templates/${t.slug}/`),
    ...input.guides.map((g) => `/guides/${g.slug}/`),
    ...input.categories.map((id) => `/categories/${id}/`),
    '/contacts/',
    ...input.contactPurposes.map((id) => `/contacts/#${id}`),
    ...nodes
      .filter((n) => n.order !== undefined)
      .flatMap((n) => [triagePath(n.id), ...(n.question?.options ?? []).map((o) => triagePath(n.id, o.next))]),
  ]);
}

/** The triage is a tree two levels deep: situations, and the answers their one question leads to. */
function checkTriage(problems: Problem[], nodes: TriageNodeInput[], known: KnownIds & { purposes: Set<string> }): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parents = new Map<string, string[]>();
  if (nodes.length > 0 && !nodes.some((n) => n.order !== undefined)) {
    problems.push({ file: nodes[0]!.file, message: 'the triage has no situation: give the start nodes an order' });
  }
  for (const n of nodes) {
    const at = (name: string) => `${n.id}.${name}`;
    const add = (field: string, message: string) => problems.push({ file: n.file, field, message });
    if (!SLUG_RE.test(n.id)) add(n.id, `id "${n.id}" must be lower-case ASCII words joined by hyphens (it becomes the page address)`);
    if (n.question && n.route) add(n.id, 'a node asks a question or gives a route, not both');
    if (!n.question && !n.route) add(n.id, 'a node needs a question (with options) or a route (an answer)');
    if (n.route) {
      if (n.steps.length === 0) add(at('steps'), 'an answer needs at least one step');
    }
    const links: ['templates' | 'contacts' | 'contactPurposes' | 'guides', Set<string>, string][] = [
      ['templates', known.templates, 'template'],
      ['contacts', known.contacts, 'contact'],
      ['contactPurposes', known.purposes, 'contact purpose'],
      ['guides', known.guides, 'guide'],
    ];
    for (const [name, ids, what] of links) {
      for (const id of n[name]) if (!ids.has(id)) add(at(name), `links to a missing ${what} "${id}"`);
    }
    if (!n.question) continue;
    const seen = new Set<string>();
    n.question.options.forEach((option, i) => {
      const field = at(`question.options[${i}]`);
      const target = byId.get(option.next);
      if (seen.has(option.next)) add(`${field}.next`, `two options lead to the same answer "${option.next}"`);
      seen.add(option.next);
      if (!target) add(`${field}.next`, `leads to a missing node "${option.next}"`);
      else if (target.order !== undefined)
        add(`${field}.next`, `leads to the situation "${option.next}": options lead to answers; situations are listed on the start page`);
      else if (target.question)
        add(`${field}.next`, `leads to "${option.next}", which asks another question: the triage has at most one follow-up question`);
      if (target) parents.set(option.next, [...(parents.get(option.next) ?? []), n.id]);
    });
  }
  for (const n of nodes) {
    if (n.order !== undefined) continue;
    const from = [...new Set(parents.get(n.id) ?? [])];
    if (from.length === 0)
      problems.push({
        file: n.file,
        field: n.id,
        message: 'not reachable: no question leads here (give it an order to list it as a situation)',
      });
    if (from.length > 1)
      problems.push({
        file: n.file,
        field: n.id,
        message: `reached from more than one situation (${from.join(', ')}): each answer belongs to one situation, so it has one address`,
      });
  }
}

/** Problems as the build prints them: one line each, file first. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
  return `Content validation failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
