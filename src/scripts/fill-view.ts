/**
 * The view of <fill-letter> (src/scripts/fill-letter.ts): everything the island paints and does beyond keeping and
 * saving the reader's values — its own chunk, loaded at once when the page holds saved values or rewrites, else on
 * the reader's first interaction with the island, when the letter nears the screen, or when the page is idle. It
 * paints the letters with the same code the build validates with (src/lib/letter.ts), the first version unit by
 * unit (`data-edit-unit`, src/scripts/letter-layer.ts) so that a click or Enter on one opens the editor
 * (src/scripts/letter-editor.ts, its own chunk, on first use); the own-words meter; the empty-fields and "check
 * your letter" summaries; the field warnings; the per-part answers; and copies, downloads or e-mails the result.
 * The checker's rules (src/scripts/letter-check.ts) load when the checker nears the screen. Reader input only ever
 * reaches the page as text (textContent, form values), never as HTML.
 */
import { labelOf, type FillStringKey, type LetterVersion } from '../lib/fill-config';
import { format, quote } from '../lib/format';
import { ACTION, action, FILL, need } from '../lib/fill-contract';
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
import { forgetAll } from '../lib/saved-values';
import { EDITS_ENTRY, hasCaseFile, storedCaseCount } from '../lib/storage-keys';
import { copyText } from './clipboard';
import type { Field, IslandCore } from './fill-letter';
import type { EditorHost, OpenEditor } from './letter-editor';
import * as layer from './letter-layer';

/** How long after the last keystroke in the editor the summaries, warnings, checker and mail link catch up. */
const REST_MS = 150;

/** What a copy puts on the clipboard, so the manual fallback can say what it selected. */
type CopyWhat = 'letter' | 'subject' | 'answer';
const MANUAL_COPY: Record<CopyWhat, FillStringKey> = {
  letter: 'copyManualLetter',
  subject: 'copyManualSubject',
  answer: 'copyManualAnswer',
};

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

export class FillView {
  #core: IslandCore;
  #root: HTMLElement;
  /** The reader's rewrites of the first version's letter. */
  #edits: LetterEdits;
  /** The template's units of that letter, by id. */
  #units: Map<string, Unit>;
  /** The own-words count of the last paint. */
  #own: OwnWords | undefined;
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
  /** Set by a keystroke in the editor: the next render paints the letter and the meter only. */
  #quick = false;
  #restTimer: ReturnType<typeof setTimeout> | undefined;
  /** Placeholders only optional paragraphs use (a group's alternatives included): their fields may not be needed. */
  #blockOnly: string[];

  constructor(core: IslandCore) {
    this.#core = core;
    this.#root = core.root;
    this.#units = new Map(layer.letterUnits(this.#letterSource()).map((unit) => [unit.id, unit]));
    this.#edits = layer.parseEdits(core.rawEdits, this.#letterSource());
    const letter = this.#letterSource();
    const always = new Set(
      placeholderKeys(
        applyOptions(
          letter,
          (core.config.extras.options ?? []).map((o) => ({ key: o.key, default: false })),
          {},
        ),
      ),
    );
    this.#blockOnly = placeholderKeys(letter).filter((key) => !always.has(key));
    this.#one(FILL.answers)?.addEventListener('toggle', () => void this.#refreshAnswers(), { signal: core.signal });
  }

  /** The island left the page. */
  stop() {
    clearTimeout(this.#restTimer);
    this.#checkObserver?.disconnect();
  }

  /** The rewrites as stored were read again (another tab saved, or Forget). */
  setEdits(raw: string) {
    this.#edits = layer.parseEdits(raw, this.#letterSource());
  }

  /** The rewrites as they are stored. */
  serializedEdits() {
    return layer.serializeEdits(this.#edits);
  }

  /** Everything was forgotten: the open editor closes, the rewrites and the undo go. */
  forgotten() {
    this.#undo = undefined;
    this.#closeEditor();
    this.#edits = layer.noEdits();
  }

  #one<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.#root.querySelector<T>(selector);
  }

  /**
   * Paints everything that depends on the values: letters, meter, warnings, the empty list, answers, checker, mail
   * link. After a keystroke in the editor only the letter (the paragraphs that changed) and the meter are painted at
   * once; the rest follows when the reader pauses (REST_MS), or before any click is handled (docs/EDITOR.md).
   */
  render() {
    const quick = this.#quick;
    this.#quick = false;
    clearTimeout(this.#restTimer);
    this.#restTimer = undefined;
    this.#paintLetters(quick);
    this.#paintMeter();
    if (quick) this.#restTimer = setTimeout(() => this.#paintRest(), REST_MS);
    else this.#paintRest();
  }

  /** Paints what a quick repaint left for later, now. */
  #flush() {
    if (this.#restTimer === undefined) return;
    clearTimeout(this.#restTimer);
    this.#paintRest();
  }

  /** The letters: after a keystroke in the editor, only the first version's (the one rewritten). */
  #paintLetters(quick: boolean) {
    const { versions, specs } = this.#core.config;
    for (const version of quick ? versions.slice(0, 1) : versions) {
      const box = this.#one(`[data-version="${version.id}"]`);
      const subject = box?.querySelector(FILL.subject);
      const letter = box?.querySelector(FILL.letter);
      if (subject && version.subject) paintLetter(subject, version.subject, specs, this.#core.values, true);
      if (!letter) continue;
      if (version === versions[0]) {
        const tagged = this.#resolve(layer.editedSource(version.letter, this.#edits, true));
        this.#own = layer.ownWords(tagged, this.#rewrittenIds(), this.#core.values, this.#core.config.examples);
        const fixed = this.#own.fixedUnits;
        const state = (id: string) => (this.#rewritten(id) ? 'own' : fixed.has(id) ? 'fixed' : undefined);
        layer.paintUnits(letter, tagged, specs, this.#core.values, state, this.#editing, { reconcile, partNode });
      } else paintLetter(letter, this.#sourceOf(version), specs, this.#core.values, false);
    }
  }

  #paintRest() {
    this.#restTimer = undefined;
    const { specs, strings } = this.#core.config;
    this.#markUnused(this.#sourceOf(this.#core.selected));
    this.#root.dataset.selected = this.#core.selected.id;
    for (const spec of specs) {
      const field = this.#core.fields.get(spec.key);
      const warn = this.#one(`[data-warn="${spec.key}"]`);
      const text = field && warn ? this.#warningFor(spec, field) : undefined;
      if (warn && text !== undefined && warn.textContent !== text) warn.textContent = text;
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
          : this.#core.config.editor.filledCheck;
      const list = need(summary, FILL.emptyList);
      if (painted.get(list) !== empty.join()) {
        painted.set(list, empty.join());
        list.replaceChildren(...empty.map((key) => this.#fieldLink(key)));
      }
    }
    void this.#refreshAnswers();
    this.#check(empty);
    const mail = this.#one<HTMLAnchorElement>(action(ACTION.mail));
    if (mail) {
      const { subject, letter } = this.plain(this.#core.selected);
      const link = mailtoHref(this.#core.config.mailTo, subject, letter);
      mail.href = link.href;
      const short = this.#one<HTMLAnchorElement>(FILL.mailShort);
      if (short) short.href = link.href;
      this.#mailTooLong = !link.bodyIncluded;
    }
  }

  /** Marks the fields the letter no longer uses (given the resolved source it will send). */
  #markUnused(resolvedSource: string) {
    const used = new Set(placeholderKeys(resolvedSource));
    for (const key of this.#blockOnly) {
      const field = this.#one(`${FILL.form} [data-field="${key}"]`);
      if (!field) continue;
      const unused = !used.has(key);
      field.toggleAttribute('data-unused', unused);
      const note = field.querySelector<HTMLElement>('[data-not-needed]');
      if (note) note.hidden = !unused;
    }
  }

  #fieldLink(key: string) {
    const link = document.createElement('a');
    link.href = `#${this.#core.fields.get(key)?.id ?? ''}`;
    link.dataset.focus = key;
    link.textContent = labelOf(this.#core.config.labels, key);
    return link;
  }

  // ── the own-words meter ──────────────────────────────────────────────────

  #paintMeter() {
    const meter = this.#one(FILL.meter);
    const own = this.#own;
    if (!meter || !own) return;
    const { editor } = this.#core.config;
    // Only what changed is written: a keystroke that moves no figure touches nothing here.
    const figure = `${own.percent}|${own.total}`;
    if (painted.get(meter) !== figure) {
      painted.set(meter, figure);
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
    }
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

  // ── derived ──────────────────────────────────────────────────────────────

  /** The first version's letter source: the one the reader rewrites. */
  #letterSource() {
    return this.#core.config.versions[0]?.letter ?? '';
  }

  /** Switches applied: blocks, alternatives and the attachments list resolved. */
  #resolve(source: string) {
    return resolveLetter(source, this.#core.config.extras, this.#core.values);
  }

  /** The letter as it will be sent: the reader's rewrites (first version), switches applied. */
  #sourceOf(version: LetterVersion) {
    return this.#resolve(version === this.#core.config.versions[0] ? layer.editedSource(version.letter, this.#edits) : version.letter);
  }

  /** The rewrites as stored: from the layer once loaded, else exactly as they were read. */
  #serializedEdits() {
    return layer.serializeEdits(this.#edits);
  }

  #rewritten(id: string) {
    const unit = this.#units.get(id);
    return id.startsWith('N') || (unit !== undefined && layer.unitText(this.#edits, id, unit.original) !== unit.original);
  }

  #rewrittenIds() {
    return new Set([...(this.#edits?.text.keys() ?? [])].filter((id) => this.#rewritten(id)));
  }

  /** The letter and subject as Copy gives them. */
  plain(version: LetterVersion) {
    const { specs } = this.#core.config;
    return {
      subject: version.subject ? fillLetter(version.subject, specs, this.#core.values) : undefined,
      letter: fillLetter(this.#sourceOf(version), specs, this.#core.values),
    };
  }

  #emptyNow() {
    const selected = this.#core.selected;
    return emptyKeys(placeholderKeys(`${selected.subject ?? ''}\n${this.#sourceOf(selected)}`), this.#core.values);
  }

  #warningFor(spec: PlaceholderSpec, field: Field) {
    const { strings } = this.#core.config;
    const value = field.value.trim();
    const limit = this.#core.limits.get(spec.key) ?? Number.POSITIVE_INFINITY;
    if (this.#core.shortened.has(spec.key)) return format(strings.truncated, { max: limit });
    if (field.value.length >= limit) return format(strings.tooLong, { max: limit });
    if (spec.kind === 'asin' && value && !ASIN_HINT_RE.test(value)) return strings.warnAsin;
    if (field.validity.typeMismatch) return strings.warnEmail;
    if (field.validity.badInput && spec.kind === 'number') return strings.warnNumber;
    return '';
  }

  /** The per-part answers for Account Health's form: computed only while their disclosure is open. */
  #refreshAnswers(): Promise<void> | undefined {
    const box = this.#one<HTMLDetailsElement>(FILL.answers);
    if (!box?.open) return;
    if (!this.#poaModule) {
      return import('../lib/poa').then((module) => {
        this.#poaModule = module;
        this.#refreshAnswers();
      });
    }
    const { parsePoa, poaAnswers, attachmentsAnswer } = this.#poaModule;
    const { extras, specs } = this.#core.config;
    const source = applyOptions(layer.editedSource(this.#letterSource(), this.#edits), extras.options ?? [], this.#core.values);
    const answers = [
      ...poaAnswers(parsePoa(source), (line) => fillLetter(line, specs, this.#core.values)).map(({ part, text }) => [part, text] as const),
      [
        'attachments',
        attachmentsAnswer(listedAttachments(extras.attachments ?? [], this.#core.values, extras.options ?? []).map((item) => item.text)),
      ] as const,
    ];
    for (const [part, text] of answers) {
      const answer = box.querySelector(`[data-answer="${part}"]`);
      if (!answer) continue;
      need<HTMLTextAreaElement>(answer, 'textarea').value = text;
      need(answer, '[data-count]').textContent = format(this.#core.config.poa.chars, { count: text.length });
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
      renderLetter(this.#sourceOf(this.#core.selected), this.#core.config.specs, this.#core.values),
      empty,
      this.#core.config,
      {
        ownPercent: own && this.#core.selected === this.#core.config.versions[0] ? own.percent : undefined,
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

  #focusField(key: string) {
    const field = this.#core.fields.get(key);
    if (!field) return;
    this.#root.dataset.view = 'fill';
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center' });
  }

  #showLine(line: number) {
    const paragraphs = [
      ...this.#root.querySelectorAll<HTMLElement>(`[data-version="${this.#core.selected.id}"] ${FILL.letter} > [data-line]`),
    ];
    const target = paragraphs.filter((p) => Number(p.dataset.line) <= line).pop() ?? paragraphs[0];
    if (!target) return;
    this.#root.dataset.view = 'letter';
    target.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    target.dataset.flash = '';
    this.#core.later(() => delete target.dataset.flash, 1600);
  }

  // ── editing the letter in place (the editor's code loads on first use) ──

  #editorHost(edits: LetterEdits): EditorHost {
    return {
      strings: this.#core.config.editor,
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
        // A keystroke in the editor: the letter and the meter now, the rest once the reader pauses.
        this.#quick = true;
        this.#core.changed([EDITS_ENTRY]);
      },
      change: (id, run, change) => {
        const focus = layer.changeRun(this.#letterSource(), edits, run, id, change);
        if (focus !== false) this.#core.changed([EDITS_ENTRY]);
        return focus;
      },
      opened: (box) => {
        this.#editing = box;
        // The editor changed this paragraph's markup: once it closes, the paragraph is painted again.
        const paragraph = box.closest('[data-line]');
        if (paragraph) painted.delete(paragraph);
        this.#root.dataset.view = 'letter';
      },
      closed: (id) => {
        this.#editing = null;
        this.render();
        this.#unitElement(id)?.focus();
      },
      say: (message) => this.#core.say(message),
      find: (id) => this.#unitElement(id),
    };
  }

  #runOf(id: string) {
    for (const [run, ids] of this.#edits?.order ?? []) if (ids.includes(id)) return run;
    return undefined;
  }

  #unitElement(id: string) {
    return this.#root.querySelector<HTMLElement>(
      `[data-version="${this.#core.config.versions[0]?.id ?? ''}"] ${FILL.letter} [data-edit-unit="${CSS.escape(id)}"]`,
    );
  }

  #edit(unit: HTMLElement) {
    const id = unit.dataset.editUnit;
    if (!id || unit.querySelector(FILL.editor)) return;
    this.#openEditor ??= import('./letter-editor').then((module) => module.openEditor);
    void this.#openEditor.then((open) => {
      // The unit may have been repainted while the code loaded: open the one on the page now.
      const current = unit.isConnected ? unit : this.#unitElement(id);
      if (current) open(current, this.#editorHost(this.#edits));
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
    this.#core.show(mailNote && !mailNote.hidden ? mailNote : summary && !summary.hidden ? summary : undefined);
    if (await copyText(text)) {
      this.#core.say(done);
      if (button) {
        button.dataset.done = '';
        this.#core.later(() => delete button.dataset.done, 2000);
      }
      return;
    }
    // No Clipboard API, the browser refused, or it never answered: hand the reader the text, selected, to copy by hand.
    const fallback = need<HTMLTextAreaElement>(this.#root, FILL.copyFallback);
    this.#core.show(this.#one(FILL.fallback));
    fallback.value = text;
    fallback.focus();
    fallback.select();
    this.#core.say(this.#core.config.strings[MANUAL_COPY[what]]);
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
      if (text) text.textContent = format(this.#core.config.strings.confirmEmpty, { count: empty.length });
      this.#fillCheckSummary(empty, this.#one(FILL.confirm));
      this.#core.show(this.#one(FILL.confirm));
      this.#one(action(ACTION.copyAnyway))?.focus();
      return;
    }
    const summary = this.#one(FILL.checkSummary);
    if (summary && this.#fillCheckSummary(empty, summary)) summary.hidden = false;
    void this.#copy(this.plain(this.#core.selected).letter, 'letter', this.#core.config.strings.copied, this.#one(action(ACTION.copy)));
    // The checker's findings belong in the summary: load it now if the reader never scrolled to it.
    if (!this.#checkModule) void this.#loadChecker().then(() => summary && !summary.hidden && this.#fillCheckSummary([], summary));
  }

  /** Fills a "check your letter" list; returns whether it has anything in it. */
  #fillCheckSummary(empty: string[], root: HTMLElement | null): boolean {
    const list = root?.querySelector(FILL.checkSummaryList);
    if (!root || !list) return false;
    const { editor } = this.#core.config;
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
      this.#core.selected === this.#core.config.versions[0] ? (this.#own?.units ?? []).filter((u) => this.#own?.fixedUnits.has(u.id)) : [];
    if (fixed.length) {
      const links = fixed.slice(0, 8).map((unit) => {
        const link = document.createElement('button');
        link.type = 'button';
        link.className = 'fill-link';
        link.dataset.goUnit = unit.id;
        link.textContent = `“${quote(fillLetter(unit.text, this.#core.config.specs, this.#core.values))}”`;
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
    const { slug, versions, strings } = this.#core.config;
    const { subject, letter } = this.plain(this.#core.selected);
    const name = downloadName(slug, versions.length > 1 ? this.#core.selected.id : undefined);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([downloadText(subject, letter)], { type: 'text/plain;charset=utf-8' }));
    link.download = name;
    link.click();
    this.#core.later(() => URL.revokeObjectURL(link.href), 10_000);
    this.#core.say(format(strings.downloaded, { file: name }));
  }

  /** Empties (or restores) every field and rewrite, as one change saved at once. */
  #replaceAll(values: ReadonlyMap<string, string>, edits: string) {
    this.#closeEditor();
    this.#core.rawEdits = edits;
    this.#edits = layer.parseEdits(edits, this.#letterSource());
    this.#core.writeFields(values);
    this.#core.changed([...this.#core.fields.keys(), ...this.#core.switches.keys(), EDITS_ENTRY]);
  }

  #forget() {
    const strings = this.#core.config.storage;
    const confirm = this.#one(FILL.forgetConfirm);
    const keepCase = confirm?.querySelector<HTMLInputElement>('[name="_forget-case"][value="delete"]')?.checked !== true;
    const result = this.#core.storage
      ? forgetAll(this.#core.storage, keepCase)
      : { removed: 0, remaining: 0, caseKept: false, cases: 0, themeKept: false };
    this.#core.forgotten();
    if (confirm) confirm.hidden = true;
    this.#one(action(ACTION.forget))?.focus();
    // Says exactly what is still on this device: the case file (when kept) and the theme choice.
    const kept = [
      result.caseKept ? format(strings.keptCase, { cases: result.cases }) : '',
      result.themeKept ? strings.keptTheme : '',
    ].filter(Boolean);
    if (result.remaining > 0) this.#core.say(format(strings.forgetFailed, { count: result.remaining }));
    else
      this.#core.say([result.removed ? format(strings.forgotten, { count: result.removed }) : strings.forgottenNothing, ...kept].join(' '));
  }

  readonly #actions: Partial<Record<string, (target: HTMLElement) => void>> = {
    [ACTION.copy]: () => this.#copyLetter(false),
    [ACTION.copyAnyway]: () => this.#copyLetter(true),
    [ACTION.copyFromNote]: () => this.#copyLetter(false),
    [ACTION.keepFilling]: () => {
      this.#core.show();
      const first = this.#emptyNow()[0];
      if (first) this.#focusField(first);
    },
    [ACTION.copySubject]: (target) => {
      const id = target.closest<HTMLElement>(FILL.version)?.dataset.version;
      const version = this.#core.config.versions.find((v) => v.id === id) ?? this.#core.selected;
      void this.#copy(this.plain(version).subject ?? '', 'subject', this.#core.config.strings.copiedSubject, target);
    },
    [ACTION.closeFallback]: () => {
      this.#core.show();
      this.#one(action(ACTION.copy))?.focus();
    },
    [ACTION.closeCheck]: () => {
      this.#core.show();
      this.#one(action(ACTION.copy))?.focus();
    },
    [ACTION.download]: () => this.#download(),
    [ACTION.copyAnswer]: (target) => {
      // On a slow connection the answers' parser may still be on its way: copy the answer once it is written.
      void Promise.resolve(this.#refreshAnswers()).then(() => {
        const text = target.closest(FILL.answer)?.querySelector('textarea')?.value ?? '';
        void this.#copy(text, 'answer', this.#core.config.poa.copied, target);
      });
    },
    [ACTION.reset]: () => {
      this.#undo = { values: new Map(this.#core.values), edits: this.#serializedEdits() };
      this.#replaceAll(new Map(), '');
      this.#core.say(this.#core.config.strings.cleared);
      const undo = this.#one(action(ACTION.undo));
      if (undo) undo.hidden = false;
    },
    [ACTION.undo]: () => {
      this.#replaceAll(this.#undo?.values ?? new Map(), this.#undo?.edits ?? '');
      this.#core.say(this.#core.config.strings.restored);
    },
    [ACTION.forget]: () => {
      const confirm = this.#one(FILL.forgetConfirm);
      if (!confirm) return;
      // The case file is asked about, in plain words, only when there is one.
      const question = confirm.querySelector<HTMLElement>(FILL.forgetCase);
      if (question) {
        const caseFile = this.#core.storage ? hasCaseFile(this.#core.storage) : false;
        question.hidden = !caseFile;
        const legend = question.querySelector(FILL.forgetCaseQuestion);
        if (legend && this.#core.storage)
          legend.textContent = format(this.#core.config.storage.caseQuestion, { cases: storedCaseCount(this.#core.storage) });
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
      this.#root.dataset.view = target.dataset.view === 'letter' ? 'letter' : 'fill';
    },
  };

  click(event: MouseEvent) {
    // Summaries, links and the mail link as the letter is now.
    this.#flush();
    const target = event.target as Element;
    const line = target.closest<HTMLElement>(`${FILL.checker} [data-line]`);
    if (line) return this.#showLine(Number(line.dataset.line));
    const go = target.closest<HTMLElement>('[data-go-unit]');
    if (go?.dataset.goUnit) {
      const unit = this.#unitElement(go.dataset.goUnit);
      if (unit) {
        this.#root.dataset.view = 'letter';
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
      if (note) note.textContent = format(this.#core.config.strings.mailTooLong, { count: this.plain(this.#core.selected).letter.length });
      this.#core.show(this.#one(FILL.mailNote));
      this.#one(action(ACTION.copyFromNote))?.focus();
    } else if (button && Object.hasOwn(this.#actions, name)) {
      this.#actions[name]?.(button);
    }
  }

  key(event: KeyboardEvent) {
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
      this.#core.show();
      this.#one(action(ACTION.copy))?.focus();
    }
  }
}
