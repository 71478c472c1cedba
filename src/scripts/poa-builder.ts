/**
 * The Plan-of-Action builder inside <fill-letter> (markup: src/components/PoaBuilder.astro): the points of the
 * letter's root-cause, actions-taken and prevention sections as editable lists. It edits the letter SOURCE, so
 * {{placeholders}} in a point are filled from the same fields; the island asks it for the letter to use.
 */
import { clampText, POINT_LIMIT, POINTS_PER_SECTION } from '../lib/field-limits';
import type { PoaStrings } from '../lib/fill-config';
import { format } from '../lib/format';
import { assemblePoa, attachmentsAnswer, parsePoa, poaAnswers, rebasePoa, type PoaLetter } from '../lib/poa';

export interface PoaHost {
  strings: PoaStrings;
  /** Fills a source line with the reader's values. */
  fill: (source: string) => string;
  /** Called after every edit: the island saves and repaints. */
  changed: () => void;
  /**
   * The letter the points come from: the template with the reader's options applied, its {{@attachments}} line
   * kept (applyOptions). When it changes (a switch), the points are rebuilt, keeping the reader's edits.
   */
  base?: () => string;
  /** The attachments the letter lists now, for the "Attachments" answer. */
  attachments?: () => string[];
}

export interface PoaBuilder {
  /** The assembled letter source, or undefined while the points are the template's own. */
  source(): string | undefined;
  /** The edited points for storage (null while unedited). */
  points(): string[][] | null;
  /** Replaces every point (null: the template's); repaints the lists. */
  set(points: string[][] | null): void;
  /** Refreshes the per-part answers (after the fields change). */
  refresh(): void;
}


export function poaBuilder(root: HTMLElement, template: string, host: PoaHost): PoaBuilder {
  const baseOf = host.base ?? (() => template);
  let baseSource = baseOf();
  let original = parsePoa(baseSource);
  let initial = JSON.stringify(original.sections.map((s) => s.points));
  const letter: PoaLetter = structuredClone(original);
  const { strings } = host;
  const edited = () => JSON.stringify(letter.sections.map((s) => s.points)) !== initial;
  const rebasedNote = root.querySelector<HTMLElement>('[data-poa-rebased]');

  /** Follows the reader's switches: the points of the letter as it will now be sent, their edits kept where possible. */
  const sync = () => {
    const next = baseOf();
    if (next === baseSource) return;
    const nextLetter = parsePoa(next);
    const hadEdits = edited();
    const points = hadEdits ? rebasePoa(original, letter.sections.map((s) => s.points), nextLetter) : nextLetter.sections.map((s) => [...s.points]);
    baseSource = next;
    original = nextLetter;
    initial = JSON.stringify(original.sections.map((s) => s.points));
    Object.assign(letter, structuredClone(nextLetter));
    letter.sections.forEach((section, index) => (section.points = points[index]!));
    if (rebasedNote) rebasedNote.hidden = !hadEdits;
    paintAll();
  };

  const answer = (id: string, text: string) => {
    const box = root.querySelector(`[data-answer="${id}"]`);
    if (!box) return;
    box.querySelector('textarea')!.value = text;
    box.querySelector('[data-count]')!.textContent = format(strings.chars, { count: text.length });
  };
  const refresh = () => {
    sync();
    for (const { part, text } of poaAnswers(letter, host.fill)) answer(part, text);
    answer('attachments', attachmentsAnswer(host.attachments?.() ?? []));
  };

  const button = (action: string, label: string, text: string, disabled: boolean) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'poa-btn';
    b.dataset.poa = action;
    b.setAttribute('aria-label', label);
    b.title = label;
    b.textContent = text;
    b.disabled = disabled;
    return b;
  };

  const paint = (sectionIndex: number) => {
    const section = root.querySelector<HTMLElement>(`[data-poa-section="${sectionIndex}"]`);
    const points = letter.sections[sectionIndex]!.points;
    section?.querySelector('[data-poa-list]')!.replaceChildren(
      ...points.map((text, index) => {
        const item = document.createElement('li');
        item.className = 'poa-item';
        const label = format(strings.point, { n: index + 1 });
        const area = document.createElement('textarea');
        area.className = 'input';
        area.maxLength = POINT_LIMIT;
        area.value = text;
        area.rows = Math.min(6, Math.max(2, Math.ceil(text.length / 60)));
        area.setAttribute('aria-label', label);
        area.dataset.poaPoint = String(index);
        const tools = document.createElement('div');
        tools.className = 'poa-tools';
        tools.append(
          button('up', `${strings.up}: ${label}`, '↑', index === 0),
          button('down', `${strings.down}: ${label}`, '↓', index === points.length - 1),
          button('remove', `${strings.remove}: ${label}`, '✕', false),
        );
        item.append(area, tools);
        return item;
      }),
    );
    const add = section?.querySelector<HTMLButtonElement>('[data-poa-add]');
    if (add) add.disabled = points.length >= POINTS_PER_SECTION;
  };
  const paintAll = () => letter.sections.forEach((section, index) => section.part && paint(index));

  const focusIn = (sectionIndex: number, selector: string) =>
    root.querySelector<HTMLElement>(`[data-poa-section="${sectionIndex}"] ${selector}`)?.focus();

  const after = () => {
    refresh();
    host.changed();
  };

  root.addEventListener('input', (event) => {
    const area = event.target as HTMLTextAreaElement;
    const sectionIndex = Number(area.closest<HTMLElement>('[data-poa-section]')?.dataset.poaSection);
    if (area.dataset.poaPoint === undefined || Number.isNaN(sectionIndex)) return;
    const value = clampText(area.value, POINT_LIMIT);
    if (value !== area.value) area.value = value;
    letter.sections[sectionIndex]!.points[Number(area.dataset.poaPoint)] = value;
    after();
  });
  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-poa], [data-poa-add]');
    const sectionIndex = Number(target?.closest<HTMLElement>('[data-poa-section]')?.dataset.poaSection);
    if (!target || Number.isNaN(sectionIndex)) return;
    const points = letter.sections[sectionIndex]!.points;
    if (target.dataset.poaAdd !== undefined) {
      if (points.length >= POINTS_PER_SECTION) return;
      points.push('');
      paint(sectionIndex);
      focusIn(sectionIndex, `[data-poa-point="${points.length - 1}"]`);
      return after();
    }
    const index = Number(target.closest('li')?.querySelector<HTMLElement>('[data-poa-point]')?.dataset.poaPoint);
    const action = target.dataset.poa!;
    if (action === 'remove') {
      points.splice(index, 1);
      paint(sectionIndex);
      // Focus stays in the list: on the point that took this one's place, else on "Add a point".
      if (points.length) focusIn(sectionIndex, `[data-poa-point="${Math.min(index, points.length - 1)}"]`);
      else focusIn(sectionIndex, '[data-poa-add]');
    } else {
      const to = action === 'up' ? index - 1 : index + 1;
      if (to < 0 || to >= points.length) return;
      [points[index], points[to]] = [points[to]!, points[index]!];
      paint(sectionIndex);
      // The same button on the moved point, so pressing it again keeps moving it; at an end, its other button.
      const moved = `[data-poa-section="${sectionIndex}"] li:nth-child(${to + 1}) [data-poa="${action}"]`;
      const other = `[data-poa-section="${sectionIndex}"] li:nth-child(${to + 1}) [data-poa="${action === 'up' ? 'down' : 'up'}"]`;
      const next = root.querySelector<HTMLButtonElement>(moved);
      (next && !next.disabled ? next : root.querySelector<HTMLElement>(other))?.focus();
    }
    after();
  });

  paintAll();
  refresh();
  root.hidden = false;

  return {
    source: () => {
      sync();
      return edited() ? assemblePoa(letter) : undefined;
    },
    points: () => {
      sync();
      return edited() ? letter.sections.map((s) => [...s.points]) : null;
    },
    set: (points) => {
      sync();
      if (rebasedNote) rebasedNote.hidden = true;
      // Saved points pass the same limits as typed ones (a stored value may predate them, or be edited by hand).
      const valid = points && points.length === original.sections.length;
      letter.sections.forEach(
        (section, index) =>
          (section.points = valid ? points[index]!.slice(0, POINTS_PER_SECTION).map((p) => clampText(p, POINT_LIMIT)) : [...original.sections[index]!.points]),
      );
      paintAll();
      refresh();
    },
    refresh,
  };
}
