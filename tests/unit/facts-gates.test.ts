/**
 * Issue 21.9's gates over the content, before the build: appeals send to no historical address; every deadline and
 * route fact has a source and a checked date, and every fact a page names exists; no page says Amazon answers
 * appeals in "two business days"; the IP retraction kit carries the statements Amazon requires; no appeal example is
 * dated before 2024; no filled letter (every template, every version, options at their defaults and all on) has a
 * doubled full stop. Each failing gate names every template or entry that fails it.
 * (The Atom feed's gate is tests/unit/changes.test.ts and tests/built/changes-feed.test.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/read-content';
import { fillLetter } from '../../src/lib/letter';
import { resolveLetter } from '../../src/lib/letter-blocks';
import { letterExtras, placeholderSpecs } from '../../src/lib/placeholders';
import { allSwitchesOn } from '../support/switches';

const { content } = readContent();
const templates = content.templates.map((t) => t.data);
const appeals = templates.filter((t) => t.kind === 'appeal');
const contactById = new Map(content.contacts.map((c) => [c.id, c.data]));
type Template = (typeof templates)[number];

/** A template's letter versions (the letter and any compliant rewrite), each resolved with the options at their defaults and all on, filled with the examples. */
function filledVersions(t: Template, which: 'default' | 'all' | 'both' = 'both'): { version: string; text: string }[] {
  const declared = t.placeholders ?? [];
  const specs = placeholderSpecs(declared);
  const extras = letterExtras(t);
  const allOn = allSwitchesOn(t);
  const examples = Object.fromEntries(declared.map((p) => [p.key, p.example]));
  const switchSets = which === 'default' ? [{}] : which === 'all' ? [allOn] : [{}, allOn];
  const versions = [['letter', t], ...(t.compliant ? ([['compliant', t.compliant]] as const) : [])] as const;
  return versions.flatMap(([name, v]) =>
    switchSets.map((switches, i) => ({
      version: `${name}${switchSets.length > 1 ? (i ? ' (all options on)' : ' (defaults)') : ''}`,
      text: fillLetter(resolveLetter(v.letter, extras, switches), specs, examples),
    })),
  );
}

describe('appeals send to no historical address', () => {
  it('no appeal lists a contact that is not still referenced by Amazon in sendTo', () => {
    const failures = appeals.flatMap((t) =>
      (t.sendTo ?? [])
        .filter((id) => contactById.get(id)?.status !== 'still-referenced-by-amazon')
        .map((id) => `${t.slug} → ${id} (${contactById.get(id)?.status ?? 'unknown'})`),
    );
    expect(failures).toEqual([]);
  });
});

describe('every deadline and route fact has a source and a checked date', () => {
  const today = new Date();
  const dated = [
    ...content.deadlines.map((d) => ({ where: `deadlines.yaml → ${d.id}`, ...d.data })),
    ...content.facts.map((f) => ({ where: `facts.yaml → ${f.id}`, ...f.data })),
  ];

  it('each entry names its source with an https address, and was checked on a real day that is not in the future', () => {
    expect(dated.length).toBeGreaterThan(20);
    const failures = dated.flatMap(({ where, source, asOf }) => [
      ...(source.name.trim().length < 5 ? [`${where}: source name too short`] : []),
      ...(!/^https:\/\/[^\s]+$/.test(source.url) ? [`${where}: source url is not https: ${source.url}`] : []),
      ...(Number.isNaN(asOf.getTime()) || asOf.getTime() > today.getTime() + 86_400_000 ? [`${where}: asOf is not a past day`] : []),
    ]);
    expect(failures).toEqual([]);
  });

  it('every fact a triage answer or an MDX page names exists, and every triage route rests on at least one', () => {
    const ids = new Set(content.facts.map((f) => f.id));
    const named: string[] = [];
    for (const node of content.triage) for (const id of node.data.facts) named.push(`triage.yaml → ${node.id}: ${id}`);
    for (const dir of ['content/guides', 'content/templates'])
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')))
        for (const m of readFileSync(`${dir}/${file}`, 'utf8').matchAll(/<Fact\s+id="([^"]+)"\s*\/>/g))
          named.push(`${dir}/${file}: ${m[1]}`);
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((n) => !ids.has(n.split(': ').at(-1)!))).toEqual([]);
    const routesWithoutFacts = content.triage.filter((n) => n.data.route && n.data.facts.length === 0).map((n) => n.id);
    expect(routesWithoutFacts).toEqual([]);
  });

  it('no page says Amazon answers in "two business days" (its help page says "two days")', () => {
    const files = ['content/guides', 'content/templates'].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(mdx|yaml)$/.test(f))
        .map((f) => `${dir}/${f}`),
    );
    files.push(
      'content/triage.yaml',
      'content/contact-purposes.yaml',
      'content/deadlines.yaml',
      'content/facts.yaml',
      'src/i18n/en.json',
      'src/i18n/zh-CN.json',
    );
    const wrong = /(?:about |within |约)?two business days|两个工作日|2 个工作日/i;
    const failures = files.filter((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .some(
          (line) =>
            wrong.test(line) &&
            /repl|回复|答复|appeal|申诉/i.test(line) &&
            !/not ["“]two business days["”]|不是["“]两个工作日["”]/.test(line),
        ),
    );
    expect(failures).toEqual([]);
  });
});

describe('the IP retraction kit', () => {
  const kit = ['ip-retraction-notice', 'ip-retraction-request'].map((slug) => templates.find((t) => t.slug === slug)!);

  it.each(kit.map((t) => [t.slug, t] as const))(
    '%s: the retraction says the complaint was submitted in error and goes to notice-retraction@amazon.com or Brand Registry',
    (_slug, t) => {
      for (const { version, text } of filledVersions(t, 'default')) {
        expect(text, `${t.slug} ${version}`).toMatch(/(?:submitted|filed|made|sent) in error/i);
        expect(text, `${t.slug} ${version}`).toMatch(/notice-retraction@amazon\.com|Brand Registry/);
        expect(text, `${t.slug} ${version}: a retraction to the old notice@ address`).not.toMatch(/(?<![-\w])notice@amazon\./);
      }
    },
  );

  it('the request to the rights owner admits nothing by default', () => {
    const request = kit[1]!;
    const admits =
      /\b(?:we|I) (?:have reviewed the complaint[^.]*and )?accept (?:it|the complaint|your complaint)|\bwe admit\b|\bour (?:listing|product)s? (?:did|does) infringe/i;
    expect((request.options ?? []).filter((o) => o.default && /accept|admit/i.test(o.key)).map((o) => o.key)).toEqual([]);
    for (const { version, text } of filledVersions(request, 'default')) expect(text, version).not.toMatch(admits);
  });
});

describe('appeal examples are of today', () => {
  const MONTHS =
    'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
  const DATE = new RegExp(
    `\\b(?:(?:${MONTHS})\\.? \\d{1,2},? ((?:19|20)\\d{2})|\\d{1,2} (?:${MONTHS}) ((?:19|20)\\d{2})|((?:19|20)\\d{2})-\\d{2}-\\d{2}|(?:${MONTHS}) ((?:19|20)\\d{2}))\\b`,
    'g',
  );
  const oldDates = (text: string) => [...text.matchAll(DATE)].filter((m) => Number(m.slice(1).find(Boolean)) < 2024).map((m) => m[0]);

  it('no appeal, filled with its examples, shows a date before 2024, and no example value names a year before 2024', () => {
    const failures = appeals.flatMap((t) => {
      const inText = [...new Set(filledVersions(t).flatMap(({ text }) => oldDates(text)))];
      const inExamples = (t.placeholders ?? [])
        .filter((p) => /\b(?:19\d{2}|20(?:0\d|1\d|2[0-3]))\b/.test(p.example))
        .map((p) => `{{${p.key}}} = ${p.example.slice(0, 40)}`);
      return inText.length || inExamples.length ? [`${t.slug}: ${[...inText, ...inExamples].join('; ')}`] : [];
    });
    expect(failures).toEqual([]);
  });
});

describe('no doubled full stops', () => {
  it('no template, in any version, filled with its examples (options at their defaults and all on), has ".." where one full stop is meant', () => {
    const doubled = /(?<!\.)\.\.(?!\.)/;
    const failures = templates.flatMap((t) =>
      filledVersions(t).flatMap(({ version, text }) => {
        const line = text.split('\n').find((l) => doubled.test(l));
        return line ? [`${t.slug} ${version}: ${line.trim().slice(0, 90)}`] : [];
      }),
    );
    expect(failures).toEqual([]);
  });
});

describe('buyer messages that can be sent', () => {
  // The version a seller sends: the compliant rewrite where the original is a risk, else the letter itself.
  const sendable = templates
    .filter((t) => t.kind === 'buyer-message')
    .map((t) => ({ slug: t.slug, letter: (t.risk ? t.compliant! : t).letter }));

  it('every one names the order, has no "thank you for your support" calque, and no verb that agrees with a placeholder', () => {
    expect(sendable.length).toBeGreaterThan(10);
    const failures = sendable.flatMap(({ slug, letter }) => [
      ...(!letter.includes('{{order_id}}') ? [`${slug}: no {{order_id}}`] : []),
      ...(/thank you (?:so much |very much )?for your (?:kind )?support/i.test(letter) ? [`${slug}: "thank you for your support"`] : []),
      // "your {{product_name}} has" reads "your running shoes has": a verb right after a noun placeholder must not need agreement.
      ...[...letter.matchAll(/\{\{(\w+)\}\} (has|is|was|does|doesn't|hasn't|isn't|wasn't)\b/g)]
        .filter((m) => !/_(?:id|number|date)$/.test(m[1]!))
        .map((m) => `${slug}: "{{${m[1]}}} ${m[2]}"`),
    ]);
    expect(failures).toEqual([]);
  });
});
