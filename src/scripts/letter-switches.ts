/**
 * The form's switches inside <fill-letter>: one checkbox per optional paragraph, one radio set per group of
 * alternatives, and one checkbox per evidence item (markup: src/components/FillSwitches.astro). Their states travel
 * with the placeholder values, under the keys letter-blocks.ts reserves (`#key` '1' / '0' for a paragraph, `#group`
 * holding the chosen option's key for a group, `@id` for evidence), so they are saved, restored and reset with them.
 * It loads with the page, so it imports only the state helpers (src/lib/letter-state.ts), not the renderer; the view
 * marks the fields only a switched-off paragraph uses (src/scripts/fill-view.ts, markUnused).
 */
import type { LetterExtras } from '../lib/letter-blocks';
import { chosenInGroup, evidenceStateKey, groupStateKey, optionGroups, optionStateKey } from '../lib/letter-state';

export interface LetterSwitches {
  /** The storage keys of every switch, to load with the field values. */
  keys(): string[];
  /** Every switch's state: '1' or '0', or for a group the chosen option's key. */
  read(): Record<string, string>;
  /** Sets the switches from stored values; a switch without one goes back to its default. */
  write(values: Readonly<Record<string, string>>): void;
}

interface Box {
  input: HTMLInputElement;
  fallback: boolean;
}

export function letterSwitches(form: HTMLElement | null, extras: LetterExtras): LetterSwitches {
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
  };
}
