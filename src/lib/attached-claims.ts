/**
 * "Attached means listed" (tasks/MODEL.md §5): a sentence that says a document is attached or enclosed must name a
 * document the letter's attachment list holds whenever that sentence shows. The validation (validate.ts) runs this
 * over every letter with its switches at their defaults, all standalone options on, and each alternative of
 * every group chosen in turn.
 *
 * A sentence names a listed document when the clause that says "attached" shares a specific word with the item's
 * English label (a plural and its singular count as one): "the police report is attached" needs an item with
 * "police". A clause with only generic document words ("photos are attached") needs an item with that word
 * ("Photos of …"); a clause with neither ("it is attached") is read with its whole sentence.
 * Sentences that point at the list itself ("the documents listed below are attached") are the frame, not a claim.
 */
import {
  listedAttachments,
  optionGroups,
  optionsOn,
  groupStateKey,
  optionStateKey,
  resolveLetter,
  type LetterExtras,
  type OptionSpec,
} from './letter-blocks.ts';

/** A sentence that says something is attached, enclosed or included with the letter. */
const ATTACHED_RE = /\b(attach(ed|es|ing)?|enclos(ed|es|ing|e)|please find)\b/i;
/** Sentences about the list itself. */
const FRAME_RE = /\b(below|following|listed|list of attachments|(the|these|those|all|our) (supporting )?documents)\b/i;
/** Words that do not identify a document. */
const GENERIC = new Set(
  'the a an and or of for to in on with from by at our we us this that these those is are was were be been has have had its their my your all each every any one two three some also copy copies document documents file files screenshot screenshots photo photos picture pictures image images scan scans record records list lists letter letters report reports page pages proof evidence attached enclosed attach enclose please find here herewith included include showing show shows which who it as not no new full signed dated current relevant same both they them here there'.split(
    ' ',
  ),
);

/** Words that name a kind of document without saying which. */
const DOCUMENT_WORDS = new Set(
  'copy document file screenshot photo picture image scan record list letter report page proof evidence'.split(' '),
);

const stems = (text: string) =>
  text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .map((w) => w.replace(/(ies)$/, 'y').replace(/(?<=[a-z]{3})(es|s)$/, ''))
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w));
/** The specific words of a text (what identifies a document). */
const words = (text: string) => stems(text).filter((w) => !GENERIC.has(w));
/** The document words of a text (photo, screenshot, copy …). */
const documentWords = (text: string) => stems(text).filter((w) => DOCUMENT_WORDS.has(w));

/** The clause of a sentence that says "attached": cut at ; : , — and " and ". */
const clauseOf = (sentence: string) => sentence.split(/[;:,—–]|\band\b/).find((part) => ATTACHED_RE.test(part)) ?? sentence;

/** The sentences of a line (a sentence ends at . ! ? followed by a space, or at the end of the line). */
const sentencesOf = (line: string) => line.split(/(?<=[.!?])\s+/).filter((s) => s.trim());

export interface AttachedClaim {
  /** The sentence, as the letter source has it (placeholders as {{key}}). */
  sentence: string;
  /** The attachment labels the letter listed in this configuration. */
  listed: string[];
}

/** The switch states the rule checks: defaults; every standalone option on with each alternative of each group in turn. */
export function switchSettings(options: readonly OptionSpec[]): Record<string, string>[] {
  const allOn = Object.fromEntries(options.filter((o) => !o.group).map((o) => [optionStateKey(o.key), '1']));
  const settings: Record<string, string>[] = [{}, allOn];
  for (const [group, members] of optionGroups(options)) {
    for (const member of members) settings.push({ ...allOn, [groupStateKey(group)]: member.key });
  }
  return settings;
}

/** Sentences of `letter` that say a document is attached without the attachment list naming it, under the given switches. */
export function unlistedClaims(letter: string, extras: LetterExtras, values: Record<string, string>): AttachedClaim[] {
  const resolved = resolveLetter(letter, extras, values, true);
  const listed = listedAttachments(extras.attachments ?? [], values, optionsOn(extras.options ?? [], values)).map((a) => a.text);
  const listedWords = listed.map((label) => new Set([...words(label), ...documentWords(label)]));
  const claims: AttachedClaim[] = [];
  for (const line of resolved.split('\n')) {
    if (line.startsWith('## ') || /^\s*[-*•]\s/.test(line)) continue;
    for (const sentence of sentencesOf(line)) {
      if (!ATTACHED_RE.test(sentence) || FRAME_RE.test(sentence)) continue;
      const clause = clauseOf(sentence);
      const named = words(clause).length ? words(clause) : documentWords(clause).length ? documentWords(clause) : words(sentence);
      if (!listedWords.some((label) => named.some((w) => label.has(w)))) claims.push({ sentence: sentence.trim(), listed });
    }
  }
  return claims;
}

/** Every unlisted claim over the settings the rule checks, each sentence once. */
export function attachedClaimProblems(letter: string, extras: LetterExtras): AttachedClaim[] {
  const seen = new Map<string, AttachedClaim>();
  for (const values of switchSettings(extras.options ?? [])) {
    for (const claim of unlistedClaims(letter, extras, values)) if (!seen.has(claim.sentence)) seen.set(claim.sentence, claim);
  }
  return [...seen.values()];
}
