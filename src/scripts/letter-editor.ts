/**
 * Rewriting the letter in place (docs/EDITOR.md): its own chunk, loaded the first time the reader activates a
 * sentence or point of the live letter (click, Enter or Space on a `data-edit-unit`). The unit becomes a focused
 * textarea with the unit's source text (`{{placeholders}}` kept, so they still fill), and a small toolbar: back to
 * the site's text, Done, and for a point move up / down, remove, add one after it. Every keystroke goes to the
 * island (host.set), which saves and repaints the letter and the meter around the open editor. Leaving the editor
 * (focus moves out, Enter, Done) keeps the text; Escape puts back what the unit said when it was opened.
 * Reader text only ever reaches the page as a textarea's value or a text node.
 */
import type { EditorStrings } from '../lib/fill-config';
import { ACTION } from '../lib/fill-contract';
import { POINT_LIMIT } from '../lib/field-limits';

export interface EditorHost {
  strings: EditorStrings;
  /** A unit's current text, the site's text ('' for an added point), and whether it is a point of a run. */
  unit(id: string): { text: string; original: string; point: boolean; run?: string };
  /** Stores the unit's new text (saves, repaints around the editor). */
  set(id: string, text: string): void;
  /** Moves, removes or adds a point; returns the id to focus next, or false when not possible. */
  change(id: string, run: string, change: 'up' | 'down' | 'remove' | 'add'): string | false;
  /** The editor's box is in the page (the island keeps it through repaints). */
  opened(box: HTMLElement): void;
  /** The editor closed: the island repaints and focuses the unit `id`. */
  closed(id: string): void;
  say(message: string): void;
  /** The unit's element on the page now. */
  find(id: string): HTMLElement | null;
}

export type OpenEditor = typeof openEditor;

const rowsFor = (text: string) => Math.min(8, Math.max(2, Math.ceil(text.length / 60)));

function button(name: string, label: string, text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'unit-btn';
  b.dataset.action = name;
  b.setAttribute('aria-label', label);
  b.title = label;
  b.textContent = text;
  return b;
}

/** Opens the editor on `unit` (a `[data-edit-unit]` element of the live letter). */
export function openEditor(unit: HTMLElement, host: HostLike): void {
  const id = unit.dataset.editUnit;
  if (!id) return;
  const { strings } = host;
  const info = host.unit(id);
  const atOpen = info.text;
  const box = document.createElement('span');
  box.className = 'unit-editor';
  box.dataset.unitEditor = id;
  const area = document.createElement('textarea');
  area.className = 'input unit-input';
  area.maxLength = POINT_LIMIT;
  area.value = info.text;
  area.rows = rowsFor(info.text);
  area.lang = 'en';
  area.spellcheck = true;
  area.setAttribute('aria-label', strings.editLabel);
  const tools = document.createElement('span');
  tools.className = 'unit-tools';
  const restore = button(ACTION.unitRestore, strings.restore, strings.restore);
  restore.hidden = info.original === '' || info.text === info.original;
  tools.append(restore);
  if (info.point && info.run) {
    tools.append(
      button(ACTION.unitUp, strings.up, '↑'),
      button(ACTION.unitDown, strings.down, '↓'),
      button(ACTION.unitRemove, strings.remove, '✕'),
      button(ACTION.unitAdd, strings.add, '+'),
    );
  }
  tools.append(button(ACTION.unitDone, strings.done, strings.done));
  // The site's text stays in view while the reader rewrites it.
  if (info.original) {
    const site = document.createElement('span');
    site.className = 'unit-site muted';
    site.textContent = `${strings.siteText} ${info.original}`;
    box.append(area, site, tools);
  } else box.append(area, tools);
  unit.replaceChildren(box);
  unit.dataset.editing = '';
  unit.removeAttribute('tabindex');
  // While it holds the editor it is no button (a button's content is not exposed): the textarea is the control.
  unit.removeAttribute('role');
  unit.removeAttribute('aria-describedby');
  host.opened(box);
  area.focus();
  area.setSelectionRange(area.value.length, area.value.length);

  let closed = false;
  const close = (announce?: string) => {
    if (closed) return;
    closed = true;
    box.remove();
    host.closed(id);
    if (announce) host.say(announce);
  };

  area.addEventListener('input', () => {
    area.rows = rowsFor(area.value);
    host.set(id, area.value);
    restore.hidden = info.original === '' || host.unit(id).text === info.original;
  });
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      close(host.unit(id).text !== atOpen ? strings.saved : undefined);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      host.set(id, atOpen);
      close();
    }
  });
  // Leaving the editor (focus to anything outside it) keeps what was typed.
  box.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && box.contains(next)) return;
    close(host.unit(id).text !== atOpen ? strings.saved : undefined);
  });
  tools.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-action]');
    const name = target?.dataset.action;
    if (!name) return;
    event.stopPropagation();
    if (name === ACTION.unitDone) return close(host.unit(id).text !== atOpen ? strings.saved : undefined);
    if (name === ACTION.unitRestore) {
      host.set(id, info.original);
      return close(strings.restored);
    }
    if (!info.run) return;
    const change =
      name === ACTION.unitUp
        ? 'up'
        : name === ACTION.unitDown
          ? 'down'
          : name === ACTION.unitRemove
            ? 'remove'
            : name === ACTION.unitAdd
              ? 'add'
              : undefined;
    if (!change) return;
    closed = true;
    box.remove();
    const focus = host.change(id, info.run, change);
    host.closed(focus === false ? id : focus);
    host.say(focus === false ? '' : change === 'add' ? strings.added : change === 'remove' ? strings.removed : strings.moved);
    // A new point opens for writing at once.
    if (change === 'add' && focus !== false) {
      const added = host.find(focus);
      if (added) openEditor(added, host);
    }
  });
}

type HostLike = EditorHost;
