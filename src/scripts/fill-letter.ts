/**
 * <fill-letter>: the fill-and-copy island of template pages. It enables the server-rendered form
 * (src/components/FillLetter.astro), fills the letter live with the same code the build validates with
 * (src/lib/letter.ts), and copies, downloads or e-mails the result. Reader input only ever reaches the page as
 * text (textContent, form values), never as HTML. What it knows of the template it reads from the page itself
 * (src/scripts/fill-page.ts); its strings come from the locale's shared JSON file, and it mounts once they are here.
 *
 * State lives in one place: `#values` (a Map: keys are data) plus the reader's rewrites of the letter (`#edits`,
 * src/lib/letter-edits.ts); every change goes through `#changed` (save) and `render()` (paint). The first version's
 * letter is painted unit by unit (`data-edit-unit`): clicking or pressing Enter on one loads the editor
 * (src/scripts/letter-editor.ts, its own chunk, on first use). Selectors and actions: src/lib/fill-contract.ts. Values stay in this browser (src/lib/saved-values.ts): a save
 * writes only what changed here, other tabs' saves arrive through `storage` events, and a refused save is kept
 * and retried.
 */
import { FIELD_LIMITS, clampText } from '../lib/field-limits';
import { labelOf, type FillConfig, type FillStringKey, type LetterVersion } from '../lib/fill-config';
import { format, quote } from '../lib/format';
import { ACTION, action, FILL, need, SAVE_RETRY_MS } from '../lib/fill-contract';
import { applyOptions, listedAttachments, resolveLetter } from '../lib/letter-blocks';
import {
  emptyKeys,
  fillLetter,
  placeholderKeys,
  renderLetter,
  toParagraphs,
  type Part,
  type PlaceholderSpec,
  type Values,
} from '../lib/letter';
import type { LetterEdits, Unit } from '../lib/letter-edits';
import type { OwnWords } from '../lib/own-words';
import { downloadName, downloadText, mailtoHref } from '../lib/letter-actions';
import { ASIN_HINT_RE } from '../lib/placeholders';
import {
  concerns,
  FORGET_SIGNAL_KEY,
  forgetAll,
  loadEntry,
  loadValues,
  readableStorage,
  saveChanges,
  type Stamped,
  type StorageLike,
} from '../lib/saved-values';
import { EDITS_ENTRY, hasCaseFile, storedCaseCount } from '../lib/storage-keys';
import { copyText } from './clipboard';
import { loadStrings, readFillPage } from './fill-page';
import type { EditorHost, OpenEditor } from './letter-editor';
type Layer = typeof import('./letter-layer');
import { letterSwitches, type LetterSwitches } from './letter-switches';

type Field = HTMLInputElement | HTMLTextAreaElement;
/** What a copy puts on the clipboard, so the manual fallback can say what it selected. */
type CopyWhat = 'letter' | 'subject' | 'answer';
const MANUAL_COPY: Record<CopyWhat, FillStringKey> = {
  letter: 'copyManualLetter',
  subject: 'copyManualSubject',
  answer: 'copyManualAnswer',
};

/** How often a refused save is tried again while the reader is not typing. */
const RETRY_MS = SAVE_RETRY_MS;

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

/**
 * Makes `target`'s children the given nodes, keeping each existing child whose content key is unchanged, and the
 * child holding `keep` (the open editor: a keystroke in it must not replace the textarea being typed in).
 */
function reconcile(target: Element, next: { key: string; make: () => Node }[], keep?: Node | null) {
  const current = [...target.childNodes];
  next.forEach(({ key, make }, index) => {
    const existing = current[index];
    if (existing && (painted.get(existing) === key || (keep && existing.contains(keep)))) return;
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
  /** The editing layer (src/scripts/letter-layer.ts), once loaded; until then the letter is painted as the server did. */
  #layer: Layer | undefined;
  #layerLoading: Promise<void> | undefined;
  /** The reader's rewrites of the first version's letter (once the layer is here), and as stored until then. */
  #edits: LetterEdits | undefined;
  #rawEdits = '';
  /** The template's units of that letter, by id. */
  #units = new Map<string, Unit>();
  /** The own-words count of the last paint. */
  #own: OwnWords | undefined;
  /** Changes not yet in storage (a refused save): kept, shown, and written on the next try. */
  #pending = new Map<string, Stamped>();
  /** Fields whose saved value was longer than the field allows and was shortened on load. */
  #shortened = new Set<string>();
  #storage: StorageLike | null = null;
  #saveFailed = false;
  #retry: ReturnType<typeof setInterval> | undefined;
  #selected!: LetterVersion;
  #checkModule: typeof import('./letter-check') | undefined;
  /** Set once the checker's code is asked for (when the checker nears the screen). */
  #checkRequested = false;
  #checkObserver: IntersectionObserver | undefined;
  /** The editor's code, loaded on the first activation of a unit. */
  #openEditor: Promise<OpenEditor> | undefined;
  /** The open editor's box inside the letter (kept by repaints while the reader types in it). */
  #editing: HTMLElement | null = null;
  #poaModule: typeof import('../lib/poa') | undefined;
  #undo: { values: Map<string, string>; edits: string } | undefined;
  #mailTooLong = false;
  /** Set once the strings are on their way, so a second connect does not mount twice. */
  #started = false;
  /** Removes every listener and timer this element put outside itself (disconnectedCallback). */
  #teardown = new AbortController();
  #timers = new Set<ReturnType<typeof setTimeout>>();

  connectedCallback() {
    if (this.#started || this.dataset.ready !== undefined) return;
    this.#started = true;
    // The page holds the template; the locale's strings come from one file every template page shares.
    const page = readFillPage(this);
    void loadStrings(this.dataset.strings).then((strings) => this.isConnected && this.#mount({ ...page, ...strings }));
  }

  disconnectedCallback() {
    this.#teardown.abort();
    this.#teardown = new AbortController();
    if (this.#retry) clearInterval(this.#retry);
    this.#retry = undefined;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#checkObserver?.disconnect();
    // Connected again later (moved in the page): mount again.
    this.#started = false;
    delete this.dataset.ready;
  }

  #later(run: () => void, ms: number) {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      run();
    }, ms);
    this.#timers.add(timer);
  }

  #mount(config: FillConfig) {
    this.#config = config;
    const { specs, versions, slug } = config;
    const first = versions[0];
    if (!first) throw new Error('fill-letter: the page has no [data-version] letter');
    const form = this.#one(FILL.form);
    this.#fields.clear();
    for (const spec of specs) {
      const field = form?.querySelector<Field>(`[name="${spec.key}"]`);
      if (!field) continue;
      this.#fields.set(spec.key, field);
      this.#limits.set(spec.key, FIELD_LIMITS[spec.kind]);
    }
    this.#switches = letterSwitches(form, this.#config.extras, first.letter);
    this.#selected = first;
    this.#storage = readableStorage(() => window.localStorage);

    const signal = this.#teardown.signal;
    this.addEventListener('click', (event) => this.#click(event), { signal });
    this.addEventListener('keydown', (event) => this.#key(event), { signal });
    form?.addEventListener('input', (event) => this.#input(event.target as Field), { signal });
    this.#one(FILL.answers)?.addEventListener('toggle', () => this.#refreshAnswers(), { signal });
    window.addEventListener(
      'storage',
      (event) => {
        if (event.key === FORGET_SIGNAL_KEY && event.newValue !== null) this.#forgotten();
        else if (concerns(slug, event.key)) this.#sync();
        // Another tab may just have freed space.
        if (this.#saveFailed) this.#save();
      },
      { signal },
    );
    document.addEventListener('visibilitychange', () => this.#saveFailed && this.#save(), { signal });

    // Explicit values beat whatever the browser restored on reload, so fields, preview and storage agree.
    this.#sync(false);
    // Saved rewrites: the layer that paints them comes first. Otherwise it loads on first interaction or when idle.
    if (this.#rawEdits) void this.#loadLayer().then(() => this.#ready(form));
    else {
      this.#ready(form);
      for (const type of ['pointerover', 'focusin', 'touchstart', 'keydown'])
        this.addEventListener(type, () => void this.#loadLayer(), { once: true, passive: true, signal });
      const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
      idle(() => void this.#loadLayer(), { timeout: 1500 });
    }
  }

  #ready(form: HTMLElement | null) {
    const checker = this.#one(FILL.checker);
    if (checker) checker.hidden = false;
    const radio = form?.querySelector<HTMLInputElement>(`[name="_version"][value="${this.#selected.id}"]`);
    if (radio) radio.checked = true;
    this.#showStorageState();
    this.render();
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement>('[disabled]'))
      if (!control.closest(FILL.letter)) control.disabled = false;
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
    this.#one(FILL.nojsHint)?.classList.add('invisible');
    this.#one(FILL.privacy)?.classList.remove('invisible');
    this.dataset.ready = '';
  }

  #loadLayer(): Promise<void> {
    this.#layerLoading ??= import('./letter-layer').then((layer) => {
      this.#layer = layer;
      this.#units = new Map(layer.letterUnits(this.#letterSource()).map((unit) => [unit.id, unit]));
      this.#edits = layer.parseEdits(this.#rawEdits, this.#letterSource());
      this.render();
    });
    return this.#layerLoading;
  }

  /** Paints everything that depends on the values: letters, meter, warnings, the empty list, answers, checker, mail link. */
  render() {
    const { versions, specs, strings } = this.#config;
    for (const version of versions) {
      const box = this.#one(`[data-version="${version.id}"]`);
      const subject = box?.querySelector(FILL.subject);
      const letter = box?.querySelector(FILL.letter);
      if (subject && version.subject) paintLetter(subject, version.subject, specs, this.#values, true);
      if (!letter) continue;
      const layer = this.#layer;
      if (version === versions[0] && layer && this.#edits) {
        const tagged = this.#resolve(layer.editedSource(version.letter, this.#edits, true));
        this.#own = layer.ownWords(tagged, this.#rewrittenIds(), this.#values, this.#config.examples);
        const fixed = this.#own.fixedUnits;
        const state = (id: string) => (this.#rewritten(id) ? 'own' : fixed.has(id) ? 'fixed' : undefined);
        layer.paintUnits(letter, tagged, specs, this.#values, state, this.#editing, { reconcile, partNode });
      } else paintLetter(letter, this.#sourceOf(version), specs, this.#values, false);
    }
    this.#paintMeter();
    this.#switches.mark(this.#sourceOf(this.#selected));
    this.dataset.selected = this.#selected.id;
    for (const spec of specs) {
      const field = this.#fields.get(spec.key);
      const warn = this.#one(`[data-warn="${spec.key}"]`);
      if (field && warn) warn.textContent = this.#warningFor(spec, field);
    }
    const empty = this.#emptyNow();
    const summary = this.#one(FILL.emptySummary);
    if (summary) {
      const clean = !empty.length && this.#checkModule?.isClean() === true;
      summary.dataset.state = empty.length ? 'empty' : clean ? 'done' : 'check';
      need(summary, FILL.emptyCount).textContent = empty.length
        ? format(empty.length === 1 ? strings.emptyOne : strings.emptyMany, { count: empty.length })
        : clean
          ? strings.allFilled
          : this.#config.editor.filledCheck;
      need(summary, FILL.emptyList).replaceChildren(...empty.map((key) => this.#fieldLink(key)));
    }
    this.#refreshAnswers();
    this.#check(empty);
    const mail = this.#one<HTMLAnchorElement>(action(ACTION.mail));
    if (mail) {
      const { subject, letter } = this.#plain(this.#selected);
      const link = mailtoHref(this.#config.mailTo, subject, letter);
      mail.href = link.href;
      const short = this.#one<HTMLAnchorElement>(FILL.mailShort);
      if (short) short.href = link.href;
      this.#mailTooLong = !link.bodyIncluded;
    }
  }

  #one<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.querySelector<T>(selector);
  }

  #fieldLink(key: string) {
    const link = document.createElement('a');
    link.href = `#${this.#fields.get(key)?.id ?? ''}`;
    link.dataset.focus = key;
    link.textContent = labelOf(this.#config.labels, key);
    return link;
  }

  // ── the own-words meter ──────────────────────────────────────────────────

  #paintMeter() {
    const meter = this.#one(FILL.meter);
    const own = this.#own;
    if (!meter || !own) return;
    const { editor } = this.#config;
    meter.hidden = own.total === 0;
    meter.dataset.ownWords = String(own.percent);
    meter.dataset.level = own.percent >= 50 ? 'good' : own.percent >= 25 ? 'some' : 'low';
    const bar = meter.querySelector<HTMLElement>('[data-own-bar]');
    if (bar) bar.style.inlineSize = `${own.percent}%`;
    // The same figure in the sticky bar, so it stays in view while the reader writes.
    const short = this.#one(FILL.ownShort);
    if (short) {
      short.hidden = own.total === 0;
      short.textContent = format(editor.meterShort, { percent: own.percent });
    }
    const text = meter.querySelector(FILL.meterText);
    if (text) text.textContent = format(editor.meter, { percent: own.percent });
    const parts = meter.querySelector(FILL.meterParts);
    if (parts) {
      const items = own.parts
        .filter((p) => p.part !== 'other')
        .map((p) => {
          const item = document.createElement('li');
          item.dataset.part = p.part;
          item.textContent = format(editor.meterPart, { part: editor.parts[p.part] ?? p.part, percent: p.percent });
          return item;
        });
      const key = items.map((i) => i.textContent).join('|');
      if (painted.get(parts) !== key) {
        painted.set(parts, key);
        parts.replaceChildren(...items);
      }
    }
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
    this.#switches.write(
      Object.fromEntries(this.#switches.keys().map((key) => [key, this.#pending.get(key)?.value ?? stored.get(key) ?? ''])),
    );
    this.#readFields();
    if (storage && !this.#pending.has(EDITS_ENTRY)) {
      this.#rawEdits = loadEntry(storage, slug, EDITS_ENTRY) ?? '';
      if (this.#layer) this.#edits = this.#layer.parseEdits(this.#rawEdits, this.#letterSource());
      else if (this.#rawEdits && this.dataset.ready !== undefined) void this.#loadLayer();
    }
    if (paint) this.render();
  }

  /** After an edit here: note what changed (with the time), save, repaint. */
  #changed(keys: Iterable<string>) {
    const at = Date.now();
    this.#readFields();
    for (const key of keys) {
      this.#shortened.delete(key);
      if (key === EDITS_ENTRY) this.#pending.set(key, { value: this.#serializedEdits(), at });
      else this.#pending.set(key, { value: this.#values.get(key) ?? '', at });
    }
    this.#save();
    this.render();
    const undo = this.#one(action(ACTION.undo));
    if (undo) undo.hidden = true;
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
    const notice = this.#one(FILL.storageNotice);
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
    const undo = this.#one(action(ACTION.undo));
    if (undo) undo.hidden = true;
    this.#closeEditor();
    this.#rawEdits = '';
    this.#edits = this.#layer?.noEdits();
    this.#writeFields(new Map());
    if (this.#saveFailed) {
      this.#saveFailed = false;
      this.#showStorageState();
    }
    this.render();
  }

  // ── derived ──────────────────────────────────────────────────────────────

  /** The first version's letter source: the one the reader rewrites. */
  #letterSource() {
    return this.#config.versions[0]?.letter ?? '';
  }

  /** Switches applied: blocks, alternatives and the attachments list resolved. */
  #resolve(source: string) {
    return resolveLetter(source, this.#config.extras, this.#values);
  }

  /** The letter as it will be sent: the reader's rewrites (first version), switches applied. */
  #sourceOf(version: LetterVersion) {
    const layer = this.#layer;
    return this.#resolve(
      version === this.#config.versions[0] && layer && this.#edits ? layer.editedSource(version.letter, this.#edits) : version.letter,
    );
  }

  /** The rewrites as stored: from the layer once loaded, else exactly as they were read. */
  #serializedEdits() {
    return this.#layer && this.#edits ? this.#layer.serializeEdits(this.#edits) : this.#rawEdits;
  }

  #rewritten(id: string) {
    const unit = this.#units.get(id);
    const { layer, edits } = { layer: this.#layer, edits: this.#edits };
    return (
      id.startsWith('N') ||
      (unit !== undefined && layer !== undefined && edits !== undefined && layer.unitText(edits, id, unit.original) !== unit.original)
    );
  }

  #rewrittenIds() {
    return new Set([...(this.#edits?.text.keys() ?? [])].filter((id) => this.#rewritten(id)));
  }

  #plain(version: LetterVersion) {
    const { specs } = this.#config;
    return {
      subject: version.subject ? fillLetter(version.subject, specs, this.#values) : undefined,
      letter: fillLetter(this.#sourceOf(version), specs, this.#values),
    };
  }

  /** The letter exactly as Copy gives it, for "save to my case" (src/scripts/case-save.ts). */
  plainLetter(): { subject?: string; text: string } {
    const { subject, letter } = this.#plain(this.#selected);
    return { subject, text: letter };
  }

  #emptyNow() {
    const selected = this.#selected;
    return emptyKeys(placeholderKeys(`${selected.subject ?? ''}\n${this.#sourceOf(selected)}`), this.#values);
  }

  #warningFor(spec: PlaceholderSpec, field: Field) {
    const { strings } = this.#config;
    const value = field.value.trim();
    const limit = this.#limits.get(spec.key) ?? Number.POSITIVE_INFINITY;
    if (this.#shortened.has(spec.key)) return format(strings.truncated, { max: limit });
    if (field.value.length >= limit) return format(strings.tooLong, { max: limit });
    if (spec.kind === 'asin' && value && !ASIN_HINT_RE.test(value)) return strings.warnAsin;
    if (field.validity.typeMismatch) return strings.warnEmail;
    if (field.validity.badInput && spec.kind === 'number') return strings.warnNumber;
    return '';
  }

  /** The per-part answers for Account Health's form: computed only while their disclosure is open. */
  #refreshAnswers() {
    const box = this.#one<HTMLDetailsElement>(FILL.answers);
    if (!box?.open) return;
    if (!this.#poaModule) {
      void import('../lib/poa').then((module) => {
        this.#poaModule = module;
        this.#refreshAnswers();
      });
      return;
    }
    const { parsePoa, poaAnswers, attachmentsAnswer } = this.#poaModule;
    const { extras, specs } = this.#config;
    const source = applyOptions(
      this.#layer && this.#edits ? this.#layer.editedSource(this.#letterSource(), this.#edits) : this.#letterSource(),
      extras.options ?? [],
      this.#values,
    );
    const answers = [
      ...poaAnswers(parsePoa(source), (line) => fillLetter(line, specs, this.#values)).map(({ part, text }) => [part, text] as const),
      [
        'attachments',
        attachmentsAnswer(listedAttachments(extras.attachments ?? [], this.#values, extras.options ?? []).map((item) => item.text)),
      ] as const,
    ];
    for (const [part, text] of answers) {
      const answer = box.querySelector(`[data-answer="${part}"]`);
      if (!answer) continue;
      need<HTMLTextAreaElement>(answer, 'textarea').value = text;
      need(answer, '[data-count]').textContent = format(this.#config.poa.chars, { count: text.length });
    }
  }

  #check(empty: string[]) {
    const checker = this.#one(FILL.checker);
    if (!checker) return;
    if (!this.#checkModule) {
      this.#loadCheckerWhenNear(checker);
      return;
    }
    const own = this.#own;
    this.#checkModule.showFindings(
      checker,
      renderLetter(this.#sourceOf(this.#selected), this.#config.specs, this.#values),
      empty,
      this.#config,
      {
        ownPercent: own && this.#selected === this.#config.versions[0] ? own.percent : undefined,
      },
    );
  }

  /**
   * The checker's rules are the island's largest chunk (about 18 KB gzip): they load when the checker comes within
   * a screen of the viewport (or when the reader copies), so a visit that never scrolls to it does not pay for them.
   */
  #loadChecker(): Promise<void> {
    this.#checkRequested = true;
    this.#checkObserver?.disconnect();
    return import('./letter-check').then((module) => {
      if (!this.#checkModule) {
        this.#checkModule = module;
        this.render();
      }
    });
  }

  #loadCheckerWhenNear(checker: HTMLElement) {
    if (this.#checkRequested) return;
    this.#checkRequested = true;
    if (typeof IntersectionObserver !== 'function') return void this.#loadChecker();
    this.#checkObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.#loadChecker();
      },
      { rootMargin: '100% 0px' },
    );
    this.#checkObserver.observe(checker);
  }

  // ── messages and panels ──────────────────────────────────────────────────

  #say(message: string) {
    const status = this.#one(FILL.status);
    if (!status) return;
    // Cleared first so the same message twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  }

  /** At most one note is open at a time, right above the buttons. */
  #show(panel?: HTMLElement | null) {
    for (const p of [this.#one(FILL.confirm), this.#one(FILL.fallback), this.#one(FILL.mailNote), this.#one(FILL.checkSummary)])
      if (p) p.hidden = p !== panel;
  }

  #focusField(key: string) {
    const field = this.#fields.get(key);
    if (!field) return;
    this.dataset.view = 'fill';
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center' });
  }

  #showLine(line: number) {
    const paragraphs = [...this.querySelectorAll<HTMLElement>(`[data-version="${this.#selected.id}"] ${FILL.letter} > [data-line]`)];
    const target = paragraphs.filter((p) => Number(p.dataset.line) <= line).pop() ?? paragraphs[0];
    if (!target) return;
    this.dataset.view = 'letter';
    target.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    target.dataset.flash = '';
    this.#later(() => delete target.dataset.flash, 1600);
  }

  // ── editing the letter in place (the editor's code loads on first use) ──

  #editorHost(layer: Layer, edits: LetterEdits): EditorHost {
    return {
      strings: this.#config.editor,
      unit: (id) => {
        const unit = this.#units.get(id);
        const original = unit?.original ?? '';
        return {
          text: layer.unitText(edits, id, original),
          original,
          point: unit?.point ?? id.startsWith('N'),
          run: unit?.run ?? this.#runOf(id),
        };
      },
      set: (id, text) => {
        layer.setUnit(edits, id, this.#units.get(id)?.original ?? '', text);
        this.#changed([EDITS_ENTRY]);
      },
      change: (id, run, change) => {
        const focus = layer.changeRun(this.#letterSource(), edits, run, id, change);
        if (focus !== false) this.#changed([EDITS_ENTRY]);
        return focus;
      },
      opened: (box) => {
        this.#editing = box;
        // The editor changed this paragraph's markup: once it closes, the paragraph is painted again.
        const paragraph = box.closest('[data-line]');
        if (paragraph) painted.delete(paragraph);
        this.dataset.view = 'letter';
      },
      closed: (id) => {
        this.#editing = null;
        this.render();
        this.#unitElement(id)?.focus();
      },
      say: (message) => this.#say(message),
      find: (id) => this.#unitElement(id),
    };
  }

  #runOf(id: string) {
    for (const [run, ids] of this.#edits?.order ?? []) if (ids.includes(id)) return run;
    return undefined;
  }

  #unitElement(id: string) {
    return this.querySelector<HTMLElement>(
      `[data-version="${this.#config.versions[0]?.id ?? ''}"] ${FILL.letter} [data-edit-unit="${CSS.escape(id)}"]`,
    );
  }

  #edit(unit: HTMLElement) {
    const id = unit.dataset.editUnit;
    if (!id || unit.querySelector(FILL.editor)) return;
    this.#openEditor ??= import('./letter-editor').then((module) => module.openEditor);
    void this.#openEditor.then((open) => {
      // The unit may have been repainted while the code loaded: open the one on the page now.
      const current = unit.isConnected ? unit : this.#unitElement(id);
      if (current && this.#layer && this.#edits) open(current, this.#editorHost(this.#layer, this.#edits));
    });
  }

  #closeEditor() {
    if (!this.#editing) return;
    this.#editing = null;
    this.render();
  }

  // ── actions ──────────────────────────────────────────────────────────────

  async #copy(text: string, what: CopyWhat, done: string, button?: HTMLElement | null) {
    const mailNote = this.#one(FILL.mailNote);
    // The mail note stays open: after copying, its "open the email" link is the next step.
    const summary = this.#one(FILL.checkSummary);
    this.#show(mailNote && !mailNote.hidden ? mailNote : summary && !summary.hidden ? summary : undefined);
    if (await copyText(text)) {
      this.#say(done);
      if (button) {
        button.dataset.done = '';
        this.#later(() => delete button.dataset.done, 2000);
      }
      return;
    }
    // No Clipboard API, the browser refused, or it never answered: hand the reader the text, selected, to copy by hand.
    const fallback = need<HTMLTextAreaElement>(this, FILL.copyFallback);
    this.#show(this.#one(FILL.fallback));
    fallback.value = text;
    fallback.focus();
    fallback.select();
    this.#say(this.#config.strings[MANUAL_COPY[what]]);
  }

  /**
   * Copy: with empty fields, first the "check your letter" summary with Copy anyway (GOV.UK error summary: each
   * problem a link to where it is fixed); with none, the letter is copied at once and the summary lists what is
   * left to look at (sentences still the site's, checker findings). Copying is never blocked.
   */
  #copyLetter(force: boolean) {
    const empty = this.#emptyNow();
    if (empty.length && !force) {
      const text = this.#one(FILL.confirmText);
      if (text) text.textContent = format(this.#config.strings.confirmEmpty, { count: empty.length });
      this.#fillCheckSummary(empty, this.#one(FILL.confirm));
      this.#show(this.#one(FILL.confirm));
      this.#one(action(ACTION.copyAnyway))?.focus();
      return;
    }
    const summary = this.#one(FILL.checkSummary);
    if (summary && this.#fillCheckSummary(empty, summary)) summary.hidden = false;
    void this.#copy(this.#plain(this.#selected).letter, 'letter', this.#config.strings.copied, this.#one(action(ACTION.copy)));
    // The checker's findings belong in the summary: load it now if the reader never scrolled to it.
    if (!this.#checkModule) void this.#loadChecker().then(() => summary && !summary.hidden && this.#fillCheckSummary([], summary));
  }

  /** Fills a "check your letter" list; returns whether it has anything in it. */
  #fillCheckSummary(empty: string[], root: HTMLElement | null): boolean {
    const list = root?.querySelector(FILL.checkSummaryList);
    if (!root || !list) return false;
    const { editor } = this.#config;
    const items: HTMLElement[] = [];
    const item = (text: string, ...nodes: Node[]) => {
      const li = document.createElement('li');
      const lead = document.createElement('p');
      lead.textContent = text;
      li.append(lead, ...nodes);
      items.push(li);
    };
    if (empty.length) item(format(editor.checkEmpty, { count: empty.length }), ...empty.map((key) => this.#fieldLink(key)));
    const fixed =
      this.#selected === this.#config.versions[0] ? (this.#own?.units ?? []).filter((u) => this.#own?.fixedUnits.has(u.id)) : [];
    if (fixed.length) {
      const links = fixed.slice(0, 8).map((unit) => {
        const link = document.createElement('button');
        link.type = 'button';
        link.className = 'fill-link';
        link.dataset.goUnit = unit.id;
        link.textContent = `“${quote(fillLetter(unit.text, this.#config.specs, this.#values))}”`;
        return link;
      });
      item(format(editor.checkFixed, { count: fixed.length, percent: this.#own?.fixedPercent ?? 0 }), ...links);
    }
    const findings = this.#checkModule?.findingCount() ?? 0;
    if (findings) {
      const link = document.createElement('a');
      link.href = '#fill-check-title';
      link.textContent = editor.checkFindingsLink;
      item(format(editor.checkFindings, { count: findings }), link);
    }
    list.replaceChildren(...items);
    return items.length > 0;
  }

  #download() {
    const { slug, versions, strings } = this.#config;
    const { subject, letter } = this.#plain(this.#selected);
    const name = downloadName(slug, versions.length > 1 ? this.#selected.id : undefined);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([downloadText(subject, letter)], { type: 'text/plain;charset=utf-8' }));
    link.download = name;
    link.click();
    this.#later(() => URL.revokeObjectURL(link.href), 10_000);
    this.#say(format(strings.downloaded, { file: name }));
  }

  /** Empties (or restores) every field and rewrite, as one change saved at once. */
  #replaceAll(values: ReadonlyMap<string, string>, edits: string) {
    this.#closeEditor();
    this.#rawEdits = edits;
    this.#edits = this.#layer?.parseEdits(edits, this.#letterSource());
    if (edits && !this.#layer) void this.#loadLayer();
    this.#writeFields(values);
    this.#changed([...this.#fields.keys(), ...this.#switches.keys(), EDITS_ENTRY]);
  }

  #forget() {
    const strings = this.#config.storage;
    const confirm = this.#one(FILL.forgetConfirm);
    const keepCase = confirm?.querySelector<HTMLInputElement>('[name="_forget-case"][value="delete"]')?.checked !== true;
    const result = this.#storage
      ? forgetAll(this.#storage, keepCase)
      : { removed: 0, remaining: 0, caseKept: false, cases: 0, themeKept: false };
    this.#forgotten();
    if (confirm) confirm.hidden = true;
    this.#one(action(ACTION.forget))?.focus();
    // Says exactly what is still on this device: the case file (when kept) and the theme choice.
    const kept = [
      result.caseKept ? format(strings.keptCase, { cases: result.cases }) : '',
      result.themeKept ? strings.keptTheme : '',
    ].filter(Boolean);
    if (result.remaining > 0) this.#say(format(strings.forgetFailed, { count: result.remaining }));
    else this.#say([result.removed ? format(strings.forgotten, { count: result.removed }) : strings.forgottenNothing, ...kept].join(' '));
  }

  readonly #actions: Partial<Record<string, (target: HTMLElement) => void>> = {
    [ACTION.copy]: () => this.#copyLetter(false),
    [ACTION.copyAnyway]: () => this.#copyLetter(true),
    [ACTION.copyFromNote]: () => this.#copyLetter(false),
    [ACTION.keepFilling]: () => {
      this.#show();
      const first = this.#emptyNow()[0];
      if (first) this.#focusField(first);
    },
    [ACTION.copySubject]: (target) => {
      const id = target.closest<HTMLElement>(FILL.version)?.dataset.version;
      const version = this.#config.versions.find((v) => v.id === id) ?? this.#selected;
      void this.#copy(this.#plain(version).subject ?? '', 'subject', this.#config.strings.copiedSubject, target);
    },
    [ACTION.closeFallback]: () => {
      this.#show();
      this.#one(action(ACTION.copy))?.focus();
    },
    [ACTION.closeCheck]: () => {
      this.#show();
      this.#one(action(ACTION.copy))?.focus();
    },
    [ACTION.download]: () => this.#download(),
    [ACTION.copyAnswer]: (target) => {
      const text = target.closest(FILL.answer)?.querySelector('textarea')?.value ?? '';
      void this.#copy(text, 'answer', this.#config.poa.copied, target);
    },
    [ACTION.reset]: () => {
      this.#undo = { values: new Map(this.#values), edits: this.#serializedEdits() };
      this.#replaceAll(new Map(), '');
      this.#say(this.#config.strings.cleared);
      const undo = this.#one(action(ACTION.undo));
      if (undo) undo.hidden = false;
    },
    [ACTION.undo]: () => {
      this.#replaceAll(this.#undo?.values ?? new Map(), this.#undo?.edits ?? '');
      this.#say(this.#config.strings.restored);
    },
    [ACTION.forget]: () => {
      const confirm = this.#one(FILL.forgetConfirm);
      if (!confirm) return;
      // The case file is asked about, in plain words, only when there is one.
      const question = confirm.querySelector<HTMLElement>(FILL.forgetCase);
      if (question) {
        const caseFile = this.#storage ? hasCaseFile(this.#storage) : false;
        question.hidden = !caseFile;
        const legend = question.querySelector(FILL.forgetCaseQuestion);
        if (legend && this.#storage)
          legend.textContent = format(this.#config.storage.caseQuestion, { cases: storedCaseCount(this.#storage) });
        const keep = question.querySelector<HTMLInputElement>('[value="keep"]');
        if (keep) keep.checked = true;
      }
      confirm.hidden = false;
      confirm.querySelector<HTMLElement>(action(ACTION.forgetNo))?.focus();
    },
    [ACTION.forgetNo]: () => {
      const confirm = this.#one(FILL.forgetConfirm);
      if (confirm) confirm.hidden = true;
      this.#one(action(ACTION.forget))?.focus();
    },
    [ACTION.forgetYes]: () => this.#forget(),
    [ACTION.view]: (target) => {
      this.dataset.view = target.dataset.view === 'letter' ? 'letter' : 'fill';
    },
  };

  #click(event: MouseEvent) {
    const target = event.target as Element;
    const line = target.closest<HTMLElement>(`${FILL.checker} [data-line]`);
    if (line) return this.#showLine(Number(line.dataset.line));
    const go = target.closest<HTMLElement>('[data-go-unit]');
    if (go?.dataset.goUnit) {
      const unit = this.#unitElement(go.dataset.goUnit);
      if (unit) {
        this.dataset.view = 'letter';
        unit.scrollIntoView({ block: 'center' });
        this.#edit(unit);
      }
      return;
    }
    const focus = target.closest<HTMLElement>('[data-focus], mark.ph[data-key]');
    if (focus && !target.closest(FILL.editor)) {
      event.preventDefault();
      this.#focusField(focus.dataset.focus ?? focus.dataset.key ?? '');
      return;
    }
    const unit = target.closest<HTMLElement>(FILL.unit);
    if (unit && !target.closest(FILL.editor)) return this.#edit(unit);
    const button = target.closest<HTMLElement>('[data-action]');
    const name = button?.dataset.action ?? '';
    if (name === ACTION.mail && this.#mailTooLong) {
      // Too long for a mailto: link: say so first, and offer Copy before opening the email without the body.
      event.preventDefault();
      const note = this.#one(FILL.mailNoteText);
      if (note) note.textContent = format(this.#config.strings.mailTooLong, { count: this.#plain(this.#selected).letter.length });
      this.#show(this.#one(FILL.mailNote));
      this.#one(action(ACTION.copyFromNote))?.focus();
    } else if (button && Object.hasOwn(this.#actions, name)) {
      this.#actions[name]?.(button);
    }
  }

  #key(event: KeyboardEvent) {
    const target = event.target as Element;
    if ((event.key === 'Enter' || event.key === ' ') && target instanceof HTMLElement && target.matches(FILL.unit)) {
      event.preventDefault();
      return this.#edit(target);
    }
    if (event.key !== 'Escape' || target.closest(FILL.editor)) return;
    const confirm = this.#one(FILL.forgetConfirm);
    if (confirm && !confirm.hidden) this.#actions[ACTION.forgetNo]?.(confirm);
    else if (
      [this.#one(FILL.confirm), this.#one(FILL.fallback), this.#one(FILL.mailNote), this.#one(FILL.checkSummary)].some(
        (panel) => panel && !panel.hidden,
      )
    ) {
      this.#show();
      this.#one(action(ACTION.copy))?.focus();
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
