import { describe, expect, it } from 'vitest';
import { answerPages, triageEntryFor, triagePages, type TriageNode } from '../../src/lib/triage';
import { textWidth, triageMap, triageMapSvg, wrapText, type MapSituation } from '../../src/lib/triage-map';
import { triageNodeSchema } from '../../src/schemas/triage';

const both = (en: string, zh = `${en}（中文）`) => ({ zh, en });
const node = (id: string, overrides: Partial<TriageNode> = {}): TriageNode => ({
  id,
  ...triageNodeSchema.parse({ title: both(id) }),
  ...overrides,
});
const route = (label: string) => ({ label: both(label), text: both(`${label}.`) });
const nodes: TriageNode[] = [
  node('buyer', { order: 2, title: both('A buyer <problem> & more'), route: route('Reply'), templates: ['reply'] }),
  node('ip', {
    order: 1,
    title: both('IP complaint'),
    question: {
      text: both('Is it valid?'),
      options: [
        { label: both('Valid'), next: 'ip-valid' },
        { label: both('Not valid'), next: 'ip-invalid' },
      ],
    },
  }),
  node('ip-valid', { route: route('Appeal with a POA'), templates: ['poa', 'image'] }),
  node('ip-invalid', { route: route('Ask for a retraction') }),
];
const resolvers = {
  text: (b: { zh: string; en: string }) => b.en,
  href: (path: string) => `/en${path}`,
  template: (slug: string) => ({ label: `Template ${slug}`, href: `/en/templates/${slug}/` }),
};
const labels = { columns: ['What happened', 'Your answer', 'Route', 'Templates'] as const, noTemplate: 'No letter needed', idPrefix: 'tm' };

describe('triage pages', () => {
  it('give each situation and each answer its own address, in start-page order', () => {
    expect(triagePages(nodes).map((p) => p.path)).toEqual([
      '/triage/ip/',
      '/triage/ip/ip-valid/',
      '/triage/ip/ip-invalid/',
      '/triage/buyer/',
    ]);
    expect(answerPages(nodes).map((p) => p.node.id)).toEqual(['ip-valid', 'ip-invalid', 'buyer']);
  });
  it('lead from a template to the situation that uses it', () => {
    expect(triageEntryFor(nodes, 'image')).toBe('/triage/ip/');
    expect(triageEntryFor(nodes, 'reply')).toBe('/triage/buyer/');
    expect(triageEntryFor(nodes, 'unused')).toBeUndefined();
  });
});

describe('triageMap', () => {
  it('builds one entry per situation with its branches, options and templates', () => {
    const map = triageMap(nodes, resolvers);
    expect(map).toEqual<MapSituation[]>([
      {
        id: 'ip',
        situation: { label: 'IP complaint', href: '/en/triage/ip/' },
        question: 'Is it valid?',
        branches: [
          {
            option: 'Valid',
            route: { label: 'Appeal with a POA', href: '/en/triage/ip/ip-valid/' },
            templates: [resolvers.template('poa'), resolvers.template('image')],
          },
          { option: 'Not valid', route: { label: 'Ask for a retraction', href: '/en/triage/ip/ip-invalid/' }, templates: [] },
        ],
      },
      {
        id: 'buyer',
        situation: { label: 'A buyer <problem> & more', href: '/en/triage/buyer/' },
        branches: [{ route: { label: 'Reply', href: '/en/triage/buyer/' }, templates: [resolvers.template('reply')] }],
      },
    ]);
  });
});

describe('triageMapSvg', () => {
  const svg = triageMapSvg(triageMap(nodes, resolvers), labels);
  const numbers = (tag: string, attr: string) =>
    [...svg.matchAll(new RegExp(`<${tag}[^>]* ${attr}="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

  it('stays out of the way of assistive technology: hidden, its links out of the tab order', () => {
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
    const links = svg.match(/<a [^>]*>/g)!;
    // Situations, options, routes and templates all open their page.
    expect(links.length).toBe(2 + 2 + 3 + 3);
    for (const a of links) expect(a).toContain('tabindex="-1"');
  });

  it('has a node for each situation, in order, linking to its page', () => {
    expect([...svg.matchAll(/data-situation="([^"]+)"/g)].map((m) => m[1])).toEqual(['ip', 'buyer']);
    expect(svg).toContain('<a href="/en/triage/ip/" tabindex="-1" data-situation="ip">');
  });

  it('draws every option, route and template, and marks a route with no letter', () => {
    for (const text of [
      'Valid',
      'Not valid',
      'Appeal with a POA',
      'Ask for a retraction',
      'Reply',
      'Template poa',
      'Template image',
      'Template reply',
      'No letter needed',
      'Is it valid?',
    ]) {
      expect(svg).toContain(`>${text}</tspan>`);
    }
    expect([...svg.matchAll(/data-route="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/en/triage/ip/ip-valid/',
      '/en/triage/ip/ip-invalid/',
      '/en/triage/buyer/',
    ]);
    expect(svg.match(/data-template/g)).toHaveLength(3);
    expect([...svg.matchAll(/<a href="([^"]+)" tabindex="-1" data-option>/g)].map((m) => m[1])).toEqual([
      '/en/triage/ip/ip-valid/',
      '/en/triage/ip/ip-invalid/',
    ]);
  });

  it('gives a shortened template title its full text as a tooltip', () => {
    const long = 'A very long template title that cannot fit on two lines of the templates column of the route map, not even close';
    const drawn = triageMapSvg(
      triageMap(nodes, { ...resolvers, template: (slug) => ({ label: slug === 'reply' ? long : slug, href: `/t/${slug}/` }) }),
      labels,
    );
    expect(drawn).toContain(`<a href="/t/reply/" tabindex="-1" data-template><title>${long}</title>`);
    expect(drawn).toContain('<a href="/t/poa/" tabindex="-1" data-template><circle');
  });

  it('escapes text', () => {
    expect(svg).toContain('A buyer &lt;problem&gt; &amp;');
    expect(svg).not.toContain('<problem>');
  });

  it('keeps every box inside the drawing, and situations apart', () => {
    const [width, height] = [Number(/ width="(\d+)"/.exec(svg)![1]), Number(/ height="(\d+)"/.exec(svg)![1])];
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    const xs = numbers('rect', 'x');
    const ys = numbers('rect', 'y');
    const ws = numbers('rect', 'width');
    const hs = numbers('rect', 'height');
    xs.forEach((x, i) => {
      expect(x + ws[i]!).toBeLessThanOrEqual(width);
      expect(ys[i]! + hs[i]!).toBeLessThanOrEqual(height);
    });
    const situations = [...svg.matchAll(/<rect class="tm-box tm-sit" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map(
      (m) => [Number(m[1]), Number(m[2])] as const,
    );
    expect(situations).toHaveLength(2);
    expect(situations[0]![0] + situations[0]![1]).toBeLessThan(situations[1]![0]);
  });

  it('grows with the content', () => {
    const longer = triageMapSvg(triageMap([...nodes, node('third', { order: 3, route: route('Wait') })], resolvers), labels);
    expect(Number(/ height="(\d+)"/.exec(longer)![1])).toBeGreaterThan(Number(/ height="(\d+)"/.exec(svg)![1]));
  });
});

describe('wrapText', () => {
  it('breaks Latin text at spaces and keeps every line within the width', () => {
    const lines = wrapText('Appeal in Account Health with a Plan of Action', 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Appeal in Account Health with a Plan of Action');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
  });

  it('breaks Chinese between characters but never before closing punctuation', () => {
    const text = '写行动计划（POA），在账户状况中申诉，补交证明文件';
    const lines = wrapText(text, 80, 13);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(line).not.toMatch(/^[，）。]/);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(80);
  });

  it('keeps an opening bracket with the text after it', () => {
    const lines = wrapText('账户被停用（deactivated）', 6 * 14, 14);
    expect(lines.join('')).toBe('账户被停用（deactivated）');
    for (const line of lines) expect(line).not.toMatch(/（$/);
  });

  it('ends the last kept line with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 13, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1]!, 13)).toBeLessThanOrEqual(60);
  });

  it('breaks a word wider than the box', () => {
    const lines = wrapText('web-entry-points-us-performance-notifications', 100, 13);
    expect(lines.join('')).toBe('web-entry-points-us-performance-notifications');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(100);
  });

  it('measures Chinese wider than Latin', () => {
    expect(textWidth('账户', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeLessThan(20);
  });
});
