/**
 * From the notice kinds as content/notice-kinds.yaml holds them to the small table the decoder ships with
 * (src/lib/notice-signals.ts, written by `npm run notice:data`): ids, actions, links, and each kind's signals in
 * normal form (src/lib/notice-text.ts), with the Traditional variants a Taiwan-phrased notice would use folded into
 * a character map. Runs at build and generation time (it needs OpenCC); the browser never loads it.
 */
import type { NoticeAction, NoticeKindData } from '../schemas/notice-kinds.ts';
import { squeeze } from './notice-text.ts';

/** What the decoder knows about one kind. */
export interface CompiledKind {
  id: string;
  actions: NoticeAction[];
  templates: string[];
  guides: string[];
  triage?: string;
  /** Signals as written, by weight tier, plus the Taiwan-phrased form where it is more than a change of characters; the decoder normalises them once. */
  strong: string[];
  medium: string[];
  weak: string[];
  against: string[];
}

export interface CompiledNoticeData {
  kinds: CompiledKind[];
  /** Traditional → Simplified pairs for the characters the signals use, as one string of pairs ("帳账戶户…"). */
  t2s: string;
}

const TIERS = ['strong', 'medium', 'weak', 'against'] as const;
const HAN = /\p{Script=Han}/u;

/**
 * `toTraditional` variants: OpenCC's Traditional (Hong Kong/standard) and Taiwan-phrased converters; each is run
 * on every Chinese signal, and every character that changes is mapped back.
 */
export function compileNoticeKinds(
  entries: readonly { id: string; data: NoticeKindData }[],
  toTraditional: readonly ((text: string) => string)[],
): CompiledNoticeData {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  // First pass: the character map, from every Chinese signal character's Traditional forms. Where one Traditional
  // character stands for two Simplified ones (帳 for 账 and 帐), the one the signals use more often wins.
  const uses = new Map<string, number>();
  const candidates = new Map<string, Set<string>>();
  for (const { data } of sorted) {
    for (const tier of TIERS) {
      for (const phrase of data.signals[tier]) {
        if (!HAN.test(phrase)) continue;
        for (const char of phrase) {
          uses.set(char, (uses.get(char) ?? 0) + 1);
          for (const convert of toTraditional) {
            const trad = convert(char);
            if (trad !== char && [...trad].length === 1) candidates.set(trad, (candidates.get(trad) ?? new Set()).add(char));
          }
        }
      }
    }
  }
  const pairs = new Map<string, string>();
  for (const [trad, simps] of [...candidates].sort(([a], [b]) => a.localeCompare(b)))
    pairs.set(trad, [...simps].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || a.localeCompare(b))[0]!);
  const kinds = sorted.map(({ id, data }) => {
    const kind: CompiledKind = {
      id,
      actions: [...data.actions],
      templates: [...data.templates],
      guides: [...data.guides],
      ...(data.triage ? { triage: data.triage } : {}),
      strong: [],
      medium: [],
      weak: [],
      against: [],
    };
    for (const tier of TIERS) {
      const seen = new Set<string>();
      for (const phrase of data.signals[tier]) {
        // The phrase, and what a Taiwan-phrased notice would say instead (信息 → 資訊), kept when its normal form differs.
        const forms = [phrase, ...(HAN.test(phrase) ? toTraditional.map((convert) => convert(phrase)) : [])];
        for (const form of forms) {
          const key = squeeze(form, pairs);
          if (!key || seen.has(key)) continue;
          seen.add(key);
          kind[tier].push(form);
        }
      }
    }
    return kind;
  });
  return { kinds, t2s: [...pairs].map(([trad, simp]) => trad + simp).join('') };
}
