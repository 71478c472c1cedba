/**
 * <case-file>: the case page's element. The forms are rendered on the server (src/components/CaseApp.astro); this
 * shows them, keeps the file in localStorage (src/lib/case-store.ts), and draws the lists. Everything the reader
 * typed is set as text (textContent, form values), never as markup, and nothing leaves the browser.
 */
import { caseTemplates, emptyFile, MAX_IMPORT_BYTES, mergeFiles, newCase, newId, sortEntries, type Case, type CaseEntry, type CaseFile, type EntryType } from '../lib/case-file';
import { evidenceKey } from '../lib/case-evidence';
import { CASE_STORAGE_KEY, PENDING_KEY, deleteCase, fileLetter, importInto, parseStored, readPending, readStored, writeExact, writeMerged, type PendingLetter, type WriteResult } from '../lib/case-store';
import { datedDeadlines, localToday, type DatedDeadline, type DeadlineRule } from '../lib/deadlines';
import { format } from '../lib/format';
import { readableStorage } from '../lib/saved-values';
import { CURRENT_CASE_KEY } from '../lib/storage-keys';

export interface CaseDeadline extends DeadlineRule {
  name: string;
  /** "60 days, counted from the notice", in the page language. */
  counts: string;
  hedge?: string;
  source: string;
}

export interface CaseConfig {
  /** The `case.*` UI strings in the page language, without the prefix. */
  strings: Record<string, string>;
  /** Triage answers a case can start from, with the templates they suggest. */
  situations: { id: string; title: string; templates: string[] }[];
  /** Every template's title and evidence list, in the page language. */
  templates: Record<string, { title: string; evidence: { id: string; label: string; required: boolean; notes?: string }[] }>;
  deadlines: CaseDeadline[];
  /** The site's home in this locale, for links to templates. */
  base: string;
}

const CURRENT_KEY = CURRENT_CASE_KEY;

type Child = Node | string;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

class CaseFileElement extends HTMLElement {
  connectedCallback() {
    if (this.dataset.ready !== undefined) return;
    this.dataset.ready = '';
    const config = JSON.parse(this.dataset.config ?? '{}') as CaseConfig;
    const s = (key: string, params: Record<string, string | number> = {}) => format(config.strings[key] ?? key, params);
    const one = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const situations = new Map(config.situations.map((x) => [x.id, x]));
    const title = (slug: string) => config.templates[slug]?.title ?? slug;

    const storage = readableStorage(() => window.localStorage);
    let file: CaseFile = emptyFile();
    let blocked = false;
    let current: string | null = null;
    const status = one('[data-status]');
    const say = (message: string) => {
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    };
    const warning = one('[data-storage-warning]');
    const warn = (key: string) => {
      one('[data-storage-text]').textContent = s(`storage.${key}`);
      warning.hidden = false;
    };

    if (!storage) warn('unavailable');
    else {
      const stored = readStored(storage);
      file = stored.file;
      if (stored.problem) warn(stored.problem);
      blocked = stored.problem === 'newer';
      current = storage.getItem(CURRENT_KEY);
    }

    const caseNow = () => file.cases.find((c) => c.id === current);
    const store = (write: (st: Storage) => WriteResult, next: CaseFile) => {
      file = next;
      if (!storage || blocked) return;
      const result = write(storage as Storage);
      if (result.ok) file = result.file;
      else warn(result.reason);
    };
    const commit = (next: CaseFile, message?: string) => {
      store((st) => writeMerged(st, next), next);
      render();
      if (message) say(message);
    };
    const update = (change: (c: Case) => Case, message?: string) => commit({ ...file, cases: file.cases.map((c) => (c.id === current ? change(c) : c)) }, message);
    const select = (id: string | null) => {
      current = id;
      try {
        if (id) storage?.setItem(CURRENT_KEY, id);
      } catch {
        /* only the choice of case is lost */
      }
    };

    // --- the lists -------------------------------------------------------------------------------------------
    const pick = one<HTMLSelectElement>('[data-case-select]');
    const fields = one<HTMLFormElement>('[data-case-fields]');
    const dayText = (d: DatedDeadline<CaseDeadline>) =>
      d.daysLeft === undefined || d.rule.kind === 'earliest' ? '' : d.daysLeft > 0 ? s('daysLeft', { count: d.daysLeft }) : d.daysLeft === 0 ? s('daysToday') : s('daysPast', { count: -d.daysLeft });
    const deadlinesOf = (c: Case) =>
      datedDeadlines(config.deadlines, { noticeDate: c.noticeDate, appealDates: c.entries.filter((e) => e.type === 'appeal').map((e) => e.date) }, localToday(new Date()));
    const entryLabel = (e: Pick<CaseEntry, 'type' | 'template' | 'subject'>) =>
      [s(`entry.${e.type}`), e.template ? title(e.template) : '', e.subject ?? ''].filter(Boolean).join(' · ');

    // Soonest first; what has no date yet, and the earliest invoice date (not something to act by), after.
    const when = (d: DatedDeadline<CaseDeadline>) => (d.date && d.rule.kind !== 'earliest' ? d.date : '9');
    const renderDeadlines = (c: Case) => {
      const dated = deadlinesOf(c).sort((a, b) => when(a).localeCompare(when(b)));
      one('[data-deadlines-need]').hidden = Boolean(c.noticeDate);
      one('[data-deadline-list]').replaceChildren(
        ...dated.map((d) =>
          h(
            'li',
            { className: 'card p-3 text-sm' },
            h('p', { className: 'font-semibold' }, d.rule.name),
            h('p', null, h('strong', null, d.date ?? s('dateUnknown')), d.date && dayText(d) ? ` · ${dayText(d)}` : ''),
            h('p', { className: 'muted' }, d.rule.counts),
            ...(d.rule.hedge ? [h('p', null, h('span', { className: 'badge badge-warn' }, s('hedged')), ` ${d.rule.hedge}`)] : []),
            h('p', { className: 'muted' }, `${s('source')}: `, h('a', { href: `#deadline-${d.rule.id}` }, d.rule.source)),
          ),
        ),
      );
    };

    const renderEvidence = (c: Case) => {
      const items = caseTemplates(c).flatMap((slug) => (config.templates[slug]?.evidence ?? []).map((item) => ({ slug, item })));
      one('[data-evidence-empty]').hidden = items.length > 0;
      one('[data-evidence-list]').replaceChildren(
        ...items.map(({ slug, item }) => {
          const key = evidenceKey(slug, item.id);
          const state = c.evidence[key] ?? { done: false, note: '', updatedAt: 0 };
          const id = `ev-${key.replace(/\//g, '--')}`;
          const box = h('input', { type: 'checkbox', id, checked: state.done, className: 'mt-1' });
          const note = h('input', { type: 'text', className: 'input mt-1', value: state.note, placeholder: s('evidenceNoteHint'), maxLength: 2000 });
          note.setAttribute('aria-label', `${s('evidenceNote')}: ${item.label}`);
          const save = () => update((x) => ({ ...x, evidence: { ...x.evidence, [key]: { done: box.checked, note: note.value, updatedAt: Date.now() } } }));
          box.addEventListener('change', save);
          note.addEventListener('change', save);
          return h(
            'li',
            { className: 'text-sm' },
            h('div', { className: 'flex gap-2 items-start' }, box, h('label', { htmlFor: id }, item.label, item.required ? h('span', { className: 'badge ml-2' }, s('evidenceRequired')) : '')),
            ...(item.notes ? [h('p', { className: 'muted' }, item.notes)] : []),
            h('p', { className: 'muted' }, title(slug)),
            note,
          );
        }),
      );
    };

    const renderTimeline = (c: Case) => {
      const notice = c.noticeDate || c.noticeText ? [{ id: '', type: 'notice', date: c.noticeDate, text: c.noticeText }] : [];
      const entries = [...notice, ...sortEntries(c.entries)] as (Omit<CaseEntry, 'type' | 'updatedAt'> & { type: EntryType | 'notice' })[];
      one('[data-timeline-empty]').hidden = entries.length > 0;
      one('[data-timeline]').replaceChildren(
        ...entries.map((e) => {
          const li = h('li', { className: 'mb-4' }, h('p', null, h('strong', null, e.date), ` · ${entryLabel(e as CaseEntry)}`));
          li.dataset.entry = e.type;
          if (e.text) li.append(h('details', null, h('summary', { className: 'cursor-pointer text-sm' }, s('showText')), h('div', { className: 'case-text mt-2' }, e.text)));
          if (e.id) {
            const remove = h('button', { type: 'button', className: 'btn mt-1 text-sm' }, s('remove'));
            remove.addEventListener('click', () =>
              commit(
                { ...file, deleted: { ...file.deleted, [e.id]: Date.now() }, cases: file.cases.map((x) => (x.id === c.id ? { ...x, entries: x.entries.filter((y) => y.id !== e.id) } : x)) },
                s('removed'),
              ),
            );
            li.append(remove);
          }
          return li;
        }),
      );
    };

    const renderPrint = (c: Case | undefined) => {
      const print = one('[data-print]');
      if (!c) return print.replaceChildren();
      const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);
      const rows = [
        [s('status'), s(`status.${c.status}`)],
        [s('marketplace'), c.marketplace],
        [s('noticeDate'), c.noticeDate],
        [s('situation'), situations.get(c.situation ?? '')?.title ?? ''],
        [s('situationText'), cut(c.situationText, 300)],
      ].filter((r) => r[1]);
      print.replaceChildren(
        h('h1', { className: 'text-xl font-bold' }, s('printHeading', { title: c.title })),
        h('dl', null, ...rows.flatMap(([k, v]) => [h('dt', { className: 'font-semibold' }, k!), h('dd', null, v!)])),
        h('h2', { className: 'font-bold mt-2' }, s('deadlines')),
        h('ul', null, ...deadlinesOf(c).filter((d) => d.date).map((d) => h('li', null, `${d.date} · ${d.rule.name}${d.rule.hedge ? ` (${s('hedged')})` : ''}`))),
        h('h2', { className: 'font-bold mt-2' }, s('timeline')),
        h('ul', null, ...sortEntries(c.entries).map((e) => h('li', null, `${e.date} · ${entryLabel(e)}: ${cut(e.text.replace(/\s+/g, ' '), 140)}`))),
        h('h2', { className: 'font-bold mt-2' }, s('evidence')),
        h(
          'ul',
          null,
          ...caseTemplates(c).flatMap((slug) =>
            (config.templates[slug]?.evidence ?? []).map((item) => {
              const state = c.evidence[evidenceKey(slug, item.id)];
              return h('li', null, `${state?.done ? '☑' : '☐'} ${item.label}${state?.note ? ` — ${state.note}` : ''}`);
            }),
          ),
        ),
        h('p', { className: 'mt-2' }, s('printed', { date: localToday(new Date()) })),
      );
    };

    const pendingList = () => (storage ? readPending(storage) : []);
    const renderPending = () => {
      const pending = pendingList();
      one('[data-pending]').hidden = pending.length === 0;
      one('[data-pending-list]').replaceChildren(
        ...pending.map((letter) => {
          const put = h('button', { type: 'button', className: 'btn btn-primary' }, current ? s('pendingFile') : s('pendingFileNew'));
          const drop = h('button', { type: 'button', className: 'btn' }, s('pendingDiscard'));
          put.addEventListener('click', () => filePending(letter));
          drop.addEventListener('click', () => dropPending(letter.id));
          return h(
            'li',
            { className: 'text-sm' },
            h('p', null, h('strong', null, localToday(new Date(letter.savedAt))), ` · ${title(letter.slug)}`),
            h('p', { className: 'muted case-clip' }, letter.text.slice(0, 200)),
            h('div', { className: 'flex flex-wrap gap-2 mt-1' }, put, drop),
          );
        }),
      );
    };
    const dropPending = (id: string) => {
      try {
        storage?.setItem(PENDING_KEY, JSON.stringify(pendingList().filter((p) => p.id !== id)));
      } catch {
        /* it stays waiting */
      }
      renderPending();
    };
    const filePending = (letter: PendingLetter) => {
      const now = Date.now();
      if (!caseNow()) {
        const created = newCase({ title: title(letter.slug) }, now);
        file = { ...file, cases: [...file.cases, created] };
        select(created.id);
      }
      update((c) => fileLetter(c, letter, localToday(new Date(letter.savedAt)), now), s('pendingFiled'));
      dropPending(letter.id);
    };

    const render = () => {
      if (!caseNow()) select(file.cases.at(-1)?.id ?? null);
      const c = caseNow();
      one('[data-no-case]').hidden = Boolean(c);
      one('[data-pick-row]').hidden = !c;
      one('[data-case-view]').hidden = !c;
      pick.replaceChildren(...file.cases.map((x, i) => h('option', { value: x.id, selected: x.id === current }, x.title || `${s('new')} ${i + 1}`)));
      renderPending();
      renderPrint(c);
      if (!c) return;
      for (const field of fields.elements as unknown as (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[]) {
        const value = c[field.name as 'title'];
        if (document.activeElement !== field && typeof value === 'string') field.value = value;
      }
      one('[data-situation-line]').textContent = situations.get(c.situation ?? '')?.title ?? '';
      renderDeadlines(c);
      renderEvidence(c);
      renderTimeline(c);
    };

    // --- reader actions --------------------------------------------------------------------------------------
    pick.addEventListener('change', () => {
      select(pick.value);
      render();
    });

    let typing: ReturnType<typeof setTimeout> | undefined;
    const saveFields = () => {
      clearTimeout(typing);
      typing = undefined;
      const data = Object.fromEntries(new FormData(fields)) as Record<string, string>;
      update((c) => ({ ...c, ...data, status: data.status as Case['status'], updatedAt: Date.now() }));
    };
    fields.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(saveFields, 400);
    });
    fields.addEventListener('change', saveFields);
    fields.addEventListener('submit', (event) => {
      event.preventDefault();
      saveFields();
      say(s('detailsSaved'));
    });
    window.addEventListener('pagehide', () => typing !== undefined && saveFields());

    const newBox = one<HTMLDetailsElement>('[data-new-box]');
    const newForm = one<HTMLFormElement>('[data-new-case]');
    let fromTemplate = '';
    const [, kind, value = ''] = /^#(new|template)-([\w-]+)$/.exec(location.hash) ?? [];
    if (kind) {
      fromTemplate = kind === 'template' && config.templates[value] ? value : '';
      const situation = kind === 'new' ? situations.get(value) : config.situations.find((x) => x.templates.includes(value));
      if (situation) (newForm.elements.namedItem('situation') as HTMLSelectElement).value = situation.id;
      newBox.open = true;
    }
    newForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = Object.fromEntries(new FormData(newForm)) as Record<string, string>;
      const situation = situations.get(data.situation ?? '');
      const created = newCase(
        {
          title: data.title || situation?.title || (fromTemplate && title(fromTemplate)) || s('new'),
          situation: situation?.id,
          marketplace: data.marketplace ?? '',
          noticeDate: data.noticeDate ?? '',
          templates: [...new Set([...(situation?.templates ?? []), ...(fromTemplate ? [fromTemplate] : [])])],
        },
        Date.now(),
      );
      select(created.id);
      newForm.reset();
      newBox.open = false;
      fromTemplate = '';
      if (kind) history.replaceState(null, '', location.pathname);
      commit({ ...file, cases: [...file.cases, created] }, created.title);
      one<HTMLElement>('[data-case-heading]').focus();
    });

    for (const form of this.querySelectorAll<HTMLFormElement>('form[data-add]')) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
        const type = form.dataset.add as EntryType;
        const entry: CaseEntry = { id: newId(), type, date: data.date!, text: data.text!, updatedAt: Date.now() };
        if (data.template) entry.template = data.template;
        if (data.subject) entry.subject = data.subject;
        // A first letter sent moves an open case to "appealed"; every other status is the reader's to set.
        const appealed = type === 'appeal' && caseNow()?.status === 'open';
        update((c) => ({ ...c, entries: [...c.entries, entry], ...(appealed ? { status: 'appealed', updatedAt: Date.now() } : {}) }), s('added'));
        form.reset();
        form.closest('details')!.open = false;
      });
    }

    const exportFile = () => download(`seller-letters-case-file-${localToday(new Date())}.json`, 'application/json', `${JSON.stringify(file, null, 2)}\n`);
    const actions: Record<string, () => void> = {
      export: exportFile,
      print: () => {
        renderPrint(caseNow());
        window.print();
      },
      ics: () => {
        const c = caseNow();
        if (!c) return;
        const events = deadlinesOf(c)
          .filter((d) => d.date && d.rule.kind !== 'earliest' && (d.daysLeft ?? -1) >= 0)
          .map((d) => ({ d, date: d.date! }));
        if (!events.length) return say(s('calendarNone'));
        void import('../lib/ics').then(({ buildCalendar, deadlineUid }) => {
          const text = buildCalendar(
            events.map(({ d, date }) => ({
              uid: deadlineUid(c.id, d.rule.id),
              date,
              summary: `${d.rule.name} · ${c.title}`,
              description: [d.rule.counts, d.rule.hedge ?? '', `${s('source')}: ${d.rule.source}`].filter(Boolean).join('\n'),
              alarmDaysBefore: d.rule.kind === 'act-by' ? 1 : 0,
            })),
            new Date(),
            s('calendarName', { title: c.title }),
          );
          download(`seller-letters-case-${c.id}.ics`, 'text/calendar', text);
        });
      },
      'delete-case': () => {
        const c = caseNow();
        if (!c) return;
        select(null);
        commit(deleteCase(file, c.id, Date.now()), s('deleted'));
        this.querySelectorAll('details').forEach((d) => (d.open = false));
      },
      'delete-all': () => {
        try {
          storage?.removeItem(CASE_STORAGE_KEY);
          storage?.removeItem(PENDING_KEY);
          storage?.removeItem(CURRENT_KEY);
        } catch {
          /* nothing was there to remove */
        }
        file = emptyFile();
        select(null);
        render();
        this.querySelectorAll('details').forEach((d) => (d.open = false));
        say(s('deletedAll'));
      },
    };
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-act]');
      if (button) actions[button.dataset.act!]?.();
    });

    const input = one<HTMLInputElement>('[data-import]');
    input.addEventListener('change', async () => {
      const picked = input.files?.[0];
      input.value = '';
      if (!picked) return;
      const fail = (reason: string) => say(s(`import.${reason}`));
      if (picked.size > MAX_IMPORT_BYTES) return fail('size');
      say(s('importing'));
      try {
        const [raw, { parseImport }] = await Promise.all([picked.text(), import('../lib/case-import')]);
        const result = parseImport(raw);
        if (!result.ok) return fail(result.reason);
        const base = storage && !blocked ? mergeFiles(readStored(storage).file, file) : file;
        const next = importInto(base, result.file);
        store((st) => writeExact(st, next), next);
        if (!caseNow()) select(result.file.cases[0]?.id ?? null);
        render();
        say(s('imported', { count: result.file.cases.length }));
      } catch {
        fail('failed');
      }
    });

    // Another tab wrote the file: take its changes in (nothing this tab holds is dropped: the merge keeps both).
    window.addEventListener('storage', (event) => {
      if (event.key === PENDING_KEY) return renderPending();
      if (event.key !== CASE_STORAGE_KEY && event.key !== null) return;
      if (event.newValue === null) file = emptyFile();
      else {
        const stored = parseStored(event.newValue);
        if (stored.problem) return;
        file = mergeFiles(file, stored.file);
      }
      render();
      say(s('storage.otherTab'));
    });

    one('[data-case-nojs]').hidden = true;
    one('[data-case-ui]').hidden = false;
    render();
  }
}

if (!customElements.get('case-file')) customElements.define('case-file', CaseFileElement);
