/**
 * The route map of the triage: situations → (the answer to the follow-up question) → route → templates, drawn
 * as an inline SVG at build time. Pure: the page and the nested list next to the drawing share the same
 * MapSituation[] tree, so the picture and its text alternative cannot drift apart.
 */
import { situationsOf, triagePath, type Bilingual, type TriageNode } from './triage.ts';

export interface MapLink {
  label: string;
  href: string;
}

export interface MapBranch {
  /** The option chosen on the way, when the situation asks a question. */
  option?: string;
  /** Name of the route, linking to the answer page. */
  route: MapLink;
  templates: MapLink[];
}

export interface MapSituation {
  id: string;
  situation: MapLink;
  question?: string;
  branches: MapBranch[];
}

export interface MapResolvers {
  /** This locale's side of a bilingual text. */
  text: (value: Bilingual) => string;
  /** Link for a locale-free site path (adds the locale prefix and deploy base). */
  href: (path: string) => string;
  /** Title and link of a template. */
  template: (slug: string) => MapLink;
}

/** The triage as a localized tree, one entry per situation in start-page order. */
export function triageMap(nodes: readonly TriageNode[], r: MapResolvers): MapSituation[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const branch = (situation: TriageNode, answer: TriageNode, option?: string): MapBranch => ({
    ...(option === undefined ? {} : { option }),
    route: { label: r.text(answer.route!.label), href: r.href(triagePath(situation.id, answer === situation ? undefined : answer.id)) },
    templates: answer.templates.map(r.template),
  });
  return situationsOf(nodes).map((s) => ({
    id: s.id,
    situation: { label: r.text(s.title), href: r.href(triagePath(s.id)) },
    ...(s.question ? { question: r.text(s.question.text) } : {}),
    branches: s.question
      ? s.question.options.flatMap((o) => {
          const answer = byId.get(o.next);
          return answer?.route ? [branch(s, answer, r.text(o.label))] : [];
        })
      : s.route
        ? [branch(s, s)]
        : [],
  }));
}

/** Full-width characters: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Punctuation that must not start a line; it sticks to the character before it. */
const NO_LINE_START = /^[，。、；：！？）」』》〉”’,.;:!?)\]…]$/;
/** Punctuation that must not end a line; it sticks to the character after it. */
const NO_LINE_END = /^[（「『《〈“‘(]$/;

/** Estimated rendered width of a text in the system sans font, erring wide so text stays inside its box. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    // Curly quotes are set full-width by the CJK fonts in the stack.
    if (WIDE.test(ch) || /[“”‘’]/.test(ch)) em += 1;
    else if (ch === ' ') em += 0.34;
    else if (/[iljtfrI.,;:'!|()[\]-]/.test(ch)) em += 0.4;
    else if (/[A-Z0-9mwMW@&%]/.test(ch)) em += 0.76;
    else em += 0.63;
  }
  return em * size * (bold ? 1.12 : 1);
}

/** Lines of at most maxWidth: Latin text breaks at spaces, Chinese between characters; the last line kept ends in "…". */
export function wrapText(text: string, maxWidth: number, size: number, options: { maxLines?: number; bold?: boolean } = {}): string[] {
  const { maxLines = Infinity, bold = false } = options;
  const width = (s: string) => textWidth(s, size, bold);
  const tokens: string[] = [];
  let opening = '';
  for (const piece of text.trim().match(/[^\s]+\s*/g) ?? []) {
    // Split Latin words from runs of wide characters; each wide character may end a line.
    for (const part of piece.match(new RegExp(`${WIDE.source}\\s*|[^${WIDE.source.slice(1, -1)}]+`, 'g')) ?? []) {
      if (NO_LINE_END.test(part.trim())) opening += part;
      else if (NO_LINE_START.test(part.trim()) && tokens.length) tokens[tokens.length - 1] += part;
      else {
        tokens.push(opening + part);
        opening = '';
      }
    }
  }
  if (opening) tokens.push(opening);
  const lines: string[] = [];
  let line = '';
  const push = (token: string) => {
    if (width(token.trimEnd()) <= maxWidth) return void (line = token);
    // A single word wider than the box: break it between characters.
    let chunk = '';
    for (const ch of token) {
      if (chunk && width(chunk + ch) > maxWidth) {
        lines.push(chunk);
        chunk = '';
      }
      chunk += ch;
    }
    line = chunk;
  };
  for (const token of tokens) {
    if (!line) push(token);
    else if (width((line + token).trimEnd()) <= maxWidth) line += token;
    else {
      lines.push(line.trimEnd());
      push(token);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && width(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

export interface MapLabels {
  /** Column headings: situation, answer, route, templates. */
  columns: readonly [string, string, string, string];
  /** Shown in the templates column when a route needs no letter. */
  noTemplate: string;
  /** Prefix for the ids inside the SVG (the arrow marker), unique on the page. */
  idPrefix: string;
}

const SIZE = { header: 12, situation: 14, question: 12.5, option: 13, route: 13.5, template: 12.5 };
const LINE = 1.35;
const PAD_X = 10;
const PAD_Y = 8;
const GAP_X = 30;
const ROW_GAP = 10;
const GROUP_GAP = 24;
const HEADER = 30;
const MARGIN = 4;
const COL_WIDTH = [200, 160, 210, 330] as const;
const COL_X = COL_WIDTH.map((_, i) => MARGIN + COL_WIDTH.slice(0, i).reduce((sum, w) => sum + w + GAP_X, 0));
const BULLET = 12;

const lineHeight = (size: number) => size * LINE;
const num = (n: number) => String(Math.round(n * 10) / 10);

/** Lines of text starting at (x, top); the caller measured them with the same size. */
function textLines(lines: readonly string[], x: number, top: number, size: number, className: string): string {
  const spans = lines.map((l, i) => `<tspan x="${num(x)}" y="${num(top + i * lineHeight(size) + size * 1.02)}">${escapeXml(l)}</tspan>`);
  return `<text class="${className}" font-size="${size}">${spans.join('')}</text>`;
}

const box = (x: number, y: number, w: number, h: number, className: string, radius = 6) =>
  `<rect class="${className}" x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${radius}"/>`;
const link = (href: string, body: string, attributes = '') => `<a href="${escapeXml(href)}" tabindex="-1"${attributes}>${body}</a>`;

/** Elbow connector from the right edge of one box to the left edge of the next, ending in an arrow. */
function edge(x1: number, y1: number, x2: number, y2: number, marker: string): string {
  const mid = x1 + GAP_X / 2;
  const d = Math.abs(y1 - y2) < 0.5 ? `M${num(x1)} ${num(y1)}H${num(x2)}` : `M${num(x1)} ${num(y1)}H${num(mid)}V${num(y2)}H${num(x2)}`;
  return `<path class="tm-edge" d="${d}" marker-end="url(#${marker})"/>`;
}

interface Measured {
  lines: string[];
  height: number;
}
const measure = (text: string, width: number, size: number, maxLines: number, bold = false): Measured => {
  const lines = wrapText(text, width - 2 * PAD_X, size, { maxLines, bold });
  return { lines, height: 2 * PAD_Y + lines.length * lineHeight(size) };
};

/**
 * The whole map as an SVG string; colours come from CSS classes. The drawing is for the eye and the mouse: it is
 * hidden from assistive technology and its links are out of the tab order, because the page gives the same tree
 * as a nested list with real links right after it (an image role cannot contain links).
 */
export function triageMapSvg(map: readonly MapSituation[], labels: MapLabels): string {
  const arrow = `${labels.idPrefix}-arrow`;
  const width = COL_X[3]! + COL_WIDTH[3] + MARGIN;
  const parts: string[] = [];
  const headers = labels.columns.map((c, i) => textLines([c], COL_X[i]!, 6, SIZE.header, 'tm-header'));
  let y = HEADER;
  map.forEach((s, index) => {
    const title = measure(s.situation.label, COL_WIDTH[0], SIZE.situation, 3, true);
    const question = s.question ? wrapText(s.question, COL_WIDTH[0] - 2 * PAD_X, SIZE.question, { maxLines: 4 }) : [];
    const situationHeight = title.height + (question.length ? 4 + question.length * lineHeight(SIZE.question) : 0);
    const rows = s.branches.map((b) => {
      const option = b.option === undefined ? undefined : measure(b.option, COL_WIDTH[1], SIZE.option, 4);
      const route = measure(b.route.label, COL_WIDTH[2], SIZE.route, 4, true);
      const templates = (b.templates.length ? b.templates : [{ label: labels.noTemplate, href: '' }]).map((t) => ({
        ...t,
        lines: wrapText(t.label, COL_WIDTH[3] - 2 * PAD_X - BULLET, SIZE.template, { maxLines: 2 }),
      }));
      const templatesHeight =
        2 * PAD_Y + templates.reduce((sum, t) => sum + t.lines.length * lineHeight(SIZE.template), 0) + (templates.length - 1) * 4;
      return { branch: b, option, route, templates, templatesHeight, height: Math.max(option?.height ?? 0, route.height, templatesHeight) };
    });
    const rowsHeight = rows.reduce((sum, r) => sum + r.height, 0) + Math.max(0, rows.length - 1) * ROW_GAP;
    const groupHeight = Math.max(situationHeight, rowsHeight);
    const group: string[] = [];
    const sitY = y + (groupHeight - situationHeight) / 2;
    const sitBody = [
      box(COL_X[0]!, sitY, COL_WIDTH[0], situationHeight, 'tm-box tm-sit'),
      textLines(title.lines, COL_X[0]! + PAD_X, sitY + PAD_Y, SIZE.situation, 'tm-strong'),
      question.length ? textLines(question, COL_X[0]! + PAD_X, sitY + title.height - PAD_Y + 4, SIZE.question, 'tm-muted') : '',
    ].join('');
    group.push(link(s.situation.href, sitBody, ` data-situation="${escapeXml(s.id)}"`));
    const sitMid = sitY + situationHeight / 2;
    let rowY = y + (groupHeight - rowsHeight) / 2;
    for (const row of rows) {
      const mid = rowY + row.height / 2;
      const routeX = COL_X[2]!;
      if (row.option) {
        const oy = mid - row.option.height / 2;
        group.push(edge(COL_X[0]! + COL_WIDTH[0], sitMid, COL_X[1]!, mid, arrow));
        const optionBody =
          box(COL_X[1]!, oy, COL_WIDTH[1], row.option.height, 'tm-box tm-option', 12) +
          textLines(row.option.lines, COL_X[1]! + PAD_X, oy + PAD_Y, SIZE.option, 'tm-text');
        group.push(link(row.branch.route.href, optionBody, ' data-option'));
        group.push(edge(COL_X[1]! + COL_WIDTH[1], mid, routeX, mid, arrow));
      } else {
        group.push(edge(COL_X[0]! + COL_WIDTH[0], sitMid, routeX, mid, arrow));
      }
      const ry = mid - row.route.height / 2;
      const routeBody =
        box(routeX, ry, COL_WIDTH[2], row.route.height, 'tm-box tm-route') +
        textLines(row.route.lines, routeX + PAD_X, ry + PAD_Y, SIZE.route, 'tm-strong tm-route-text');
      group.push(link(row.branch.route.href, routeBody, ` data-route="${escapeXml(row.branch.route.href)}"`));
      group.push(edge(routeX + COL_WIDTH[2], mid, COL_X[3]!, mid, arrow));
      const ty = mid - row.templatesHeight / 2;
      group.push(box(COL_X[3]!, ty, COL_WIDTH[3], row.templatesHeight, 'tm-box tm-templates'));
      let lineY = ty + PAD_Y;
      for (const t of row.templates) {
        const textX = COL_X[3]! + PAD_X + BULLET;
        if (t.href) {
          const dot = `<circle class="tm-dot" cx="${num(COL_X[3]! + PAD_X + 3)}" cy="${num(lineY + lineHeight(SIZE.template) / 2)}" r="2.5"/>`;
          // A shortened title shows in full as the pointer's tooltip.
          const tooltip = t.lines.at(-1)!.endsWith('…') ? `<title>${escapeXml(t.label)}</title>` : '';
          group.push(link(t.href, tooltip + dot + textLines(t.lines, textX, lineY, SIZE.template, 'tm-template'), ' data-template'));
        } else {
          group.push(textLines(t.lines, COL_X[3]! + PAD_X, lineY, SIZE.template, 'tm-muted'));
        }
        lineY += t.lines.length * lineHeight(SIZE.template) + 4;
      }
      rowY += row.height + ROW_GAP;
    }
    if (index > 0) parts.push(`<path class="tm-sep" d="M${MARGIN} ${num(y - GROUP_GAP / 2)}H${num(width - MARGIN)}"/>`);
    parts.push(`<g class="tm-group">${group.join('')}</g>`);
    y += groupHeight + GROUP_GAP;
  });
  const height = Math.ceil(y - GROUP_GAP + MARGIN);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="triage-map" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">`,
    `<defs><marker id="${arrow}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path class="tm-arrow" d="M0 0L8 4L0 8z"/></marker></defs>`,
    headers.join(''),
    parts.join(''),
    '</svg>',
  ].join('');
}
