/**
 * <fill-letter>: the fill-and-copy island of template pages. It enables the server-rendered form
 * (src/components/FillLetter.astro), fills the letter live with the same code the build validates with
 * (src/lib/letter.ts), and copies, downloads or e-mails the result. Reader input only ever reaches the page as
 * text (textContent, form values), never as HTML. What it knows of the template it reads from the page itself
 * (src/scripts/fill-page.ts); its strings come from the locale's shared JSON file, and it mounts once they are here.
 *
 * State lives in one place: `#values` (a Map: keys are data) plus the builder's points; every change goes
 * through `#changed` (save) and `render()` (paint). Values stay in this browser (src/lib/saved-values.ts): a save
 * writes only what changed here, other tabs' saves arrive through `storage` events, and a refused save is kept
 * and retried.
 */
import { FIELD_LIMITS, clampText } from '../lib/field-limits';
import { labelOf, type FillConfig, type FillStringKey, type LetterVersion } from '../lib/fill-config';
import { format } from '../lib/format';
import { applyOptions, listedAttachments, resolveLetter } from '../lib/letter-blocks';
import { emptyKeys, fillLetter, placeholderKeys, renderLetter, toParagraphs, type Part, type PlaceholderSpec, type Values } from '../lib/letter';
import { downloadName, downloadText, mailtoHref } from '../lib/letter-actions';
import { ASIN_HINT_RE } from '../lib/placeholders';
import { concerns, FORGET_SIGNAL_KEY, forgetAll, loadPoints, loadValues, pointsChange, readableStorage, saveChanges, type Stamped, type StorageLike } from '../lib/saved-values';
import { hasCaseFile, POA_ENTRY, storedCaseCount } from '../lib/storage-keys';
import { copyText } from './clipboard';
import { loadStrings, readFillPage } from './fill-page';
import { letterSwitches, type LetterSwitches } from './letter-switches';
import type { PoaBuilder } from './poa-builder';

type Field = HTMLInputElement | HTMLTextAreaElement;
/** What a copy puts on the clipboard, so the manual fallback can say what it selected. */
type CopyWhat = 'letter' | 'subject' | 'answer';
const MANUAL_COPY: Record<CopyWhat, FillStringKey> = { letter: 'copyManualLetter', subject: 'copyManualSubject', answer: 'copyManualAnswer' };

/** How often a refused save is tried again while the reader is not typing. */
const RETRY_MS = 5000;

function partNode(part: Part): Node {
  if (!part.key) return document.createTextNode(part.text);
  const mark = document.createElement('mark');
  mark.className = 'ph';
  mark.dataset.key = part.key;
  mark.dataset.state = part.filled ? 'filled' : 'empty';
  mark.textContent = part.text;
  return mark;
}

/** What each painted paragraph shows, so a keystroke re-creates only the paragraphs it changed (layout stays small). */
const painted = new WeakMap<Node, string>();

/** Makes `target`'s children the given nodes, keeping each existing child whose content key is unchanged. */
function reconcile(target: Element, next: { key: string; make: () => Node }[]) {
  const current = [...target.childNodes];
  next.forEach(({ key, make }, index) => {
    const existing = current[index];
    if (existing && painted.get(existing) === key) return;
    const node = make();
    painted.set(node, key);
    if (existing) target.replaceChild(node, existing);
    else target.append(node);
  });
  for (const extra of current.slice(next.length)) extra.remove();
}

/** Rebuilds a letter exactly as src/components/Letter.astro renders it, so the first paint and the live one match. */
function paintLetter(target: Element, source: string, specs: PlaceholderSpec[], values: Values, inline: boolean) {
  const paragraphs = toParagraphs(renderLetter(source, specs, values));
  if (inline) {
    const parts = paragraphs.flatMap((p) => p.lines.flat());
    const key = JSON.stringify(parts);
    if (painted.get(target) === key) return;
    painted.set(target, key);
    target.replaceChildren(...parts.map(partNode));
    return;
  }
  reconcile(
    target,
    paragraphs.map((paragraph) => ({
      key: JSON.stringify(paragraph),
      make: () => {
        const p = document.createElement('p');
        if (paragraph.heading) p.className = 'letter-heading';
        p.dataset.line = String(paragraph.line);
        paragraph.lines.forEach((parts, index) => {
          if (index) p.append(document.createElement('br'));
          p.append(...parts.map(partNode));
        });
        return p;
      },
    })),
  );
}

export class FillLetterElement extends HTMLElement {
  #config!: FillConfig;
  #fields = new Map<string, Field>();
  #limits = new Map<string, number>();
  #values = new Map<string, string>();
  /** The paragraph switches and the evidence checklist: their states are values too (`#key`, `@id`). */
  #switches!: LetterSwitches;
  /** Changes not yet in storage (a refused save): kept, shown, and written on the next try. */
  #pending = new Map<string, Stamped>();
  /** Fields whose saved value was longer than the field allows and was shortened on load. */
  #shortened = new Set<string>();
  #storage: StorageLike | null = null;
  #saveFailed = false;
  #retry: ReturnType<typeof setInterval> | undefined;
  #selected!: LetterVersion;
  #builder: PoaBuilder | undefined;
  #checkModule: typeof import('./letter-check') | undefined;
  /** Set once the checker's code is asked for (when the checker nears the screen). */
  #checkRequested = false;
  #undo: { values: Map<string, string>; points: string[][] | null } | undefined;
  #mailTooLong = false;
  /** Set once the strings are on their way, so a second connect does not mount twice. */
  #started = false;

  connectedCallback() {
    if (this.#started || this.dataset.ready !== undefined) return;
    this.#started = true;
    // The page holds the template; the locale's strings come from one file every template page shares.
    const page = readFillPage(this);
    void loadStrings(this.dataset.strings).then((strings) => this.#mount({ ...page, ...strings }));
  }

  #mount(config: FillConfig) {
    this.#config = config;
    const { specs, versions, slug } = config;
    const form = this.#one('[data-fill-form]');
    for (const spec of specs) {
      const field = form?.querySelector<Field>(`[name="${spec.key}"]`);
      if (!field) continue;
      this.#fields.set(spec.key, field);
      this.#limits.set(spec.key, FIELD_LIMITS[spec.kind]);
    }
    this.#switches = letterSwitches(form, this.#config.extras, versions[0]!.letter);
    this.#selected = versions[0]!;
    this.#storage = readableStorage(() => window.localStorage);

    this.addEventListener('click', (event) => this.#click(event));
    this.addEventListener('keydown', (event) => this.#escape(event));
    form?.addEventListener('input', (event) => this.#input(event.target as Field));
    window.addEventListener('storage', (event) => {
      if (event.key === FORGET_SIGNAL_KEY && event.newValue !== null) this.#forgotten();
      else if (concerns(slug, event.key)) this.#sync();
      // Another tab may just have freed space.
      if (this.#saveFailed) this.#save();
    });
    document.addEventListener('visibilitychange', () => this.#saveFailed && this.#save());

    // Explicit values beat whatever the browser restored on reload, so fields, preview and storage agree.
    this.#sync(false);
    const poaRoot = this.#one('[data-poa-builder]');
    if (poaRoot) {
      // Its own chunk: only appeal pages load it, after the island is up.
      const strings = this.#config.poa;
      void import('./poa-builder').then(({ poaBuilder }) => {
        this.#builder = poaBuilder(poaRoot, versions[0]!.letter, {
          strings,
          fill: (source) => fillLetter(source, specs, this.#values),
          changed: () => this.#changed([POA_ENTRY]),
          base: () => applyOptions(versions[0]!.letter, this.#config.extras.options ?? [], this.#values),
          attachments: () => listedAttachments(this.#config.extras.attachments ?? [], this.#values, this.#config.extras.options ?? []).map((item) => item.text),
        });
        if (this.#storage) this.#builder.set(loadPoints(this.#storage, slug));
        this.render();
      });
    }
    const checker = this.#one('[data-checker]');
    if (checker) checker.hidden = false;
    const radio = form?.querySelector<HTMLInputElement>(`[name="_version"][value="${this.#selected.id}"]`);
    if (radio) radio.checked = true;
    this.#showStorageState();
    this.render();
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement>('[disabled]')) control.disabled = false;
    this.#one('[data-nojs-hint]')?.classList.add('invisible');
    this.#one('[data-privacy]')?.classList.remove('invisible');
    this.dataset.ready = '';
  }

  /** Paints everything that depends on the values: letters, warnings, the empty list, builder answers, checker, mail link. */
  render() {
    const { versions, specs, strings } = this.#config;
    for (const version of versions) {
      const box = this.#one(`[data-version="${version.id}"]`);
      const subject = box?.querySelector('[data-subject]');
      const letter = box?.querySelector('[data-filled-letter]');
      if (subject && version.subject) paintLetter(subject, version.subject, specs, this.#values, true);
      if (letter) paintLetter(letter, this.#sourceOf(version), specs, this.#values, false);
    }
    this.#switches.mark(this.#sourceOf(this.#selected));
    this.dataset.selected = this.#selected.id;
    for (const spec of specs) {
      const field = this.#fields.get(spec.key);
      const warn = this.#one(`[data-warn="${spec.key}"]`);
      if (field && warn) warn.textContent = this.#warningFor(spec, field);
    }
    const empty = this.#emptyNow();
    const summary = this.#one('[data-empty-summary]');
    if (summary) {
      summary.dataset.state = empty.length ? 'empty' : 'done';
      this.#one('[data-empty-count]')!.textContent = empty.length ? format(empty.length === 1 ? strings.emptyOne : strings.emptyMany, { count: empty.length }) : strings.allFilled;
      this.#one('[data-empty-list]')!.replaceChildren(
        ...empty.map((key) => {
          const link = document.createElement('a');
          link.href = `#${this.#fields.get(key)?.id ?? ''}`;
          link.dataset.focus = key;
          link.textContent = labelOf(this.#config.labels, key);
          return link;
        }),
      );
    }
    this.#builder?.refresh();
    this.#check(empty);
    const mail = this.#one<HTMLAnchorElement>('[data-action="mail"]');
    if (mail) {
      const { subject, letter } = this.#plain(this.#selected);
      const link = mailtoHref(this.#config.mailTo, subject, letter);
      mail.href = link.href;
      this.#one<HTMLAnchorElement>('[data-mail-short]')!.href = link.href;
      this.#mailTooLong = !link.bodyIncluded;
    }
  }

  #one<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.querySelector<T>(selector);
  }

  // ── state ────────────────────────────────────────────────────────────────

  /** A value as the field may hold it: cut to the field's limit. */
  #bounded(key: string, value: string) {
    return clampText(value, this.#limits.get(key) ?? Number.POSITIVE_INFINITY);
  }

  /** Reads the fields into #values (bounded: a paste past maxlength, or a script, cannot get round the limit). */
  #readFields() {
    for (const [key, field] of this.#fields) {
      const value = this.#bounded(key, field.value);
      if (value !== field.value) field.value = value;
      this.#values.set(key, value);
    }
    for (const [key, value] of Object.entries(this.#switches.read())) this.#values.set(key, value);
  }

  #writeFields(next: ReadonlyMap<string, string>) {
    for (const [key, field] of this.#fields) field.value = this.#bounded(key, next.get(key) ?? '');
    this.#switches.write(Object.fromEntries(next));
    this.#readFields();
  }

  /**
   * Shows what storage holds, with this tab's unsaved changes on top: at start, and whenever another tab saved.
   * Values saved above a field's limit load shortened, with a note on the field.
   */
  #sync(paint = true) {
    const storage = this.#storage;
    const slug = this.#config.slug;
    const stored = storage ? loadValues(storage, slug, [...this.#fields.keys(), ...this.#switches.keys()]) : new Map<string, string>();
    for (const [key, field] of this.#fields) {
      const pending = this.#pending.get(key);
      const next = pending ? pending.value : (stored.get(key) ?? '');
      const bounded = this.#bounded(key, next);
      if (bounded !== next) this.#shortened.add(key);
      if (field.value !== bounded) field.value = bounded;
    }
    this.#switches.write(Object.fromEntries(this.#switches.keys().map((key) => [key, this.#pending.get(key)?.value ?? stored.get(key) ?? ''])));
    this.#readFields();
    if (storage && this.#builder && !this.#pending.has(POA_ENTRY)) {
      const points = loadPoints(storage, slug);
      if (JSON.stringify(points) !== JSON.stringify(this.#builder.points())) this.#builder.set(points);
    }
    if (paint) this.render();
  }

  /** After an edit here: note what changed (with the time), save, repaint. */
  #changed(keys: Iterable<string>) {
    const at = Date.now();
    this.#readFields();
    for (const key of keys) {
      this.#shortened.delete(key);
      if (key === POA_ENTRY) this.#pending.set(...pointsChange(this.#builder?.points() ?? null, at));
      else this.#pending.set(key, { value: this.#values.get(key) ?? '', at });
    }
    this.#save();
    this.render();
    this.#one('[data-action="undo"]')!.hidden = true;
    this.#show();
  }

  /** Writes the pending changes; a refusal keeps them, says so, and retries until one goes through. */
  #save() {
    const storage = this.#storage;
    if (!storage || !this.#pending.size) return;
    const wasFailing = this.#saveFailed;
    this.#saveFailed = !saveChanges(storage, this.#config.slug, this.#pending);
    if (!this.#saveFailed) this.#pending.clear();
    if (this.#saveFailed && !this.#retry) this.#retry = setInterval(() => this.#save(), RETRY_MS);
    if (!this.#saveFailed && this.#retry) {
      clearInterval(this.#retry);
      this.#retry = undefined;
    }
    if (wasFailing !== this.#saveFailed) {
      this.#showStorageState();
      if (wasFailing) this.#say(this.#config.strings.storageBack);
    }
  }

  #showStorageState() {
    const notice = this.#one('[data-storage-notice]');
    if (!notice) return;
    // The server-rendered text is the "storage is blocked" one; a full storage gets its own.
    notice.dataset.rendered ??= notice.textContent ?? '';
    notice.textContent = this.#saveFailed ? this.#config.strings.storageFull : notice.dataset.rendered;
    notice.hidden = Boolean(this.#storage) && !this.#saveFailed;
  }

  /** Another tab forgot everything: so does this one, unsaved changes included. */
  #forgotten() {
    this.#pending.clear();
    this.#undo = undefined;
    this.#one('[data-action="undo"]')!.hidden = true;
    this.#builder?.set(null);
    this.#writeFields(new Map());
    if (this.#saveFailed) {
      this.#saveFailed = false;
      this.#showStorageState();
    }
    this.render();
  }

  // ── derived ──────────────────────────────────────────────────────────────

  /** The builder's letter once the reader has edited its points; the template's otherwise. */
  #sourceOf(version: LetterVersion) {
    return resolveLetter((version === this.#config.versions[0] && this.#builder?.source()) || version.letter, this.#config.extras, this.#values);
  }

  #plain(version: LetterVersion) {
    const { specs } = this.#config;
    return {
      subject: version.subject ? fillLetter(version.subject, specs, this.#values) : undefined,
      letter: fillLetter(this.#sourceOf(version), specs, this.#values),
    };
  }

  #emptyNow() {
    const selected = this.#selected;
    return emptyKeys(placeholderKeys(`${selected.subject ?? ''}\n${this.#sourceOf(selected)}`), this.#values);
  }

  #warningFor(spec: PlaceholderSpec, field: Field) {
    const { strings } = this.#config;
    const value = field.value.trim();
    const limit = this.#limits.get(spec.key)!;
    if (this.#shortened.has(spec.key)) return format(strings.truncated, { max: limit });
    if (field.value.length >= limit) return format(strings.tooLong, { max: limit });
    if (spec.kind === 'asin' && value && !ASIN_HINT_RE.test(value)) return strings.warnAsin;
    if (field.validity.typeMismatch) return strings.warnEmail;
    if (field.validity.badInput && spec.kind === 'number') return strings.warnNumber;
    return '';
  }

  #check(empty: string[]) {
    const checker = this.#one('[data-checker]');
    if (!checker) return;
    if (!this.#checkModule) {
      this.#loadCheckerWhenNear(checker);
      return;
    }
    this.#checkModule.showFindings(checker, renderLetter(this.#sourceOf(this.#selected), this.#config.specs, this.#values), empty, this.#config);
  }

  /**
   * The checker's rules are the island's largest chunk (about 18 KB gzip): they load when the checker comes within
   * a screen of the viewport, so a visit that never scrolls to it (or only searches) does not pay for them.
   */
  #loadCheckerWhenNear(checker: HTMLElement) {
    if (this.#checkRequested) return;
    this.#checkRequested = true;
    const load = () =>
      void import('./letter-check').then((module) => {
        this.#checkModule = module;
        this.render();
      });
    if (typeof IntersectionObserver !== 'function') return load();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(checker);
  }

  // ── messages and panels ──────────────────────────────────────────────────

  #say(message: string) {
    const status = this.#one('[data-status]')!;
    // Cleared first so the same message twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  }

  /** At most one note is open at a time, right above the buttons. */
  #show(panel?: HTMLElement | null) {
    for (const p of [this.#one('[data-confirm]'), this.#one('[data-fallback]'), this.#one('[data-mail-note]')]) if (p) p.hidden = p !== panel;
  }

  #focusField(key: string) {
    const field = this.#fields.get(key);
    if (!field) return;
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center' });
  }

  #showLine(line: number) {
    const paragraphs = [...this.querySelectorAll<HTMLElement>(`[data-version="${this.#selected.id}"] [data-filled-letter] > [data-line]`)];
    const target = paragraphs.filter((p) => Number(p.dataset.line) <= line).pop() ?? paragraphs[0];
    if (!target) return;
    target.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    target.dataset.flash = '';
    setTimeout(() => delete target.dataset.flash, 1600);
  }

  // ── actions ──────────────────────────────────────────────────────────────

  async #copy(text: string, what: CopyWhat, done: string, button?: HTMLElement | null) {
    const mailNote = this.#one('[data-mail-note]');
    // The mail note stays open: after copying, its "open the email" link is the next step.
    this.#show(mailNote?.hidden ? undefined : mailNote);
    if (await copyText(text)) {
      this.#say(done);
      if (button) {
        button.dataset.done = '';
        setTimeout(() => delete button.dataset.done, 2000);
      }
      return;
    }
    // No Clipboard API, the browser refused, or it never answered: hand the reader the text, selected, to copy by hand.
    const fallback = this.#one<HTMLTextAreaElement>('[data-copy-fallback]')!;
    this.#show(this.#one('[data-fallback]'));
    fallback.value = text;
    fallback.focus();
    fallback.select();
    this.#say(this.#config.strings[MANUAL_COPY[what]]);
  }

  #copyLetter(force: boolean) {
    const empty = this.#emptyNow();
    if (empty.length && !force) {
      this.#one('[data-confirm-text]')!.textContent = format(this.#config.strings.confirmEmpty, { count: empty.length });
      this.#show(this.#one('[data-confirm]'));
      this.#one('[data-action="copy-anyway"]')?.focus();
      return;
    }
    void this.#copy(this.#plain(this.#selected).letter, 'letter', this.#config.strings.copied, this.#one('[data-action="copy"]'));
  }

  #download() {
    const { slug, versions, strings } = this.#config;
    const { subject, letter } = this.#plain(this.#selected);
    const name = downloadName(slug, versions.length > 1 ? this.#selected.id : undefined);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([downloadText(subject, letter)], { type: 'text/plain;charset=utf-8' }));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#say(format(strings.downloaded, { file: name }));
  }

  /** Empties (or restores) every field and point, as one change saved at once. */
  #replaceAll(values: ReadonlyMap<string, string>, points: string[][] | null) {
    this.#builder?.set(points);
    this.#writeFields(values);
    this.#changed([...this.#fields.keys(), ...this.#switches.keys(), ...(this.#builder ? [POA_ENTRY] : [])]);
  }

  #forget() {
    const strings = this.#config.storage;
    const confirm = this.#one('[data-forget-confirm]');
    const keepCase = confirm?.querySelector<HTMLInputElement>('[name="_forget-case"][value="delete"]')?.checked !== true;
    const result = this.#storage ? forgetAll(this.#storage, keepCase) : { removed: 0, remaining: 0, caseKept: false, cases: 0, themeKept: false };
    this.#forgotten();
    if (confirm) confirm.hidden = true;
    this.#one('[data-action="forget"]')?.focus();
    // Says exactly what is still on this device: the case file (when kept) and the theme choice.
    const kept = [result.caseKept ? format(strings.keptCase, { cases: result.cases }) : '', result.themeKept ? strings.keptTheme : ''].filter(Boolean);
    if (result.remaining > 0) this.#say(format(strings.forgetFailed, { count: result.remaining }));
    else this.#say([result.removed ? format(strings.forgotten, { count: result.removed }) : strings.forgottenNothing, ...kept].join(' '));
  }

  readonly #actions: Record<string, (target: HTMLElement) => void> = {
    copy: () => this.#copyLetter(false),
    'copy-anyway': () => this.#copyLetter(true),
    'copy-from-note': () => this.#copyLetter(false),
    'keep-filling': () => {
      this.#show();
      const first = this.#emptyNow()[0];
      if (first) this.#focusField(first);
    },
    'copy-subject': (target) => {
      const id = target.closest<HTMLElement>('[data-version]')?.dataset.version;
      const version = this.#config.versions.find((v) => v.id === id) ?? this.#selected;
      void this.#copy(this.#plain(version).subject ?? '', 'subject', this.#config.strings.copiedSubject, target);
    },
    'close-fallback': () => {
      this.#show();
      this.#one('[data-action="copy"]')?.focus();
    },
    download: () => this.#download(),
    'copy-answer': (target) => {
      const text = target.closest('[data-answer]')?.querySelector('textarea')?.value ?? '';
      void this.#copy(text, 'answer', this.#config.poa.copied, target);
    },
    reset: () => {
      this.#undo = { values: new Map(this.#values), points: this.#builder?.points() ?? null };
      this.#replaceAll(new Map(), null);
      this.#say(this.#config.strings.cleared);
      this.#one('[data-action="undo"]')!.hidden = false;
    },
    undo: () => {
      this.#replaceAll(this.#undo?.values ?? new Map(), this.#undo?.points ?? null);
      this.#say(this.#config.strings.restored);
    },
    forget: () => {
      const confirm = this.#one('[data-forget-confirm]');
      if (!confirm) return;
      // The case file is asked about, in plain words, only when there is one.
      const question = confirm.querySelector<HTMLElement>('[data-forget-case]');
      if (question) {
        const caseFile = this.#storage ? hasCaseFile(this.#storage) : false;
        question.hidden = !caseFile;
        const legend = question.querySelector('[data-forget-case-question]');
        if (legend && this.#storage) legend.textContent = format(this.#config.storage.caseQuestion, { cases: storedCaseCount(this.#storage) });
        const keep = question.querySelector<HTMLInputElement>('[value="keep"]');
        if (keep) keep.checked = true;
      }
      confirm.hidden = false;
      confirm.querySelector<HTMLElement>('[data-action="forget-no"]')?.focus();
    },
    'forget-no': () => {
      this.#one('[data-forget-confirm]')!.hidden = true;
      this.#one('[data-action="forget"]')?.focus();
    },
    'forget-yes': () => this.#forget(),
  };

  #click(event: MouseEvent) {
    const target = event.target as Element;
    const line = target.closest<HTMLElement>('[data-checker] [data-line]');
    if (line) return this.#showLine(Number(line.dataset.line));
    const focus = target.closest<HTMLElement>('[data-focus], mark.ph[data-key]');
    if (focus) {
      event.preventDefault();
      this.#focusField(focus.dataset.focus ?? focus.dataset.key ?? '');
      return;
    }
    const action = target.closest<HTMLElement>('[data-action]');
    if (action?.dataset.action === 'mail' && this.#mailTooLong) {
      // Too long for a mailto: link: say so first, and offer Copy before opening the email without the body.
      event.preventDefault();
      this.#one('[data-mail-note-text]')!.textContent = format(this.#config.strings.mailTooLong, { count: this.#plain(this.#selected).letter.length });
      this.#show(this.#one('[data-mail-note]'));
      this.#one('[data-action="copy-from-note"]')?.focus();
    } else if (action) {
      const run = this.#actions[action.dataset.action ?? ''];
      if (run && Object.hasOwn(this.#actions, action.dataset.action ?? '')) run(action);
    }
  }

  #escape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    const confirm = this.#one('[data-forget-confirm]');
    if (confirm && !confirm.hidden) this.#actions['forget-no']!(confirm);
    else if ([this.#one('[data-confirm]'), this.#one('[data-fallback]'), this.#one('[data-mail-note]')].some((panel) => panel && !panel.hidden)) {
      this.#show();
      this.#one('[data-action="copy"]')?.focus();
    }
  }

  #input(target: Field) {
    if (target.name === '_version') {
      this.#selected = this.#config.versions.find((v) => v.id === target.value) ?? this.#selected;
      this.#show();
      this.render();
    } else if (this.#fields.get(target.name) === target || this.#switches.keys().includes(target.name)) {
      this.#changed([target.name]);
    }
  }
}

if (!customElements.get('fill-letter')) customElements.define('fill-letter', FillLetterElement);
