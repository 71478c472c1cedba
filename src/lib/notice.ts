/**
 * The notice decoder: a pasted Amazon notice (English or Seller Central's Chinese, Simplified or Traditional,
 * full-width, broken by copy-paste) → which kind of notice it is (content/notice-kinds.yaml, compiled into
 * src/lib/notice-signals.ts), what it says (src/lib/notice-extract.ts) and its deadlines as dates. Pure and
 * synchronous: the notice page, the boxes on other pages, the case file and the tests share it. Nothing leaves the
 * caller: no storage, no request.
 *
 * Scoring: every signal phrase found adds its tier's weight to its kind (strong 6, medium 3, weak 1, against −6),
 * each phrase once, a phrase inside a longer matched phrase of the same kind not again. The answer is confident
 * only when the best kind has a strong signal's worth (6) and leads the next by at least 4; otherwise the reader
 * sees two or three candidates with the phrases that matched, and below 3 points none (search instead).
 */
import { localToday } from './deadlines.ts';
import type { NoticeAction } from '../schemas/notice-kinds.ts';
import type { CompiledKind, CompiledNoticeData } from './notice-compile.ts';
import { extractFacts, type Extracted, type NoticeDeadline } from './notice-extract.ts';
import { isShortLatin, latinWords, plainText, squeeze } from './notice-text.ts';
import { NOTICE_DATA } from './notice-signals.ts';

export type { Extracted, NoticeDeadline, NoticeAmount, NoticeDate, RightsOwner } from './notice-extract.ts';

/** A real notice is 1–6 KB; more is cut (and said so), so a 200,000-character paste cannot stall the page. */
export const MAX_NOTICE_CHARS = 20_000;

export const WEIGHTS = { strong: 6, medium: 3, weak: 1, against: -6 } as const;
/** The best kind is shown alone only with at least this score… */
export const CONFIDENT_SCORE = 6;
/** …and at least this lead over the next. */
export const CONFIDENT_MARGIN = 4;
/** Below this no kind is offered at all: search with the notice's key phrases instead. */
export const MIN_SCORE = 3;

export interface NoticeMatch {
  /** Kind id (content/notice-kinds.yaml). */
  id: string;
  /** Template slugs to use, best first. */
  templates: string[];
  /** Guide slugs, best first. */
  guides: string[];
  /** What the notice asks for first, then other routes. */
  actions: NoticeAction[];
  /** Triage answer a case from this notice is filed under. */
  triage?: string;
  score: number;
  /** The signal phrases found, strongest first, as content/notice-kinds.yaml writes them. */
  phrases: string[];
  /** Phrases found that argue against this kind. */
  against: string[];
}

export interface DecodedNotice {
  /** Best first: up to three kinds with a score above 0. */
  matches: NoticeMatch[];
  /** high: show the first match alone; low: show the candidates; none: show search. */
  confidence: 'high' | 'low' | 'none';
  extracted: Extracted;
  /** Every deadline found, in the order written. */
  deadlines: NoticeDeadline[];
  /** The notice's key phrases, for a search when no kind fits. */
  keyPhrases: string[];
  /** The text was longer than MAX_NOTICE_CHARS and was cut. */
  truncated: boolean;
}

export interface DecodeOptions {
  /** The reader's today, YYYY-MM-DD (default: this machine's calendar day). */
  today?: string;
  /** The day the notice arrived, when the reader knows it; otherwise the notice's own date, or today. */
  noticeDate?: string;
  /** Another compiled table (tests); default the site's. */
  data?: CompiledNoticeData;
}

interface Prepared {
  kinds: { kind: CompiledKind; tiers: { tier: keyof typeof WEIGHTS; key: string; label: string; short: boolean }[] }[];
  t2s: Map<string, string>;
}

const prepared = new WeakMap<CompiledNoticeData, Prepared>();

/** The table in normal form, once per table. */
function prepare(data: CompiledNoticeData): Prepared {
  let ready = prepared.get(data);
  if (ready) return ready;
  const t2s = new Map<string, string>();
  const chars = [...data.t2s];
  for (let i = 0; i + 1 < chars.length; i += 2) t2s.set(chars[i]!, chars[i + 1]!);
  ready = {
    t2s,
    kinds: data.kinds.map((kind) => ({
      kind,
      tiers: (['strong', 'medium', 'weak', 'against'] as const).flatMap((tier) =>
        kind[tier].map((label) => {
          const key = squeeze(label, t2s);
          return { tier, key, label, short: isShortLatin(key) };
        }),
      ),
    })),
  };
  prepared.set(data, ready);
  return ready;
}

const WHY_RE =
  /(?:why (?:is this happening|did this happen|does this happen)\??|为什么会(?:发生这种情况|这样)[?？]?|為什麼會(?:發生這種情況|這樣)[?？]?)\s*([^\n]{10,240})/i;

/** A few words that say what the notice is about, for a search: the matched phrases, else the sentence after "Why…?", else the opening. */
function keyPhrasesOf(plain: string, matches: NoticeMatch[]): string[] {
  const phrases = matches[0] ? matches[0].phrases.slice(0, 3) : [];
  if (phrases.length) return phrases;
  const why = WHY_RE.exec(plain)?.[1];
  const greeting = /^(?:hello|hi|dear|您好|亲爱的|親愛的)(?![a-z])[^,，.!:：]*[,，.!:：]?\s*/i;
  const source =
    why ??
    plain
      .split('\n')
      .map((l) => l.trim().replace(greeting, ''))
      .find((l) => l.length > 20) ??
    '';
  const words = source
    .replace(/https?:\S+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 1 ? [words.slice(0, 12).join(' ')] : source ? [source.slice(0, 40)] : [];
}

export function decodeNotice(text: string, options: DecodeOptions = {}): DecodedNotice {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_NOTICE_CHARS;
  const plain = plainText(truncated ? input.slice(0, MAX_NOTICE_CHARS) : input);
  const { kinds, t2s } = prepare(options.data ?? NOTICE_DATA);
  const squeezed = squeeze(plain, t2s);
  const words = latinWords(plain);

  const scored = kinds.map(({ kind, tiers }, order) => {
    const found = tiers.filter((s) => s.key && (s.short ? words.has(s.key) : squeezed.includes(s.key)));
    // A phrase inside a longer phrase of the same kind that matched ("temporary review" in "placed under temporary review") counts once.
    const kept = found
      .sort((a, b) => b.key.length - a.key.length)
      .filter(
        (s, i, all) => !all.slice(0, i).some((longer) => longer.tier !== 'against' && s.tier !== 'against' && longer.key.includes(s.key)),
      )
      .filter((s, i, all) => all.findIndex((x) => x.key === s.key) === i);
    const score = kept.reduce((sum, s) => sum + WEIGHTS[s.tier], 0);
    const strong = kept.filter((s) => s.tier === 'strong').length;
    const byWeight = kept.filter((s) => s.tier !== 'against').sort((a, b) => WEIGHTS[b.tier] - WEIGHTS[a.tier]);
    const match: NoticeMatch = {
      id: kind.id,
      templates: kind.templates,
      guides: kind.guides,
      actions: kind.actions,
      ...(kind.triage ? { triage: kind.triage } : {}),
      score,
      phrases: byWeight.map((s) => s.label),
      against: kept.filter((s) => s.tier === 'against').map((s) => s.label),
    };
    return { match, strong, order };
  });
  // Ties: the kind without contrary evidence, then the one with more strong signals, then file order.
  scored.sort(
    (a, b) => b.match.score - a.match.score || a.match.against.length - b.match.against.length || b.strong - a.strong || a.order - b.order,
  );
  const best = scored[0]?.match.score ?? 0;
  const matches = scored
    .filter((s) => s.match.score > 0)
    .slice(0, 3)
    .map((s) => s.match);
  const second = matches[1]?.score ?? 0;
  const confidence = best >= CONFIDENT_SCORE && best - second >= CONFIDENT_MARGIN ? 'high' : best >= MIN_SCORE ? 'low' : 'none';

  const today = options.today ?? localToday(new Date());
  const { extracted, deadlines } = extractFacts(plain, squeezed, today, options.noticeDate);
  return { matches, confidence, extracted, deadlines, keyPhrases: keyPhrasesOf(plain, confidence === 'none' ? [] : matches), truncated };
}
