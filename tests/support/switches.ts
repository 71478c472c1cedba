/** Switch settings the content tests fill letters with. */
import { evidenceStateKey, optionStateKey } from '../../src/lib/letter-blocks';

/** Every option on and every evidence item ticked: the longest version of a letter. */
export function allSwitchesOn(t: { options?: readonly { key: string }[]; evidence?: readonly { id: string }[] }): Record<string, string> {
  return Object.fromEntries([
    ...(t.options ?? []).map((o) => [optionStateKey(o.key), '1']),
    ...(t.evidence ?? []).map((e) => [evidenceStateKey(e.id), '1']),
  ]);
}
