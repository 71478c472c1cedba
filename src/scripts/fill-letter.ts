/**
 * <fill-letter>: the fill-and-copy island of template pages. It enables the server-rendered form
 * (src/components/FillLetter.astro), fills the letter live with the same code the build validates with
 * (src/lib/letter.ts), and copies, downloads or e-mails the result. Reader input only ever reaches the page as
 * text (textContent, form values), never as HTML. Values stay in this browser (src/lib/saved-values.ts).
 */
import { emptyKeys, fillLetter, placeholderKeys, renderLetter, toParagraphs, type Part, type PlaceholderSpec } from '../lib/letter';
import { applyOptions, listedAttachments, resolveLetter, type LetterExtras } from '../lib/letter-blocks';
import { downloadName, downloadText, mailtoHref } from '../lib/letter-actions';
import { ASIN_HINT_RE } from '../lib/placeholders';
import { forgetAll, loadPoints, loadValues, savePoints, saveValues, usableStorage } from '../lib/saved-values';
import { letterSwitches } from './letter-switches';
import type { PoaBuilder, PoaStrings } from './poa-builder';

type StringKey =
  | 'emptyOne'
  | 'emptyMany'
  | 'allFilled'
  | 'confirmEmpty'
  | 'copied'
  | 'copiedSubject'
  | 'copyManual'
  | 'downloaded'
  | 'mailTooLong'
  | 'cleared'
  | 'restored'
  | 'forgotten'
  | 'warnAsin'
  | 'warnEmail'
  | 'warnNumber';

interface LetterVersion {
  /** 'letter', or 'compliant' / 'original' when the template has a compliant rewrite (listed first: the default). */
  id: string;
  subject?: string;
  letter: string;
}

export interface FillConfig {
  slug: string;
  specs: PlaceholderSpec[];
  /** Field labels in the page language, for the "still empty" links. */
  labels: Record<string, string>;
  versions: LetterVersion[];
  /** Address for "Open in email" ('' when the template has none). */
  mailTo: string;
  /** The UI strings the element writes itself; everything else is rendered on the server. */
  strings: Record<StringKey, string>;
  /** Template kind, for the checker. */
  kind: string;
  /** Status of the address the letter goes to, for the checker. */
  recipientStatus?: string;
  /** Checker messages in the page language, by rule id. */
  messages: Record<string, string>;
  /** Label of a finding's jump link. */
  goto: string;
  /** Optional paragraphs and the attachments list (src/lib/letter-blocks.ts). */
  extras: LetterExtras;
  /** Strings of the Plan-of-Action builder, when the page has one. */
  poa?: PoaStrings & { copied: string };
}

type Field = HTMLInputElement | HTMLTextAreaElement;

const format = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

function partNode(part: Part): Node {
  if (!part.key) return document.createTextNode(part.text);
  const mark = document.createElement('mark');
  mark.className = 'ph';
  mark.dataset.key = part.key;
  mark.dataset.state = part.filled ? 'filled' : 'empty';
  mark.textContent = part.text;
  return mark;
}

/** Rebuilds a letter exactly as src/components/Letter.astro renders it, so the first paint and the live one match. */
function paintLetter(target: Element, source: string, specs: PlaceholderSpec[], values: Record<string, string>, inline: boolean) {
  const paragraphs = toParagraphs(renderLetter(source, specs, values));
  if (inline) {
    target.replaceChildren(...paragraphs.flatMap((p) => p.lines.flat()).map(partNode));
    return;
  }
  target.replaceChildren(
    ...paragraphs.map((paragraph) => {
      const p = document.createElement('p');
      if (paragraph.heading) p.className = 'letter-heading';
      p.dataset.line = String(paragraph.line);
      paragraph.lines.forEach((parts, index) => {
        if (index) p.append(document.createElement('br'));
        p.append(...parts.map(partNode));
      });
      return p;
    }),
  );
}

class FillLetter extends HTMLElement {
  connectedCallback() {
    if (this.dataset.ready !== undefined) return;
    const config = JSON.parse(this.dataset.config ?? '{}') as FillConfig;
    const { slug, specs, versions, strings } = config;
    const one = <T extends Element>(selector: string) => this.querySelector<T>(selector);
    const form = one<HTMLElement>('[data-fill-form]');
    const fields = new Map<string, Field>();
    for (const spec of specs) {
      const field = form?.querySelector<Field>(`[name="${spec.key}"]`);
      if (field) fields.set(spec.key, field);
    }
    const switches = letterSwitches(form, config.extras, versions[0]!.letter);
    const status = one<HTMLElement>('[data-status]')!;
    const confirm = one<HTMLElement>('[data-confirm]')!;
    const fallback = one<HTMLElement>('[data-fallback]')!;
    const fallbackText = one<HTMLTextAreaElement>('[data-copy-fallback]')!;
    const undo = one<HTMLButtonElement>('[data-action="undo"]')!;
    const forgetConfirm = one<HTMLElement>('[data-forget-confirm]');
    const storageNotice = one<HTMLElement>('[data-storage-notice]');
    const mail = one<HTMLAnchorElement>('[data-action="mail"]');
    const mailNote = one<HTMLElement>('[data-mail-note]')!;
    // At most one of these notes is open at a time, right above the buttons.
    const panels = [confirm, fallback, mailNote];
    const show = (panel?: HTMLElement) => panels.forEach((p) => (p.hidden = p !== panel));

    let storage = usableStorage(() => window.localStorage);
    let values: Record<string, string> = {};
    let undoValues: Record<string, string> | undefined;
    let undoPoints: string[][] | null = null;
    let selected = versions[0]!;
    let mailTooLong = false;
    let builder: PoaBuilder | undefined;
    const checker = one<HTMLElement>('[data-checker]');

    const say = (message: string) => {
      // Cleared first so the same message twice is announced twice.
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    };
    const read = () => ({ ...Object.fromEntries([...fields].map(([key, field]) => [key, field.value])), ...switches.read() });
    const write = (next: Record<string, string>) => {
      for (const [key, field] of fields) field.value = next[key] ?? '';
      switches.write(next);
      values = read();
    };
    const save = () => {
      if (storage && !(saveValues(storage, slug, values) && (!builder || savePoints(storage, slug, builder.points())))) storage = null;
      if (storageNotice) storageNotice.hidden = Boolean(storage);
    };
    // The builder's letter once the reader has edited its points; the template's otherwise.
    const sourceOf = (version: LetterVersion) => resolveLetter((version === versions[0] && builder?.source()) || version.letter, config.extras, values);
    const plain = (version: LetterVersion) => ({
      subject: version.subject ? fillLetter(version.subject, specs, values) : undefined,
      letter: fillLetter(sourceOf(version), specs, values),
    });
    const emptyNow = () => emptyKeys(placeholderKeys(`${selected.subject ?? ''}\n${sourceOf(selected)}`), values);
    const focusField = (key: string) => {
      const field = fields.get(key);
      if (!field) return;
      field.focus({ preventScroll: true });
      field.scrollIntoView({ block: 'center' });
    };

    const warningFor = (spec: PlaceholderSpec, field: Field) => {
      const value = field.value.trim();
      if (spec.kind === 'asin' && value && !ASIN_HINT_RE.test(value)) return strings.warnAsin;
      if (field.validity.typeMismatch) return strings.warnEmail;
      if (field.validity.badInput && spec.kind === 'number') return strings.warnNumber;
      return '';
    };

    let checkModule: typeof import('./letter-check') | undefined;
    const check = (empty: string[]) => {
      const out = renderLetter(sourceOf(selected), specs, values);
      if (checkModule) return checkModule.showFindings(checker!, out, empty, config);
      void import('./letter-check').then((module) => {
        checkModule = module;
        render();
      });
    };
    const showLine = (line: number) => {
      const paragraphs = [...this.querySelectorAll<HTMLElement>(`[data-version="${selected.id}"] [data-filled-letter] > [data-line]`)];
      const target = paragraphs.filter((p) => Number(p.dataset.line) <= line).pop() ?? paragraphs[0];
      if (!target) return;
      target.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      target.dataset.flash = '';
      setTimeout(() => delete target.dataset.flash, 1600);
    };

    const render = () => {
      for (const version of versions) {
        const box = one(`[data-version="${version.id}"]`);
        const subject = box?.querySelector('[data-subject]');
        const letter = box?.querySelector('[data-filled-letter]');
        if (subject && version.subject) paintLetter(subject, version.subject, specs, values, true);
        if (letter) paintLetter(letter, sourceOf(version), specs, values, false);
      }
      this.dataset.selected = selected.id;
      switches.mark(sourceOf(selected));
      for (const spec of specs) {
        const field = fields.get(spec.key);
        const warn = one(`[data-warn="${spec.key}"]`);
        if (field && warn) warn.textContent = warningFor(spec, field);
      }
      const empty = emptyNow();
      const summary = one<HTMLElement>('[data-empty-summary]');
      if (summary) {
        summary.dataset.state = empty.length ? 'empty' : 'done';
        one('[data-empty-count]')!.textContent = empty.length
          ? format(empty.length === 1 ? strings.emptyOne : strings.emptyMany, { count: empty.length })
          : strings.allFilled;
        one('[data-empty-list]')!.replaceChildren(
          ...empty.map((key) => {
            const link = document.createElement('a');
            link.href = `#${fields.get(key)?.id ?? ''}`;
            link.dataset.focus = key;
            link.textContent = config.labels[key] ?? key;
            return link;
          }),
        );
      }
      builder?.refresh();
      if (checker) check(empty);
      if (mail) {
        const { subject, letter } = plain(selected);
        const link = mailtoHref(config.mailTo, subject, letter);
        mail.href = link.href;
        one<HTMLAnchorElement>('[data-mail-short]')!.href = link.href;
        mailTooLong = !link.bodyIncluded;
      }
    };

    const copy = async (text: string, done: string, button?: HTMLElement | null) => {
      // The mail note stays open: after copying, its "open the email" link is the next step.
      show(mailNote.hidden ? undefined : mailNote);
      try {
        await navigator.clipboard.writeText(text);
        say(done);
        if (button) {
          button.dataset.done = '';
          setTimeout(() => delete button.dataset.done, 2000);
        }
      } catch {
        // No Clipboard API, or the browser refused: hand the reader the text, selected, to copy by hand.
        show(fallback);
        fallbackText.value = text;
        fallbackText.focus();
        fallbackText.select();
        say(strings.copyManual);
      }
    };

    const copyLetter = (force: boolean) => {
      const empty = emptyNow();
      if (empty.length && !force) {
        one('[data-confirm-text]')!.textContent = format(strings.confirmEmpty, { count: empty.length });
        show(confirm);
        one<HTMLElement>('[data-action="copy-anyway"]')?.focus();
        return;
      }
      void copy(plain(selected).letter, strings.copied, one<HTMLElement>('[data-action="copy"]'));
    };

    const download = () => {
      const { subject, letter } = plain(selected);
      const name = downloadName(slug, versions.length > 1 ? selected.id : undefined);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([downloadText(subject, letter)], { type: 'text/plain;charset=utf-8' }));
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      say(format(strings.downloaded, { file: name }));
    };

    const changed = () => {
      values = read();
      save();
      render();
      undo.hidden = true;
      show();
    };

    const actions: Record<string, (target: HTMLElement) => void> = {
      copy: () => copyLetter(false),
      'copy-anyway': () => copyLetter(true),
      'copy-from-note': () => copyLetter(false),
      'keep-filling': () => {
        show();
        const first = emptyNow()[0];
        if (first) focusField(first);
      },
      'copy-subject': (target) => {
        const version = versions.find((v) => v.id === target.closest<HTMLElement>('[data-version]')?.dataset.version) ?? selected;
        void copy(plain(version).subject ?? '', strings.copiedSubject, target);
      },
      'close-fallback': () => {
        show();
        one<HTMLElement>('[data-action="copy"]')?.focus();
      },
      download,

      'copy-answer': (target) => {
        const text = target.closest('[data-answer]')?.querySelector('textarea')?.value ?? '';
        void copy(text, config.poa?.copied ?? strings.copied, target);
      },

      reset: () => {
        undoValues = values;
        undoPoints = builder?.points() ?? null;
        builder?.set(null);
        write({});
        save();
        render();
        say(strings.cleared);
        undo.hidden = false;
      },
      undo: () => {
        builder?.set(undoPoints);
        write(undoValues ?? {});
        save();
        render();
        undo.hidden = true;
        say(strings.restored);
      },
      forget: () => {
        if (!forgetConfirm) return;
        forgetConfirm.hidden = false;
        forgetConfirm.querySelector<HTMLElement>('[data-action="forget-no"]')?.focus();
      },
      'forget-no': () => {
        forgetConfirm!.hidden = true;
        one<HTMLElement>('[data-action="forget"]')?.focus();
      },
      'forget-yes': () => {
        if (storage) forgetAll(storage);
        builder?.set(null);
        write({});
        render();
        forgetConfirm!.hidden = true;
        undo.hidden = true;
        one<HTMLElement>('[data-action="forget"]')?.focus();
        say(strings.forgotten);
      },
    };

    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      const line = target.closest<HTMLElement>('[data-checker] [data-line]');
      if (line) return showLine(Number(line.dataset.line));
      const focus = target.closest<HTMLElement>('[data-focus], mark.ph[data-key]');
      if (focus) {
        event.preventDefault();
        focusField(focus.dataset.focus ?? focus.dataset.key ?? '');
        return;
      }
      const action = target.closest<HTMLElement>('[data-action]');
      if (action?.dataset.action === 'mail' && mailTooLong) {
        // Too long for a mailto: link: say so first, and offer Copy before opening the email without the body.
        event.preventDefault();
        one('[data-mail-note-text]')!.textContent = format(strings.mailTooLong, { count: plain(selected).letter.length });
        show(mailNote);
        one<HTMLElement>('[data-action="copy-from-note"]')?.focus();
      } else if (action) {
        actions[action.dataset.action ?? '']?.(action);
      }
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      if (forgetConfirm && !forgetConfirm.hidden) actions['forget-no']!(forgetConfirm);
      else if (panels.some((panel) => !panel.hidden)) {
        show();
        one<HTMLElement>('[data-action="copy"]')?.focus();
      }
    });
    form?.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === '_version') {
        selected = versions.find((v) => v.id === target.value) ?? selected;
        show();
        render();
      } else {
        changed();
      }
    });

    // Explicit values beat whatever the browser restored on reload, so fields, preview and storage agree.
    write(storage ? loadValues(storage, slug, [...fields.keys(), ...switches.keys()]) : {});
    const poaRoot = one<HTMLElement>('[data-poa-builder]');
    if (poaRoot && config.poa) {
      // Its own chunk: only appeal pages load it, after the island is up.
      const poaStrings = config.poa;
      void import('./poa-builder').then(({ poaBuilder }) => {
        builder = poaBuilder(poaRoot, versions[0]!.letter, {
          strings: poaStrings,
          fill: (source) => fillLetter(source, specs, values),
          changed,
          base: () => applyOptions(versions[0]!.letter, config.extras.options ?? [], values),
          attachments: () => listedAttachments(config.extras.attachments ?? [], values).map((item) => item.text),
        });
        if (storage) builder.set(loadPoints(storage, slug));
        render();
      });
    }
    if (checker) checker.hidden = false;
    const radio = form?.querySelector<HTMLInputElement>(`[name="_version"][value="${selected.id}"]`);
    if (radio) radio.checked = true;
    if (storageNotice) storageNotice.hidden = Boolean(storage);
    render();
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement>('[disabled]')) control.disabled = false;
    one('[data-nojs-hint]')?.classList.add('invisible');
    one('[data-privacy]')?.classList.remove('invisible');
    this.dataset.ready = '';
  }
}

customElements.define('fill-letter', FillLetter);
