/**
 * <case-file>: the case page's element. The forms are rendered on the server (src/components/CaseApp.astro); this
 * shows them, keeps the file in localStorage (src/lib/case-store.ts), and draws the lists. Everything the reader
 * typed is set as text (textContent, form values), never as markup, and nothing leaves the browser.
 */
import {
  emptyFile,
  markSent,
  MAX_IMPORT_BYTES,
  mergeFiles,
  newCase,
  newId,
  sortEntries,
  tick,
  type Case,
  type CaseEntry,
  type CaseFile,
  type EntryType,
} from '../lib/case-file';
import {
  CASE_STORAGE_KEY,
  DAMAGED_KEY,
  PENDING_KEY,
  deleteCase,
  fileLetter,
  parseStored,
  readPending,
  readStored,
  writeImported,
  writeMerged,
  type PendingLetter,
  type WriteResult,
} from '../lib/case-store';
import { appealChanges, caseEvidence, caseTasks, evidenceState, kindKey, needsRecheck, type MergedEvidence } from '../lib/case-view';
import { applies, datedDeadlines, localToday, type DatedDeadline, type DeadlineRule, type DeadlineScope } from '../lib/deadlines';
import { format } from '../lib/format';
import { readableStorage } from '../lib/saved-values';
import { CURRENT_CASE_KEY } from '../lib/storage-keys';
import { download, h } from './dom';

export interface CaseDeadline extends DeadlineRule, DeadlineScope {
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

class CaseFileElement extends HTMLElement {
  connectedCallback() {
    if (this.dataset.ready !== undefined) return;
    this.dataset.ready = '';
    const config = JSON.parse(this.dataset.config ?? '{}') as CaseConfig;
    const s = (key: string, params: Record<string, string | number> = {}) => format(config.strings[key] ?? key, params);
    const one = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const situations = new Map(config.situations.map((x) => [x.id, x]));
    // Own keys only: a hash such as #template-__proto__ names no template (F8).
    const templateOf = (slug: string) => (Object.hasOwn(config.templates, slug) ? config.templates[slug] : undefined);
    const title = (slug: string) => templateOf(slug)?.title ?? slug;

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
    const update = (change: (c: Case) => Case, message?: string) =>
      commit({ ...file, cases: file.cases.map((c) => (c.id === current ? change(c) : c)) }, message);
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
      d.daysLeft === undefined || d.rule.kind === 'earliest'
        ? ''
        : d.daysLeft > 0
          ? s('daysLeft', { count: d.daysLeft })
          : d.daysLeft === 0
            ? s('daysToday')
            : s('daysPast', { count: -d.daysLeft });
    // Only the deadlines that apply to this case (marketplace, situation, AHA enrolment); 'maybe' ones carry their condition.
    const fitOf = (c: Case, d: CaseDeadline) => applies(d, { marketplace: c.marketplace, situation: c.situation, aha: c.aha });
    const deadlinesOf = (c: Case) =>
      datedDeadlines(
        config.deadlines.filter((d) => fitOf(c, d) !== 'no'),
        { noticeDate: c.noticeDate, appealDates: c.entries.filter((e) => e.type === 'appeal').map((e) => e.date) },
        localToday(new Date()),
      );
    const conditionOf = (c: Case, d: CaseDeadline) =>
      d.onlyIf === 'aha-enrolled' && c.aha !== 'yes'
        ? s('condition.aha')
        : d.marketplaces?.length && (!c.marketplace || c.marketplace === 'ALL')
          ? s('condition.marketplace', { list: d.marketplaces.join(', ') })
          : s('condition.situation');
    const entryLabel = (e: Pick<CaseEntry, 'type' | 'template' | 'subject'>) =>
      [s(`entry.${e.type}`), e.template ? title(e.template) : '', e.subject ?? ''].filter(Boolean).join(' · ');

    // Soonest first; what has no date yet, and the earliest invoice date (not something to act by), after.
    const when = (d: DatedDeadline<CaseDeadline>) => (d.date && d.rule.kind !== 'earliest' ? d.date : '9');
    const renderDeadlines = (c: Case) => {
      // What surely applies first, soonest first; what may apply after it.
      const dated = deadlinesOf(c).sort(
        (a, b) => Number(fitOf(c, a.rule) === 'maybe') - Number(fitOf(c, b.rule) === 'maybe') || when(a).localeCompare(when(b)),
      );
      one('[data-deadlines-need]').hidden = Boolean(c.noticeDate);
      one('[data-deadline-list]').replaceChildren(
        ...dated.map((d) => {
          const maybe = fitOf(c, d.rule) === 'maybe';
          const li = h(
            'li',
            { className: 'card p-3 text-sm' },
            h('p', { className: 'font-semibold' }, d.rule.name),
            ...(maybe ? [h('p', null, h('span', { className: 'badge badge-warn' }, s('maybe')), ` ${conditionOf(c, d.rule)}`)] : []),
            // A deadline that may not apply is dated, never counted down as an alarm.
            h('p', null, h('strong', null, d.date ?? s('dateUnknown')), d.date && !maybe && dayText(d) ? ` · ${dayText(d)}` : ''),
            h('p', { className: 'muted' }, d.rule.counts),
            ...(d.rule.hedge ? [h('p', null, h('span', { className: 'badge badge-warn' }, s('hedged')), ` ${d.rule.hedge}`)] : []),
            h('p', { className: 'muted' }, `${s('source')}: `, h('a', { href: `#deadline-${d.rule.id}` }, d.rule.source)),
          );
          li.dataset.deadline = d.rule.id;
          li.dataset.fit = maybe ? 'maybe' : 'yes';
          return li;
        }),
      );
    };

    const evidenceFor = (c: Case) => caseEvidence(c, (slug) => templateOf(slug)?.evidence ?? []);

    const renderTasks = (c: Case, evidence: MergedEvidence[]) => {
      one('[data-task-list]').replaceChildren(
        ...caseTasks(c, evidence).map((task) => {
          const li = h(
            'li',
            null,
            h('span', null, s(`task.${task.id}`)),
            h('strong', { className: 'task-tag' }, s(`taskState.${task.state}`)),
          );
          li.dataset.task = task.id;
          li.dataset.state = task.state;
          return li;
        }),
      );
    };

    const renderChanges = (c: Case, evidence: MergedEvidence[]) => {
      const changes = appealChanges(c, evidence);
      const box = one('[data-changes]');
      box.hidden = !changes;
      if (!changes) return;
      const parts: Node[] = [];
      if (changes.nothingNew) parts.push(h('p', { className: 'callout-warn', role: 'note' }, s('changesNothing')));
      parts.push(h('p', { className: 'muted text-sm' }, `${changes.previous.date} → ${changes.latest.date}`));
      parts.push(h('h3', { className: 'font-semibold mt-2' }, s('changesLines')));
      if (!changes.changes) parts.push(h('p', null, s('changesLong')));
      else if (!changes.changes.length) parts.push(h('p', null, s('changesNoLines')));
      else
        parts.push(
          h(
            'div',
            { className: 'case-diff' },
            ...changes.changes.slice(0, 200).map((l) => {
              const line = h(l.op === 'add' ? 'ins' : 'del', null, l.text);
              line.setAttribute('aria-label', `${s(l.op === 'add' ? 'changesAdded' : 'changesRemoved')}: ${l.text}`);
              return line;
            }),
          ),
        );
      if (changes.documentsAdded.length) {
        parts.push(h('h3', { className: 'font-semibold mt-2' }, s('changesDocs')));
        parts.push(h('ul', { className: 'list-disc pl-6' }, ...changes.documentsAdded.map((e) => h('li', null, e.label))));
      }
      one('[data-changes-body]').replaceChildren(...parts);
      box.dataset.nothingNew = String(changes.nothingNew);
    };

    // One item per kind of document the letters in the case ask for; a whole-row 44 px label around a 28 px box.
    const renderEvidence = (c: Case, items: MergedEvidence[]) => {
      one('[data-evidence-empty]').hidden = items.length > 0;
      const list = one('[data-evidence-list]');
      // A note being typed is not re-created under the reader's fingers (F5).
      if (list.contains(document.activeElement) && (document.activeElement as HTMLElement).matches('input[type="text"]')) return;
      list.replaceChildren(
        ...items.map((item) => {
          const key = kindKey(item.kind);
          const state = evidenceState(c, item);
          const id = `ev-${item.kind}`;
          const box = h('input', { type: 'checkbox', id, checked: state.done });
          const note = h('input', {
            type: 'text',
            className: 'input mt-1',
            value: state.note,
            placeholder: s('evidenceNoteHint'),
            maxLength: 2000,
          });
          note.setAttribute('aria-label', `${s('evidenceNote')}: ${item.label}`);
          const save = () =>
            update((x) => ({
              ...x,
              evidence: {
                ...x.evidence,
                [key]: { done: box.checked, note: note.value, updatedAt: tick(evidenceState(x, item).updatedAt, Date.now()) },
              },
            }));
          box.addEventListener('change', save);
          note.addEventListener('change', save);
          const li = h(
            'li',
            { className: 'text-sm' },
            h(
              'label',
              { htmlFor: id, className: 'case-evidence-item' },
              box,
              h(
                'span',
                { className: 'pt-2' },
                item.label,
                item.required ? h('span', { className: 'badge ml-2' }, s('evidenceRequired')) : '',
              ),
            ),
            ...(item.notes ? [h('p', { className: 'muted' }, item.notes)] : []),
            h('p', { className: 'muted' }, s('evidenceFor', { list: item.templates.map(title).join(' · ') })),
            note,
          );
          li.dataset.evidence = item.kind;
          return li;
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
          if (e.type === 'draft') {
            const entry = e as CaseEntry;
            li.append(h('p', { className: 'muted text-sm' }, s('draftHint')));
            if (entry.empty)
              li.append(h('p', { className: 'callout-warn text-sm', role: 'note' }, s('draftEmpty', { count: entry.empty })));
            const dateId = `sent-${entry.id}`;
            const date = h('input', {
              type: 'date',
              id: dateId,
              className: 'input',
              value: localToday(new Date()),
              required: true,
              max: localToday(new Date()),
            });
            const mark = h('button', { type: 'submit', className: 'btn btn-primary' }, s('markSent'));
            const form = h(
              'form',
              { className: 'flex flex-wrap items-end gap-2 mt-2' },
              h('div', null, h('label', { htmlFor: dateId, className: 'block text-sm font-semibold' }, s('sentDate')), date),
              mark,
            );
            form.dataset.markSent = entry.id;
            form.addEventListener('submit', (event) => {
              event.preventDefault();
              if (!date.value) return;
              update((x) => markSent(x, entry.id, date.value, Date.now()), s('markedSent'));
            });
            li.append(form);
          }
          if (needsRecheck(e as CaseEntry, localToday(new Date())))
            li.append(
              h(
                'p',
                { className: 'callout-warn text-sm mt-1', role: 'note' },
                `${s('recheck')} `,
                h('a', { href: `${config.base}changes/` }, `${s('recheckLink')} →`),
              ),
            );
          if (e.text)
            li.append(
              h(
                'details',
                null,
                h('summary', { className: 'cursor-pointer text-sm' }, s('showText')),
                h('div', { className: 'case-text mt-2' }, e.text),
              ),
            );
          if (e.id) {
            const remove = h('button', { type: 'button', className: 'btn mt-1 text-sm' }, s('remove'));
            remove.addEventListener('click', () =>
              commit(
                {
                  ...file,
                  deleted: { ...file.deleted, [e.id]: Date.now() },
                  cases: file.cases.map((x) => (x.id === c.id ? { ...x, entries: x.entries.filter((y) => y.id !== e.id) } : x)),
                },
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
        h(
          'ul',
          null,
          ...deadlinesOf(c)
            .filter((d) => d.date && fitOf(c, d.rule) === 'yes')
            .map((d) => h('li', null, `${d.date} · ${d.rule.name}${d.rule.hedge ? ` (${s('hedged')})` : ''}`)),
        ),
        h('h2', { className: 'font-bold mt-2' }, s('timeline')),
        h(
          'ul',
          null,
          ...sortEntries(c.entries).map((e) => h('li', null, `${e.date} · ${entryLabel(e)}: ${cut(e.text.replace(/\s+/g, ' '), 140)}`)),
        ),
        h('h2', { className: 'font-bold mt-2' }, s('evidence')),
        h(
          'ul',
          null,
          ...evidenceFor(c).map((item) => {
            const state = evidenceState(c, item);
            return h('li', null, `${state.done ? '☑' : '☐'} ${item.label}${state.note ? ` — ${state.note}` : ''}`);
          }),
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
    // The waiting letter leaves the list only once the case holding it is stored (F4).
    const filePending = (letter: PendingLetter) => {
      const now = Date.now();
      if (!caseNow()) {
        const created = newCase({ title: title(letter.slug) }, now);
        file = { ...file, cases: [...file.cases, created] };
        select(created.id);
      }
      const next = {
        ...file,
        cases: file.cases.map((c) => (c.id === current ? fileLetter(c, letter, localToday(new Date(letter.savedAt)), now) : c)),
      };
      const stored = storage && !blocked ? writeMerged(storage as Storage, next) : undefined;
      file = stored?.ok ? stored.file : next;
      render();
      if (stored?.ok) {
        dropPending(letter.id);
        say(s('pendingFiled'));
      } else warn(stored && !stored.ok ? stored.reason : blocked ? 'newer' : 'unavailable');
    };

    const render = () => {
      if (!caseNow()) select(file.cases.at(-1)?.id ?? null);
      const c = caseNow();
      one('[data-no-case]').hidden = Boolean(c);
      one('[data-pick-row]').hidden = !c;
      one('[data-case-view]').hidden = !c;
      pick.replaceChildren(
        ...file.cases.map((x, i) => h('option', { value: x.id, selected: x.id === current }, x.title || `${s('new')} ${i + 1}`)),
      );
      renderPending();
      renderPrint(c);
      if (!c) return;
      for (const field of fields.elements as unknown as (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[]) {
        const value = c[field.name as 'title'];
        if (document.activeElement !== field && typeof value === 'string') field.value = value;
      }
      const aha = fields.elements.namedItem('aha') as HTMLSelectElement | null;
      if (aha && document.activeElement !== aha) aha.value = c.aha ?? 'unknown';
      one('[data-situation-line]').textContent = situations.get(c.situation ?? '')?.title ?? '';
      renderDeadlines(c);
      const evidence = evidenceFor(c);
      renderTasks(c, evidence);
      renderChanges(c, evidence);
      renderEvidence(c, evidence);
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
      update((c) => ({
        ...c,
        ...data,
        status: data.status as Case['status'],
        aha: (data.aha || undefined) as Case['aha'],
        updatedAt: tick(c.updatedAt, Date.now()),
      }));
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
      fromTemplate = kind === 'template' && templateOf(value) ? value : '';
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
          ...(data.aha === 'yes' || data.aha === 'no' || data.aha === 'unknown' ? { aha: data.aha } : {}),
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
        update(
          (c) => ({ ...c, entries: [...c.entries, entry], ...(appealed ? { status: 'appealed', updatedAt: Date.now() } : {}) }),
          s('added'),
        );
        form.reset();
        form.closest('details')!.open = false;
      });
    }

    const exportFile = () =>
      download(`seller-letters-case-file-${localToday(new Date())}.json`, 'application/json', `${JSON.stringify(file, null, 2)}\n`);
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
          .filter((d) => d.date && d.rule.kind !== 'earliest' && (d.daysLeft ?? -1) >= 0 && fitOf(c, d.rule) === 'yes')
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
          storage?.removeItem(DAMAGED_KEY);
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
        if (!storage) return fail('failed');
        // Merged into what is stored, a damaged record set aside first (F2); refused when a newer version holds the file (F10).
        const written = writeImported(storage, mergeFiles(result.file, { ...file, deleted: {} }));
        if (!written.ok) {
          warn(written.reason);
          return say(s(`storage.${written.reason}`));
        }
        file = written.file;
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
