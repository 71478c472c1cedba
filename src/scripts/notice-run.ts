/**
 * The notice element's working part, loaded on the first paste (src/scripts/notice-box.ts): decodes the text with
 * src/lib/notice.ts, fetches the page language's texts once (/island/notice-<locale>.json, which holds no notice
 * text), and draws the answer: the kind (or two or three candidates, or a search), what it asks for, the deadlines as
 * dates with an .ics download, what the notice names, and one button that starts a case and opens the letter with its
 * fields filled. Everything from the notice is set as text (textContent), never as markup; nothing is sent or stored
 * until the reader starts a case.
 */
import { localToday, daysUntil } from '../lib/deadlines';
import { format } from '../lib/format';
import type { DecodedNotice, NoticeDeadline, NoticeMatch } from '../lib/notice';
import type { NoticeKindView, NoticeView } from '../lib/notice-view';
import { type Child, download, h } from './dom';

/** The decoder and its table: a chunk of its own (the size the built-site test holds to 15 KB gzip). */
const decoder = () => import('../lib/notice');

const fetched = new Map<string, Promise<unknown>>();
/** A same-site JSON file, once per page; the URL never holds anything from the notice. */
function json<T>(url: string): Promise<T> {
  let answer = fetched.get(url);
  if (!answer) {
    answer = fetch(url, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(`notice texts: HTTP ${r.status}`);
      return r.json();
    });
    answer.catch(() => fetched.delete(url));
    fetched.set(url, answer);
  }
  return answer as Promise<T>;
}
/** /island/notice-<locale>.json → /island/notice/<locale>/<kind>.json */
const kindUrl = (viewUrl: string, id: string) => viewUrl.replace(/notice-([\w-]+)\.json$/, `notice/$1/${id}.json`);

/** What a search from a notice may carry: its words, without numbers, addresses, IDs or anything that names a person. */
export function searchQueryOf(phrases: readonly string[]): string {
  return phrases
    .join(' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/https?:\S+/g, ' ')
    .replace(/[\p{N}#*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

export function attachNotice(box: HTMLElement): void {
  if (box.dataset.attached !== undefined) return;
  box.dataset.attached = '';
  const text = box.querySelector<HTMLTextAreaElement>('[data-notice-text]')!;
  const dateInput = box.querySelector<HTMLInputElement>('[data-notice-date]');
  const result = box.querySelector<HTMLElement>('[data-notice-result]')!;
  const viewUrl = box.dataset.view ?? '';
  let pastedLength = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;
  let runId = 0;

  const read = async () => {
    const id = ++runId;
    const value = text.value;
    if (!value.trim()) {
      result.replaceChildren();
      return;
    }
    const today = localToday(new Date());
    const given = dateInput?.value || undefined;
    let decoded: DecodedNotice;
    let view: NoticeView;
    let kinds: Record<string, NoticeKindView>;
    let max: number;
    try {
      const lib = await decoder();
      max = lib.MAX_NOTICE_CHARS;
      decoded = lib.decodeNotice(value, { today, ...(given ? { noticeDate: given } : {}) });
      const ids = decoded.confidence === 'none' ? [] : decoded.matches.map((m) => m.id);
      const [v, ...texts] = await Promise.all([json<NoticeView>(viewUrl), ...ids.map((k) => json<NoticeKindView>(kindUrl(viewUrl, k)))]);
      view = v;
      kinds = Object.fromEntries(ids.map((k, i) => [k, texts[i]!]));
    } catch {
      return;
    }
    if (id !== runId) return; // a newer paste is on its way
    render(decoded, { ...view, kinds }, value, today, max, pastedLength > max || decoded.truncated);
  };
  const soon = (delay: number) => {
    clearTimeout(typing);
    typing = setTimeout(() => void read(), delay);
  };

  text.addEventListener('paste', (event) => {
    pastedLength = event.clipboardData?.getData('text')?.length ?? 0;
  });
  text.addEventListener('input', () => soon(300));
  dateInput?.addEventListener('change', () => soon(0));
  box.addEventListener('notice:read', (event) => {
    const pasted = (event as CustomEvent<{ pasted: number }>).detail?.pasted ?? 0;
    if (pasted) pastedLength = pasted;
    soon(0);
  });
  box.querySelector('[data-notice-clear]')?.addEventListener('click', () => {
    text.value = '';
    if (dateInput) dateInput.value = '';
    pastedLength = 0;
    result.replaceChildren();
    text.focus();
  });

  function render(
    decoded: DecodedNotice,
    view: NoticeView & { kinds: Record<string, NoticeKindView> },
    noticeText: string,
    today: string,
    max: number,
    cut: boolean,
  ) {
    const s = (key: string, params: Record<string, string | number> = {}) => format(view.strings[key] ?? key, params);
    // Headings one level below the box's own (h1 on the notice page, h2 elsewhere).
    const level = box.dataset.level === '2' ? 'h2' : 'h3';
    const section = (title: string, ...children: Child[]) =>
      h('section', { className: 'notice-section mt-4' }, h(level, { className: 'font-bold' }, title), ...children);
    const list = (items: Child[][], className = 'list-disc pl-5') => h('ul', { className }, ...items.map((item) => h('li', null, ...item)));
    const link = (href: string, label: string) => h('a', { href }, label);
    const parts: Node[] = [];
    if (cut) parts.push(h('p', { className: 'callout-warn' }, s('truncated', { max: max.toLocaleString() })));

    const kindCard = (match: NoticeMatch, open: boolean) => {
      const kind = view.kinds[match.id];
      if (!kind) return h('div', null);
      const letters = [
        ...match.templates.flatMap((slug) => (view.templates[slug] ? [[link(view.templates[slug].url, view.templates[slug].title)]] : [])),
        ...match.guides.flatMap((slug) => (view.guides[slug] ? [[link(view.guides[slug].url, view.guides[slug].title)]] : [])),
      ];
      const body = h(
        'div',
        { className: 'notice-kind-body' },
        section(
          s('needs'),
          h(
            'p',
            null,
            ...kind.actions.flatMap((a, i) => [h('span', { className: i ? 'badge' : 'badge badge-accent' }, s(`action.${a}`)), ' ']),
          ),
          h('p', { className: 'mt-1' }, kind.actionText),
        ),
        section(s('meaning'), h('p', null, kind.meaning)),
        section(
          s('route'),
          h('p', null, kind.route),
          h('p', { className: 'text-sm muted' }, s('asOf', { date: kind.asOf, source: kind.source.name })),
        ),
        ...(kind.documents.length ? [section(s('documents'), list(kind.documents.map((d) => [d])))] : []),
        ...(letters.length ? [section(s('letters'), list(letters))] : []),
        ...(match.phrases.length
          ? [
              h(
                'p',
                { className: 'text-sm muted mt-3' },
                `${s('matched')}: `,
                ...match.phrases.slice(0, 6).flatMap((p, i) => [i ? ' · ' : '', h('q', null, p)]),
              ),
            ]
          : []),
      );
      // The summary line answers first: what it is, what it asks, and by when.
      const first = decoded.deadlines.find((d) => d.date && d.kind !== 'after');
      const summary = h(
        'summary',
        { className: 'cursor-pointer' },
        h('strong', { className: 'text-lg notice-kind-name' }, kind.name),
        h(
          'span',
          { className: 'text-sm' },
          ` · ${s(`action.${kind.actions[0]}`)}${first?.date ? ` · ${s('deadlines')} ${first.date}` : ''}`,
        ),
      );
      const card = h('details', { className: 'card p-3 mt-3 notice-kind', open }, summary, body);
      card.dataset.kind = match.id;
      return card;
    };

    if (decoded.confidence === 'high') {
      parts.push(h('p', { className: 'muted' }, s('likely')), kindCard(decoded.matches[0]!, true));
    } else if (decoded.confidence === 'low') {
      parts.push(h('p', { className: 'callout-warn' }, s('candidates')), ...decoded.matches.map((m, i) => kindCard(m, i === 0)));
    } else {
      const query = searchQueryOf(decoded.keyPhrases);
      parts.push(
        h('p', { className: 'callout-warn' }, s('none')),
        h('p', { className: 'mt-2' }, s('searchHint')),
        list([
          ...(query ? [[link(`${view.links.search}?q=${encodeURIComponent(query)}`, s('search', { query }))]] : []),
          [link(view.links.triage, s('triage'))],
        ]),
      );
    }
    const best = decoded.confidence === 'none' ? undefined : decoded.matches[0];

    // Deadlines, as dates.
    const period = (d: NoticeDeadline) => (d.count && d.unit ? s(`unit.${d.unit}`, { count: d.count }) : '');
    const left = (date: string) => {
      const n = daysUntil(today, date);
      return n === undefined ? '' : n > 0 ? s('daysLeft', { count: n }) : n === 0 ? s('daysToday') : s('daysPast', { count: -n });
    };
    const lineOf = (d: NoticeDeadline) => (d.date ? s(`deadline.${d.kind}`, { period: period(d), date: d.date }) : period(d));
    const noticeDate = dateInput?.value || decoded.extracted.noticeDate || today;
    const deadlineItems = decoded.deadlines.map((d) => {
      const li = h(
        'li',
        { className: 'mb-1' },
        h('strong', null, lineOf(d)),
        d.date ? ` · ${left(d.date)}` : '',
        h('br', null),
        h('span', { className: 'text-sm muted' }, h('q', null, d.text), ' · ', s(`from.${d.from}`, { date: noticeDate })),
      );
      li.dataset.deadline = d.kind;
      if (d.date) li.dataset.date = d.date;
      return li;
    });
    const icsButton = h('button', { type: 'button', className: 'btn mt-2' }, s('ics'));
    icsButton.addEventListener('click', async () => {
      const { upcomingDeadlines } = await import('../lib/notice-case');
      const upcoming = upcomingDeadlines(decoded.deadlines, today);
      const kindName = best ? (view.kinds[best.id]?.name ?? '') : '';
      if (!upcoming.length) return status(s('icsNone'));
      void import('../lib/ics').then(({ buildCalendar, deadlineUid }) => {
        const stamp = `notice-${noticeDate}-${upcoming.map((d) => d.date).join('')}`.replace(/[^\w-]/g, '');
        const text = buildCalendar(
          upcoming.map((d, i) => ({
            uid: deadlineUid(stamp, String(i)),
            date: d.date,
            summary: `${lineOf(d)} · ${kindName}`,
            description: d.text,
            alarmDaysBefore: 1,
          })),
          new Date(),
          s('icsName', { kind: kindName }),
        );
        download(`amazon-notice-deadlines-${noticeDate}.ics`, 'text/calendar', text);
      });
    });
    parts.push(
      section(
        s('deadlines'),
        ...(deadlineItems.length
          ? [h('ul', { className: 'notice-deadlines' }, ...deadlineItems), icsButton]
          : [h('p', { className: 'muted' }, s('deadlineNone'))]),
      ),
    );

    // What the notice names.
    const e = decoded.extracted;
    const rows: [string, string][] = [
      ['asins', e.asins.join(' · ')],
      ['orderIds', e.orderIds.join(' · ')],
      ['dates', e.dates.map((d) => d.date).join(' · ')],
      ['amounts', e.amounts.map((a) => a.text).join(' · ')],
      ['marketplace', e.marketplaces.join(' · ')],
      ['policies', e.policies.join(' · ')],
      ['complaintIds', e.complaintIds.join(' · ')],
      ['rightsOwner', [e.rightsOwner.name, e.rightsOwner.email].filter(Boolean).join(' · ')],
      ['subject', e.subject ?? ''],
    ];
    const shown = rows.filter(([, value]) => value);
    const facts = h(
      'dl',
      { className: 'notice-facts' },
      ...shown.flatMap(([key, value]) => {
        const dd = h('dd', null, value);
        dd.dataset.field = key;
        return [h('dt', { className: 'font-semibold' }, s(`field.${key}`)), dd];
      }),
    );
    parts.push(section(s('found'), ...(shown.length ? [facts] : [h('p', { className: 'muted' }, s('foundNone'))])));

    // One click: a case from this notice, and the letter with its fields filled.
    const template = best?.templates.map((slug) => ({ slug, t: view.templates[slug] })).find((x) => x.t);
    const start = h('button', { type: 'button', className: 'btn btn-primary' }, template ? s('start') : s('startCase'));
    start.dataset.noticeStart = '';
    start.addEventListener('click', async () => {
      const [{ caseFromNotice, prefillValues, savePrefill, startCase }, { readableStorage }] = await Promise.all([
        import('../lib/notice-case'),
        import('../lib/saved-values'),
      ]);
      const storage = readableStorage(() => window.localStorage);
      const now = Date.now();
      const kindName = best ? (view.kinds[best.id]?.name ?? s('title')) : s('title');
      const item = caseFromNotice(
        {
          text: noticeText,
          decoded,
          noticeDate,
          kindName,
          deadlinesHeading: s('caseDeadlines'),
          deadlineLines: decoded.deadlines.map((d) => `${lineOf(d)} — ${d.text}`),
        },
        now,
      );
      const written = storage ? startCase(storage, item) : { ok: false as const, reason: 'full' as const };
      if (!written.ok || !storage) return status(s('storageFailed'));
      if (template) savePrefill(storage, template.slug, prefillValues(decoded, template.t!.fields, noticeDate), now);
      status(s('started'));
      location.assign(template ? template.t!.url : view.links.case);
    });
    const statusLine = h('p', { className: 'text-sm mt-2', role: 'status' });
    const status = (message: string) => {
      statusLine.textContent = message;
    };
    parts.push(h('div', { className: 'mt-4' }, start, statusLine), h('p', { className: 'text-sm muted mt-3' }, s('notLegal')));
    result.replaceChildren(...parts);
    result.dataset.confidence = decoded.confidence;
  }
}
