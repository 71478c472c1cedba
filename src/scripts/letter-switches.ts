/**
 * The form's switches inside <fill-letter>: one checkbox per optional paragraph, one radio set per group of
 * alternatives, and one checkbox per evidence item (markup: src/components/FillSwitches.astro). Their states travel
 * with the placeholder values, under the keys letter-blocks.ts reserves (`#key` '1' / '0' for a paragraph, `#group`
 * holding the chosen option's key for a group, `@id` for evidence), so they are saved, restored and reset with them.
 * It also marks the fields whose placeholders only a switched-off paragraph uses as not needed.
 */
import { placeholderKeys } from '../lib/letter';
import {
  applyOptions,
  chosenInGroup,
  evidenceStateKey,
  groupStateKey,
  optionGroups,
  optionStateKey,
  type LetterExtras,
} from '../lib/letter-blocks';

export interface LetterSwitches {
  /** The storage keys of every switch, to load with the field values. */
  keys(): string[];
  /** Every switch's state: '1' or '0', or for a group the chosen option's key. */
  read(): Record<string, string>;
  /** Sets the switches from stored values; a switch without one goes back to its default. */
  write(values: Readonly<Record<string, string>>): void;
  /** Marks the fields the letter no longer uses (given the resolved source it will send). */
  mark(resolvedSource: string): void;
}

interface Box {
  input: HTMLInputElement;
  fallback: boolean;
}

/** `letter`: the template's letter source, to tell which placeholders only optional paragraphs use. */
export function letterSwitches(form: HTMLElement | null, extras: LetterExtras, letter: string): LetterSwitches {
  const boxes = new Map<string, Box>();
  const add = (key: string, selector: string, fallback: boolean) => {
    const input = form?.querySelector<HTMLInputElement>(selector);
    if (input) boxes.set(key, { input, fallback });
  };
  const options = extras.options ?? [];
  for (const option of options) if (!option.group) add(optionStateKey(option.key), `[data-option="${option.key}"]`, option.default);
  for (const item of extras.attachments ?? []) add(evidenceStateKey(item.id), `[data-evidence="${item.id}"]`, false);
  // A group is one radio set: its state is the key of the checked alternative.
  const radios = new Map<string, HTMLInputElement[]>();
  const groups = optionGroups(options);
  for (const [group, members] of groups) {
    const inputs = members.flatMap((o) => [
      ...(form?.querySelectorAll<HTMLInputElement>(`[data-option="${o.key}"][data-group="${group}"]`) ?? []),
    ]);
    if (inputs.length) radios.set(groupStateKey(group), inputs);
  }

  // Placeholders outside every optional block (a group's alternatives included): the others may be gone.
  const always = new Set(
    placeholderKeys(
      applyOptions(
        letter,
        options.map((o) => ({ key: o.key, default: false })),
        {},
      ),
    ),
  );
  const blockOnly = placeholderKeys(letter).filter((key) => !always.has(key));

  return {
    keys: () => [...boxes.keys(), ...radios.keys()],
    read: () => ({
      ...Object.fromEntries([...boxes].map(([key, { input }]) => [key, input.checked ? '1' : '0'])),
      ...Object.fromEntries([...radios].map(([key, inputs]) => [key, inputs.find((input) => input.checked)?.value ?? ''])),
    }),
    write: (values) => {
      for (const [key, { input, fallback }] of boxes) input.checked = values[key] === '1' ? true : values[key] === '0' ? false : fallback;
      for (const [group, members] of groups) {
        const chosen = chosenInGroup(members, values);
        for (const input of radios.get(groupStateKey(group)) ?? []) input.checked = input.value === chosen;
      }
    },
    mark: (resolvedSource) => {
      const used = new Set(placeholderKeys(resolvedSource));
      for (const key of blockOnly) {
        const field = form?.querySelector<HTMLElement>(`[data-field="${key}"]`);
        if (!field) continue;
        const unused = !used.has(key);
        field.toggleAttribute('data-unused', unused);
        const note = field.querySelector<HTMLElement>('[data-not-needed]');
        if (note) note.hidden = !unused;
      }
    },
  };
}
