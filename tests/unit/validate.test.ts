import { describe, expect, it } from 'vitest';
import {
  formatProblems,
  validateContent,
  type ContentInput,
  type SituationInput,
  type TemplateInput,
  type TriageNodeInput,
} from '../../src/lib/validate';
import type { TemplateKind } from '../../src/lib/model';
import { triageNodeSchema } from '../../src/schemas/triage';

// The schemas (src/schemas) have parsed every entry before these rules run: fixtures are schema output, and what a
// schema rejects (empty texts, unknown kinds or marketplaces, a one-option question) is tested in schemas.test.ts.

const template = (overrides: Partial<TemplateInput> = {}): TemplateInput => ({
  file: 'content/templates/good.yaml',
  id: 'good',
  slug: 'good',
  kind: 'appeal',
  category: 'account-health',
  subject: 'Appeal for {{store_name}}',
  letter: 'Dear team,\n{{store_name}} sold {{asin}}.',
  translationZh: '{{store_name}} 卖了 {{asin}}。',
  placeholders: [
    { key: 'store_name', label: { zh: '店铺', en: 'Store' }, example: 'Acme', kind: 'text' },
    { key: 'asin', label: { zh: 'ASIN', en: 'ASIN' }, example: 'B0ABCDEFGH', kind: 'asin' },
  ],
  options: [],
  evidence: [],
  sources: ['000.txt'],
  writtenForSite: false,
  related: [],
  variants: [],
  sendTo: ['seller-performance-us'],
  guides: ['plan-of-action'],
  ...overrides,
});

const content = (overrides: Partial<ContentInput> = {}): ContentInput => ({
  templates: [template()],
  explainers: ['zh-CN', 'en'].map((locale) => ({ file: `content/templates/good.${locale}.mdx`, slug: 'good', locale })),
  guides: ['zh-CN', 'en'].map((locale) => ({
    file: `content/guides/plan-of-action.${locale}.mdx`,
    slug: 'plan-of-action',
    locale,
    sources: [],
    related: ['good'],
  })),
  categories: ['account-health'],
  contactPurposes: ['seller-performance'],
  contacts: [
    {
      file: 'content/contacts.yaml',
      id: 'seller-performance-us',
      purpose: 'seller-performance',
      email: 'seller-performance@amazon.com',
      sources: ['000.txt'],
    },
  ],
  sources: ['000.txt'],
  ...overrides,
});

/** The messages for one broken fixture; each rule must name the file. */
const problemsOf = (input: ContentInput) => validateContent(input).map((p) => `${p.file} ${p.field ?? ''} ${p.message}`);

describe('validateContent', () => {
  it('accepts valid content', () => {
    expect(validateContent(content())).toEqual([]);
  });

  it('placeholder used but not declared', () => {
    const t = template({ letter: 'Hi {{store_name}} {{asin}} {{order_id}}' });
    expect(problemsOf(content({ templates: [t] }))).toEqual([
      'content/templates/good.yaml letter placeholder {{order_id}} is used but not declared in placeholders',
    ]);
  });

  it('placeholder declared but unused', () => {
    const t = template({ letter: 'Hi {{store_name}}', translationZh: '你好 {{store_name}}' });
    expect(problemsOf(content({ templates: [t] }))).toEqual([
      'content/templates/good.yaml placeholders placeholder "asin" is declared but not used in the subject or letter',
    ]);
  });

  it('optional blocks and evidence, well formed', () => {
    const t = template({
      letter: 'Dear team,\n{{#left}}\n{{store_name}} sold {{asin}}.\n{{/left}}\n## Attachments\n{{@attachments}}',
      translationZh: '{{#left}}\n{{store_name}} 卖了 {{asin}}。\n{{/left}}\n{{@attachments}}',
      options: [{ key: 'left', label: { zh: '已离职', en: 'Has left' }, default: false }],
      evidence: [{ id: 'invoices', label: { zh: '发票', en: 'Invoices' }, required: true }],
    });
    expect(problemsOf(content({ templates: [t] }))).toEqual([]);
  });

  describe('the letter model (groups, evidence `when`, guide, attached means listed)', () => {
    const label = (en: string) => ({ zh: en, en });
    const modelTemplate = (overrides: Partial<TemplateInput> = {}) =>
      template({
        letter:
          'Dear team,\n{{store_name}} sold {{asin}}.\n## Root causes\n{{#holiday}}\nNobody answered during the holiday; the holiday rota is attached.\n{{/holiday}}\n{{#staff}}\nOur agent left.\n{{/staff}}\n{{#police}}\nWe reported the theft to the police; the police report is attached.\n{{/police}}\n## Attachments\n{{@attachments}}',
        translationZh: '{{#holiday}}\n假期\n{{/holiday}}\n{{#staff}}\n离职\n{{/staff}}\n{{#police}}\n报警\n{{/police}}\n{{@attachments}}',
        options: [
          { key: 'holiday', label: label('Holiday'), default: false, group: 'cause' },
          { key: 'staff', label: label('Staff left'), default: true, group: 'cause' },
          { key: 'police', label: label('Police report'), default: false },
        ],
        evidence: [
          { id: 'orders', label: label('List of orders'), required: true },
          { id: 'rota', label: label('Holiday rota for 2026'), required: false, when: 'holiday' },
          { id: 'police-report', label: label('Police report of 2026-03-02'), required: false, when: 'police' },
        ],
        guide: [{ part: 'root-cause', questions: { zh: ['什么出了错？'], en: ['What went wrong?'] } }],
        ...overrides,
      });

    it('accepts a well-formed model letter', () => {
      expect(problemsOf(content({ templates: [modelTemplate()] }))).toEqual([]);
    });

    it('a standalone option of an appeal on by default (it asserts a history the reader has not confirmed)', () => {
      const t = modelTemplate({ options: modelTemplate().options.map((o) => (o.key === 'police' ? { ...o, default: true } : o)) });
      expect(problemsOf(content({ templates: [t] }))).toEqual([
        expect.stringContaining('options[2].default option "police" is on by default'),
      ]);
      expect(problemsOf(content({ templates: [{ ...t, kind: 'buyer-message' }] }))).toEqual([]);
    });

    it('a group with one option, none or two defaults, or an id shared with an option', () => {
      const opts = modelTemplate().options;
      const none = modelTemplate({ options: opts.map((o) => ({ ...o, default: false })) });
      expect(problemsOf(content({ templates: [none] }))).toEqual([
        'content/templates/good.yaml options[0].group group "cause" has 0 options on by default: exactly one alternative (the worked example\'s) is the default',
      ]);
      const two = modelTemplate({ options: opts.map((o) => ({ ...o, default: o.key !== 'police' })) });
      expect(problemsOf(content({ templates: [two] }))[0]).toMatch(/group "cause" has 2 options on by default/);
      const lone = modelTemplate({ options: opts.map((o) => (o.key === 'holiday' ? { ...o, group: 'other' } : o)) });
      expect(problemsOf(content({ templates: [lone] }))).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/group "other" has one option/),
          expect.stringMatching(/group "cause" has one option/),
          expect.stringMatching(/group "other" has 0 options on by default/),
        ]),
      );
      const clash = modelTemplate({ options: opts.map((o) => (o.group ? { ...o, group: 'police' } : o)) });
      expect(problemsOf(content({ templates: [clash] }))).toContain(
        'content/templates/good.yaml options[0].group group "police" has the same id as an option or a placeholder',
      );
    });

    it('evidence `when` naming no option, or on a required item', () => {
      const t = modelTemplate({
        evidence: [...modelTemplate().evidence, { id: 'x', label: label('Extra'), required: true, when: 'gone' }],
      });
      const problems = problemsOf(content({ templates: [t] }));
      expect(problems).toContain(
        'content/templates/good.yaml evidence[3].when evidence "x" is listed when option "gone" is on, but there is no such option',
      );
      expect(problems).toContain(
        'content/templates/good.yaml evidence[3].when evidence "x" is required and also listed when "gone" is on: choose one',
      );
    });

    it('a guided part given twice', () => {
      const q = { zh: ['问'], en: ['Q?'] };
      const t = modelTemplate({
        guide: [
          { part: 'prevention', questions: q },
          { part: 'prevention', questions: q },
        ],
      });
      expect(problemsOf(content({ templates: [t] }))).toEqual([
        'content/templates/good.yaml guide[1].part the guide gives questions for "prevention" twice',
      ]);
    });

    it('"attached" with the document missing from the list, at defaults, all on, or with another alternative chosen', () => {
      const noRota = modelTemplate({ evidence: modelTemplate().evidence.filter((e) => e.id !== 'rota') });
      expect(problemsOf(content({ templates: [noRota] }))).toEqual([
        expect.stringContaining('letter "Nobody answered during the holiday; the holiday rota is attached." says a document is attached'),
      ]);
      const policeOptional = modelTemplate({
        evidence: modelTemplate().evidence.map((e) => (e.id === 'police-report' ? { ...e, when: undefined } : e)),
      });
      expect(problemsOf(content({ templates: [policeOptional] }))).toEqual([
        expect.stringContaining(
          '"We reported the theft to the police; the police report is attached." says a document is attached, but the attachment list (List of orders) does not name it',
        ),
      ]);
      const generic = modelTemplate({ letter: modelTemplate().letter.replace('the police report is attached', 'photos are attached') });
      expect(problemsOf(content({ templates: [generic] }))[0]).toMatch(
        /"We reported the theft to the police; photos are attached\." says a document is attached/,
      );
      const frame = modelTemplate({
        letter: modelTemplate().letter.replace('## Attachments', 'The documents listed below are attached.\n## Attachments'),
      });
      expect(problemsOf(content({ templates: [frame] }))).toEqual([]);
    });
  });

  it('optional block not declared, option unused, evidence not listed', () => {
    const t = template({
      letter: 'Dear team,\n{{#gone}}\n{{store_name}} sold {{asin}}.\n{{/gone}}',
      translationZh: '{{#gone}}\n{{store_name}} 卖了 {{asin}}。\n{{/gone}}',
      options: [{ key: 'left', label: { zh: '已离职', en: 'Has left' }, default: true }],
      evidence: [{ id: 'invoices', label: { zh: '发票', en: 'Invoices {{asin}}' }, required: true }],
    });
    const problems = problemsOf(content({ templates: [t] }));
    expect(problems).toContain('content/templates/good.yaml letter optional block {{#gone}} is used but not declared in options');
    expect(problems).toContain(
      'content/templates/good.yaml options[0] option "left" is declared but the letter has no {{#left}} … {{/left}} block',
    );
    expect(problems).toContain(
      'content/templates/good.yaml letter the template declares evidence but the letter has no {{@attachments}} line to list it',
    );
    expect(problems).toContain(
      'content/templates/good.yaml evidence[0].label.en an evidence label cannot hold placeholders: it is printed as it is',
    );
  });

  it('unbalanced optional block', () => {
    const t = template({
      letter: 'Dear team,\n{{#left}}\n{{store_name}} sold {{asin}}.',
      options: [{ key: 'left', label: { zh: '已离职', en: 'Has left' }, default: true }],
    });
    expect(problemsOf(content({ templates: [t] }))).toContain(
      'content/templates/good.yaml letter {{#left}} is never closed with {{/left}}',
    );
  });

  it('malformed placeholder', () => {
    const t = template({ letter: 'Hi {{store_name}} {{asin}} {{Order ID}}' });
    expect(problemsOf(content({ templates: [t] }))[0]).toContain('malformed placeholder "{{Order ID}}"');
  });

  it('missing explainer in one language', () => {
    expect(problemsOf(content({ explainers: [{ file: 'content/templates/good.zh-CN.mdx', slug: 'good', locale: 'zh-CN' }] }))).toEqual([
      'content/templates/good.yaml  missing en explainer: create content/templates/good.en.mdx',
    ]);
  });

  it('duplicate slug', () => {
    const twin = template({ file: 'content/templates/twin.yaml', id: 'twin', slug: 'good' });
    const problems = problemsOf(content({ templates: [template(), twin] }));
    expect(problems).toContain('content/templates/twin.yaml slug duplicate slug "good" (also used by content/templates/good.yaml)');
  });

  it('slug differs from the file name', () => {
    expect(problemsOf(content({ templates: [template({ id: 'other' })] }))[0]).toContain('slug "good" must equal the file name "other"');
  });

  it('unknown source file', () => {
    expect(problemsOf(content({ templates: [template({ sources: ['999.txt'] })] }))).toEqual([
      'content/templates/good.yaml sources unknown source file "999.txt" (see content/sources.yaml)',
    ]);
  });

  it('invalid email in a contact and in a placeholder example', () => {
    const contact = { ...content().contacts[0]!, email: 'seller-performance@amazon .com' };
    expect(problemsOf(content({ contacts: [contact] }))).toEqual([
      'content/contacts.yaml seller-performance-us.email "seller-performance@amazon .com" is not a valid e-mail address',
    ]);
    const t = template({
      letter: 'Hi {{store_name}} {{asin}} {{login_email}}',
      placeholders: [
        ...template().placeholders,
        { key: 'login_email', label: { zh: '邮箱', en: 'Email' }, example: 'not-an-email', kind: 'email' },
      ],
    });
    expect(problemsOf(content({ templates: [t] }))[0]).toContain('"not-an-email" is not a valid e-mail address');
  });

  it('unknown category', () => {
    expect(problemsOf(content({ templates: [template({ category: 'misc' })] }))).toEqual([
      'content/templates/good.yaml category unknown category "misc" (see content/categories.yaml)',
    ]);
  });

  it('related link to a missing template', () => {
    expect(problemsOf(content({ templates: [template({ related: ['ghost'] })] }))).toEqual([
      'content/templates/good.yaml related links to a missing template "ghost"',
    ]);
  });

  it('links to a missing contact or guide', () => {
    const problems = problemsOf(content({ templates: [template({ sendTo: ['nobody'], guides: ['nowhere'] })] }));
    expect(problems).toEqual([
      'content/templates/good.yaml sendTo links to a missing contact "nobody"',
      'content/templates/good.yaml guides links to a missing guide "nowhere"',
    ]);
  });

  it("sendTo a mailbox meant for someone else (a rights owners' address on an appeal)", () => {
    const contacts = [
      ...content().contacts,
      { file: 'content/contacts.yaml', id: 'ip-complaints-us', purpose: 'ip-complaints', email: 'notice@amazon.com', sources: ['000.txt'] },
    ];
    const purposeAccepts = { 'seller-performance': ['appeal'], 'ip-complaints': [] };
    const input = (sendTo: string[], kind: TemplateKind = 'appeal') =>
      content({
        templates: [template({ sendTo, kind })],
        contacts,
        contactPurposes: ['seller-performance', 'ip-complaints'],
        purposeAccepts,
      });
    expect(problemsOf(input(['seller-performance-us']))).toEqual([]);
    expect(problemsOf(input(['seller-performance-us', 'ip-complaints-us']))).toEqual([
      'content/templates/good.yaml sendTo "ip-complaints-us" is an address for ip-complaints, which takes no appeal letters (see accepts in content/contact-purposes.yaml)',
    ]);
    expect(problemsOf(input(['seller-performance-us'], 'buyer-message'))).toEqual([
      'content/templates/good.yaml sendTo "seller-performance-us" is an address for seller-performance, which takes no buyer-message letters (see accepts in content/contact-purposes.yaml)',
    ]);
  });

  it('Chinese left in the English letter', () => {
    expect(problemsOf(content({ templates: [template({ letter: 'Dear team，{{store_name}} {{asin}}（店铺）' })] }))[0]).toContain(
      'Chinese characters or full-width punctuation',
    );
  });

  it('policy risk without a compliant rewrite', () => {
    expect(problemsOf(content({ templates: [template({ risk: { zh: '风险', en: 'Risk' } })] }))).toEqual([
      'content/templates/good.yaml compliant a template with a policy risk needs a compliant rewrite',
    ]);
  });

  it('a compliant rewrite on a kind that is one letter (src/lib/kinds.ts: versions)', () => {
    const compliant = { letter: 'Dear team,\n{{store_name}} sold {{asin}}.', translationZh: '{{store_name}} 卖了 {{asin}}。' };
    expect(problemsOf(content({ templates: [template({ compliant })] }))).toEqual([
      'content/templates/good.yaml compliant kind "appeal" is one letter: no compliant rewrite beside it (src/lib/kinds.ts)',
    ]);
    expect(problemsOf(content({ templates: [template({ kind: 'buyer-message', compliant })] }))).toEqual([]);
  });

  it('formats problems with the file first', () => {
    const text = formatProblems(validateContent(content({ templates: [template({ category: 'misc' })] })));
    expect(text).toBe(
      'Content validation failed with 1 problem:\n  content/templates/good.yaml → category: unknown category "misc" (see content/categories.yaml)',
    );
  });
});

const both = (text: string) => ({ zh: `${text}（中文）`, en: text });
const node = (id: string, overrides: Partial<TriageNodeInput> = {}): TriageNodeInput => ({
  file: 'content/triage.yaml',
  id,
  ...triageNodeSchema.parse({ title: both(id) }),
  ...overrides,
});
const answer = (id: string, overrides: Partial<TriageNodeInput> = {}) =>
  node(id, { route: { label: both('Route'), text: both('Do this.') }, steps: [both('Step one')], ...overrides });
const question = (...next: string[]) => ({ text: both('Is it valid?'), options: next.map((id) => ({ label: both(id), next: id })) });
/** A valid triage: one situation with a question and two answers, one situation answered directly. */
const triage = (): TriageNodeInput[] => [
  node('ip', { order: 1, question: question('ip-valid', 'ip-invalid') }),
  answer('ip-valid', {
    templates: ['good'],
    contacts: ['seller-performance-us'],
    contactPurposes: ['seller-performance'],
    guides: ['plan-of-action'],
  }),
  answer('ip-invalid'),
  answer('buyer', { order: 2 }),
];
/** The triage with one node replaced (or added when the id is new). */
const withNode = (changed: TriageNodeInput): TriageNodeInput[] => {
  const nodes = triage();
  const index = nodes.findIndex((n) => n.id === changed.id);
  return index < 0 ? [...nodes, changed] : nodes.map((n, i) => (i === index ? changed : n));
};
const triageProblems = (nodes: TriageNodeInput[]) => problemsOf(content({ triage: nodes }));

describe('validateContent: triage', () => {
  it('accepts a valid triage', () => {
    expect(triageProblems(triage())).toEqual([]);
  });

  it('links to a missing template, contact, contact purpose or guide', () => {
    const broken = answer('ip-valid', { templates: ['ghost'], contacts: ['nobody'], contactPurposes: ['nothing'], guides: ['nowhere'] });
    expect(triageProblems(withNode(broken))).toEqual([
      'content/triage.yaml ip-valid.templates links to a missing template "ghost"',
      'content/triage.yaml ip-valid.contacts links to a missing contact "nobody"',
      'content/triage.yaml ip-valid.contactPurposes links to a missing contact purpose "nothing"',
      'content/triage.yaml ip-valid.guides links to a missing guide "nowhere"',
    ]);
  });

  it('follow-up option leads to a missing node', () => {
    const problems = triageProblems(withNode(node('ip', { order: 1, question: question('ip-valid', 'ip-invalid', 'ip-maybe') })));
    expect(problems).toEqual(['content/triage.yaml ip.question.options[2].next leads to a missing node "ip-maybe"']);
  });

  it('follow-up option leads to a situation', () => {
    const problems = triageProblems(withNode(node('ip', { order: 1, question: question('ip-valid', 'ip-invalid', 'buyer') })));
    expect(problems).toEqual([
      'content/triage.yaml ip.question.options[2].next leads to the situation "buyer": options lead to answers; situations are listed on the start page',
    ]);
  });

  it('follow-up option leads to a second question', () => {
    const nodes = [...withNode(node('ip-invalid', { question: question('deeper-a', 'deeper-b') })), answer('deeper-a'), answer('deeper-b')];
    expect(triageProblems(nodes)).toEqual([
      'content/triage.yaml ip.question.options[1].next leads to "ip-invalid", which asks another question: the triage has at most one follow-up question',
    ]);
  });

  it('node not reachable from any situation', () => {
    expect(triageProblems(withNode(answer('orphan')))).toEqual([
      'content/triage.yaml orphan not reachable: no question leads here (give it an order to list it as a situation)',
    ]);
  });

  it('answer reached from two situations', () => {
    const problems = triageProblems(
      withNode(node('buyer', { order: 2, question: question('ip-invalid', 'buyer-other') })).concat(answer('buyer-other')),
    );
    expect(problems).toEqual([
      'content/triage.yaml ip-invalid reached from more than one situation (ip, buyer): each answer belongs to one situation, so it has one address',
    ]);
  });

  it('two options lead to the same answer', () => {
    const problems = triageProblems(withNode(node('ip', { order: 1, question: question('ip-valid', 'ip-invalid', 'ip-valid') })));
    expect(problems).toEqual(['content/triage.yaml ip.question.options[2].next two options lead to the same answer "ip-valid"']);
  });

  it('node with both a question and a route, or neither', () => {
    expect(triageProblems(withNode(answer('buyer', { order: 2, question: question('ip-valid', 'ip-invalid') })))).toContain(
      'content/triage.yaml buyer a node asks a question or gives a route, not both',
    );
    expect(triageProblems(withNode(node('buyer', { order: 2 })))).toEqual([
      'content/triage.yaml buyer a node needs a question (with options) or a route (an answer)',
    ]);
  });

  it('answer without steps', () => {
    expect(triageProblems(withNode(answer('buyer', { order: 2, steps: [] })))).toEqual([
      'content/triage.yaml buyer.steps an answer needs at least one step',
    ]);
  });

  it('id that cannot be a page address', () => {
    const problems = triageProblems([node('IP complaint', { order: 1, route: { label: both('R'), text: both('T') }, steps: [both('S')] })]);
    expect(problems).toEqual([
      'content/triage.yaml IP complaint id "IP complaint" must be lower-case ASCII words joined by hyphens (it becomes the page address)',
    ]);
  });

  it('no situation to start from', () => {
    expect(triageProblems([answer('lonely')])).toEqual([
      'content/triage.yaml  the triage has no situation: give the start nodes an order',
      'content/triage.yaml lonely not reachable: no question leads here (give it an order to list it as a situation)',
    ]);
  });
});

const situation = (id: string, target: string, overrides: Partial<SituationInput> = {}): SituationInput => ({
  file: 'content/situations.yaml',
  id,
  target,
  ...overrides,
});
const situationProblems = (situations: SituationInput[], featured: string[] = []) =>
  problemsOf(content({ triage: triage(), situations, featured: featured.map((id) => ({ file: 'content/featured.yaml', id })) }));

describe('validateContent: situations and featured templates', () => {
  it('accepts links to a template, guide, category, triage page, the contacts page or one of its purposes', () => {
    const targets = [
      '/templates/good/',
      '/guides/plan-of-action/',
      '/categories/account-health/',
      '/triage/ip/',
      '/triage/ip/ip-valid/',
      '/triage/buyer/',
      '/contacts/',
      '/contacts/#seller-performance',
    ];
    expect(
      situationProblems(
        targets.map((target, i) => situation(`s${i}`, target, { triage: 'ip-valid' })),
        ['good'],
      ),
    ).toEqual([]);
  });

  it('names the file and entry of a link to a page that does not exist', () => {
    const broken = [
      situation('renamed', '/templates/old-slug/'),
      situation('no-guide', '/guides/ghost/'),
      situation('no-category', '/categories/misc/'),
      situation('no-purpose', '/contacts/#funds-held'),
      situation('answer-elsewhere', '/triage/buyer/ip-valid/'),
      situation('unlinkable', '/about/'),
    ];
    const hint = '(a template, guide, category or triage page, or /contacts/ with an optional #purpose)';
    expect(situationProblems(broken)).toEqual([
      `content/situations.yaml renamed.target links to a missing page "/templates/old-slug/" ${hint}`,
      `content/situations.yaml no-guide.target links to a missing page "/guides/ghost/" ${hint}`,
      `content/situations.yaml no-category.target links to a missing page "/categories/misc/" ${hint}`,
      `content/situations.yaml no-purpose.target links to a missing page "/contacts/#funds-held" ${hint}`,
      `content/situations.yaml answer-elsewhere.target links to a missing page "/triage/buyer/ip-valid/" ${hint}`,
      `content/situations.yaml unlinkable.target links to a missing page "/about/" ${hint}`,
    ]);
  });

  it('names a missing triage node and a missing featured template', () => {
    expect(situationProblems([situation('odr', '/templates/good/', { triage: 'odr' })], ['good', 'ghost'])).toEqual([
      'content/situations.yaml odr.triage links to a missing triage node "odr"',
      'content/featured.yaml ghost features a missing template "ghost"',
    ]);
  });
});
