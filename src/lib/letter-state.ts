/**
 * The reader's state of a letter, in the pieces the page's load chunk needs without the renderer (src/lib/letter.ts,
 * letter-blocks.ts re-export them): reading a value, the storage keys of the switches, the groups of alternatives
 * and the one chosen, and a subject's source read back from its painted parts. Kept apart so that the template
 * page's JS at load (scripts/bench/budgets.mjs) does not carry the renderer (src/scripts/fill-letter.ts).
 */
import type { Part } from './letter.ts';
import type { OptionSpec } from './letter-blocks.ts';

/**
 * The reader's values by placeholder key. Keys are data: a Map, or a plain object read only through its own
 * properties, so `{{constructor}}` in an edited point finds no value instead of Object's constructor.
 */
export type Values = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export function valueOf(values: Values, key: string): string | undefined {
  if (values instanceof Map) return values.get(key);
  const record = values as Readonly<Record<string, string>>;
  return Object.hasOwn(record, key) && typeof record[key] === 'string' ? record[key] : undefined;
}

/** Storage key of an option's on/off state ('1' or '0'); `#` cannot start a placeholder key. */
export const optionStateKey = (key: string) => `#${key}`;
/** Storage key of an evidence item's ticked state ('1' when the reader has it); `@` cannot start a placeholder key. */
export const evidenceStateKey = (id: string) => `@${id}`;
/** Storage key of a group's choice (the chosen option's key); validation keeps group ids apart from option keys. */
export const groupStateKey = (group: string) => `#${group}`;

/** The groups of a template's options, in order of first use: group id → its options. */
export function optionGroups<T extends OptionSpec>(options: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const option of options) if (option.group) groups.set(option.group, [...(groups.get(option.group) ?? []), option]);
  return groups;
}

/** The alternative a group starts with: the one marked default, else the first. */
export const groupDefault = <T extends OptionSpec>(members: readonly T[]): T | undefined => members.find((o) => o.default) ?? members[0];

/** The key of the alternative chosen in a group: the reader's choice when it names a member, else the default. */
export function chosenInGroup(members: readonly OptionSpec[], values: Values): string | undefined {
  const group = members[0]?.group;
  const state = group === undefined ? undefined : valueOf(values, groupStateKey(group));
  return members.find((o) => o.key === state)?.key ?? groupDefault(members)?.key;
}

/** The source of parts rendered with no values: each placeholder back to `{{key}}` (how the island reads a subject). */
export function partsSource(parts: readonly Part[]): string {
  return parts.map((part) => (part.key ? `{{${part.key}}}` : (part.source ?? part.text))).join('');
}
