/**
 * <fill-letter>: the fill-and-copy island of template pages — the part that loads with the page. It enables the
 * server-rendered form (src/components/FillLetter.astro), keeps the reader's values and saves them on the device,
 * and hands everything that paints or acts to the view (src/scripts/fill-view.ts, its own chunk): the live letter,
 * its units for rewriting in place, the own-words meter, the summaries, copy / download / mail / forget, the
 * checker. The server already painted the letter as a first visit sees it, so the view loads at once only when this
 * device holds saved values or rewrites for the page; otherwise on the reader's first interaction with the island,
 * when the letter nears the screen, or once the page is idle — whichever comes first (docs/EDITOR.md, "Weight").
 * A click on an action before the view is here is answered once it is. What it knows of the template it reads from
 * the page itself (src/scripts/fill-page.ts); its strings come from the locale's shared JSON file, and it mounts
 * once they are here.
 *
 * State lives here, in one place: `#values` (a Map: keys are data) plus the reader's rewrites as stored
 * (`#rawEdits`; parsed by the view); every change goes through `#changed` (save) and `render()` (the view paints).
 * Values stay in this browser (src/lib/saved-values.ts): a save writes only what changed here, other tabs' saves
 * arrive through `storage` events, and a refused save is kept and retried. Selectors: src/lib/fill-contract.ts.
 */
import { FIELD_LIMITS, clampText } from '../lib/field-limits';
import type { FillConfig, LetterVersion } from '../lib/fill-config';
import { ACTION, action, FILL, SAVE_RETRY_MS } from '../lib/fill-contract';
import {
  concerns,
  FORGET_SIGNAL_KEY,
  loadEntry,
  loadValues,
  readableStorage,
  setAsideUnreadable,
  saveChanges,
  type Stamped,
  type StorageLike,
} from '../lib/saved-values';
import { EDITS_ENTRY } from '../lib/storage-keys';
import { loadStrings, readFillPage } from './fill-page';
import type { FillView } from './fill-view';
import { letterSwitches, type LetterSwitches } from './letter-switches';

export type Field = HTMLInputElement | HTMLTextAreaElement;

/** How often a refused save is tried again while the reader is not typing. */
const RETRY_MS = SAVE_RETRY_MS;

/** What the view (src/scripts/fill-view.ts) reads and calls on the island: its state and its few state changes. */
export interface IslandCore {
  readonly root: FillLetterElement;
  readonly config: FillConfig;
  readonly fields: Map<string, Field>;
  readonly limits: Map<string, number>;
  readonly values: Map<string, string>;
  /** Fields whose saved value was longer than the field allows and was shortened on load. */
  readonly shortened: Set<string>;
  readonly switches: LetterSwitches;
  readonly storage: StorageLike | null;
  readonly signal: AbortSignal;
  selected: LetterVersion;
  /** The rewrites as stored (src/lib/letter-edits.ts parses them). */
  rawEdits: string;
  one<T extends HTMLElement = HTMLElement>(selector: string): T | null;
  /** After an edit: note what changed, save, repaint. */
  changed(keys: Iterable<string>): void;
  /** Puts values in the fields (and switches) and reads them back. */
  writeFields(next: ReadonlyMap<string, string>): void;
  /** Everything on this device was forgotten: so is everything here. */
  forgotten(): void;
  say(message: string): void;
  /** Opens one note above the buttons (or none). */
  show(panel?: HTMLElement | null): void;
  later(run: () => void, ms: number): void;
}

export class FillLetterElement extends HTMLElement {
  #config!: FillConfig;
  #fields = new Map<string, Field>();
  #limits = new Map<string, number>();
  #values = new Map<string, string>();
  /** The paragraph switches and the evidence checklist: their states are values too (`#key`, `@id`). */
  #switches!: LetterSwitches;
  /** The view (src/scripts/fill-view.ts), once loaded; until then the letter is as the server painted it. */
  #view: FillView | undefined;
  #viewLoading: Promise<FillView> | undefined;
  #rawEdits = '';
  /** Changes not yet in storage (a refused save): kept, shown, and written on the next try. */
  #pending = new Map<string, Stamped>();
  #shortened = new Set<string>();
  #storage: StorageLike | null = null;
  #saveFailed = false;
  /** A record of this page could not be read and was set aside at load (F12): said until Forget removes it. */
  #setAside = false;
  #retry: ReturnType<typeof setInterval> | undefined;
  #selected!: LetterVersion;
  /** Set once the strings are on their way, so a second connect does not mount twice. */
  #started = false;
  /** Removes every listener and timer this element put outside itself (disconnectedCallback). */
  #teardown = new AbortController();
  #timers = new Set<ReturnType<typeof setTimeout>>();
  #letterObserver: IntersectionObserver | undefined;

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
    this.#letterObserver?.disconnect();
    this.#view?.stop();
    // A new view on the next mount, its listeners tied to the new mount's signal.
    this.#view = undefined;
    this.#viewLoading = undefined;
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
    this.#switches = letterSwitches(form, this.#config.extras);
    this.#selected = first;
    this.#storage = readableStorage(() => window.localStorage);
    if (this.#storage)
      try {
        this.#setAside = setAsideUnreadable(this.#storage, slug) > 0;
      } catch {
        // Storage refused the move: nothing was written over the record either.
      }

    const signal = this.#teardown.signal;
    this.addEventListener('click', (event) => this.#click(event), { signal });
    this.addEventListener('keydown', (event) => this.#view?.key(event), { signal });
    form?.addEventListener('input', (event) => this.#input(event.target as Field), { signal });
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
    const saved = this.#sync(false);
    this.#ready(form);
    // Saved values or rewrites: the letter must be painted with them now. Otherwise the server's letter is right
    // until the reader does something, and the view comes on first interaction, when the letter nears, or when idle.
    if (saved) return void this.#loadView();
    for (const type of ['pointerover', 'focusin', 'touchstart', 'keydown'])
      this.addEventListener(type, () => void this.#loadView(), { once: true, passive: true, signal });
    const letter = this.#one(FILL.letter);
    if (letter && typeof IntersectionObserver === 'function') {
      this.#letterObserver = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void this.#loadView(), {
        rootMargin: '50% 0px',
      });
      this.#letterObserver.observe(letter);
    }
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => void this.#loadView(), { timeout: 1500 });
  }

  #ready(form: HTMLElement | null) {
    const checker = this.#one(FILL.checker);
    if (checker) checker.hidden = false;
    const radio = form?.querySelector<HTMLInputElement>(`[name="_version"][value="${this.#selected.id}"]`);
    if (radio) radio.checked = true;
    this.#showStorageState();
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement>('[disabled]'))
      if (!control.closest(FILL.letter)) control.disabled = false;
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
    this.#one(FILL.nojsHint)?.classList.add('invisible');
    this.#one(FILL.privacy)?.classList.remove('invisible');
    this.dataset.ready = '';
  }

  #loadView(): Promise<FillView> {
    this.#letterObserver?.disconnect();
    if (this.#viewLoading) return this.#viewLoading;
    const loading: Promise<FillView> = import('./fill-view').then(({ FillView }) => {
      // Moved in the page while the code loaded: the new mount's view.
      if (this.#viewLoading !== loading) return this.#loadView();
      const view = new FillView(this.#core());
      this.#view = view;
      this.render();
      return view;
    });
    return (this.#viewLoading = loading);
  }

  /** The island's state and state changes, as the view sees them. */
  #core(): IslandCore {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- getters below read the element's private state
    const self = this;
    return {
      root: this,
      config: this.#config,
      fields: this.#fields,
      limits: this.#limits,
      values: this.#values,
      shortened: this.#shortened,
      switches: this.#switches,
      storage: this.#storage,
      signal: this.#teardown.signal,
      get selected() {
        return self.#selected;
      },
      set selected(version) {
        self.#selected = version;
      },
      get rawEdits() {
        return self.#rawEdits;
      },
      set rawEdits(raw) {
        self.#rawEdits = raw;
      },
      one: (selector) => this.#one(selector),
      changed: (keys) => this.#changed(keys),
      writeFields: (next) => this.#writeFields(next),
      forgotten: () => this.#forgotten(),
      say: (message) => this.#say(message),
      show: (panel) => this.#show(panel),
      later: (run, ms) => this.#later(run, ms),
    };
  }

  /** Paints everything that depends on the values (the view does; before it is here the server's paint stands). */
  render() {
    this.dataset.selected = this.#selected.id;
    this.#view?.render();
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
   * Values saved above a field's limit load shortened, with a note on the field. Returns whether storage held
   * anything for this page.
   */
  #sync(paint = true): boolean {
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
      this.#view?.setEdits(this.#rawEdits);
      if (this.#rawEdits && !this.#view && this.dataset.ready !== undefined) void this.#loadView();
    }
    if (paint) {
      if (!this.#view && stored.size) void this.#loadView();
      this.render();
    }
    return stored.size > 0 || this.#rawEdits !== '';
  }

  /** After an edit here: note what changed (with the time), save, repaint. */
  #changed(keys: Iterable<string>) {
    const at = Date.now();
    this.#readFields();
    for (const key of keys) {
      this.#shortened.delete(key);
      if (key === EDITS_ENTRY) this.#pending.set(key, { value: this.#view?.serializedEdits() ?? this.#rawEdits, at });
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
    const { storageFull, storageSetAside } = this.#config.strings;
    notice.textContent = this.#saveFailed ? storageFull : this.#setAside ? storageSetAside : notice.dataset.rendered;
    notice.hidden = Boolean(this.#storage) && !this.#saveFailed && !this.#setAside;
  }

  /** Another tab (or Forget here) forgot everything: so does this one, unsaved changes included. */
  #forgotten() {
    this.#pending.clear();
    const undo = this.#one(action(ACTION.undo));
    if (undo) undo.hidden = true;
    this.#rawEdits = '';
    this.#view?.forgotten();
    this.#writeFields(new Map());
    if (this.#saveFailed || this.#setAside) {
      this.#saveFailed = false;
      this.#setAside = false;
      this.#showStorageState();
    }
    this.render();
  }

  /** The letter exactly as Copy gives it, for "save to my case" (src/scripts/case-save.ts). */
  async plainLetter(): Promise<{ subject?: string; text: string }> {
    const { subject, letter } = (await this.#loadView()).plain(this.#selected);
    return { subject, text: letter };
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
      if (p && p.hidden !== (p !== panel)) p.hidden = p !== panel;
  }

  // ── events ───────────────────────────────────────────────────────────────

  /** Clicks go to the view; one on a button before the view is here is answered once it arrives. */
  #click(event: MouseEvent) {
    if (this.#view) return this.#view.click(event);
    const target = event.target as Element;
    if (!target.closest('button, [data-focus]')) return;
    event.preventDefault();
    void this.#loadView().then((view) => view.click(event));
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
