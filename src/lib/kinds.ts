/**
 * Template kinds as data: one record of traits per kind (TEMPLATE_KINDS in model.ts, the schema's enum) that every
 * page, component, script and rule reads instead of testing the kind's name. A new kind touches the enum, this
 * registry and the strings (README, "Adding a kind"); `deriveKinds` checks a registry the way `deriveLocales` checks
 * the locales, and tests derive from registries with a hypothetical kind.
 */
import type { UiKey } from './i18n.ts';
import type { TemplateKind } from './model.ts';

/** How far the letter checker reads a kind, least to most: each level adds families to the one before. */
export const CHECKER_LEVELS = ['basic', 'promises', 'plan-of-action'] as const;
export type CheckerLevel = (typeof CHECKER_LEVELS)[number];

export interface KindTraits {
  /** The page's text is Amazon's notice to the seller, not a letter the seller sends (no checker, no sending). */
  notice: boolean;
  /** A Plan of Action: the builder, the per-part summary, the three-part, evidence, admission and I/we rules. */
  planOfAction: boolean;
  /** How far the checker reads it ('basic': empty fields, length, Chinese left in; 'promises': also vague
   * promises; 'plan-of-action': every family); null: no checker. */
  checker: CheckerLevel | null;
  /** "Save to my case" under the letter. */
  caseSave: boolean;
  /** The link to the case file under the letter. */
  caseLink: boolean;
  /** Offered when the reader adds a letter to a case on the case page. */
  inCaseFile: boolean;
  /** "Open in email": 'bar' always in the action bar (the reader adds the address), 'address' only when the template
   * has one (a current address in the bar, a historical one behind a disclosure), 'current' only for a current
   * address, 'never' (appeals go through Account Health, issue 21 item 3). */
  mail: 'bar' | 'address' | 'current' | 'never';
  /** May carry a compliant rewrite beside a risky original (two versions of the letter on the page); the builder and
   * the Plan-of-Action rules read one letter, so Plans of Action may not. */
  versions: boolean;
  /** The copy button's label. */
  copyLabel: UiKey;
  /** Where the copied letter is pasted, said under the buttons (`data-where`); null: nothing said. */
  where: 'account-health' | 'buyer-messaging' | null;
  /** The language the letter itself is written in (its explainer is in every page language). */
  letterLang: string;
}

export type KindRegistry = Readonly<Record<string, Readonly<KindTraits>>>;

/** The site's kinds. Satisfies TEMPLATE_KINDS: a kind in the enum without traits does not type-check. */
export const KIND_TRAITS = {
  appeal: {
    notice: false,
    planOfAction: true,
    checker: 'plan-of-action',
    caseSave: true,
    caseLink: true,
    inCaseFile: true,
    mail: 'never',
    versions: false,
    copyLabel: 'island.copyAccountHealth',
    where: 'account-health',
    letterLang: 'en',
  },
  'business-letter': {
    notice: false,
    planOfAction: false,
    checker: 'basic',
    caseSave: false,
    caseLink: false,
    inCaseFile: true,
    mail: 'address',
    versions: true,
    copyLabel: 'island.copy',
    where: null,
    letterLang: 'en',
  },
  notice: {
    notice: true,
    planOfAction: false,
    checker: null,
    caseSave: false,
    caseLink: true,
    inCaseFile: true,
    mail: 'current',
    versions: false,
    copyLabel: 'island.copy',
    where: null,
    letterLang: 'en',
  },
  'seller-warning': {
    notice: false,
    planOfAction: false,
    checker: 'promises',
    caseSave: false,
    caseLink: false,
    inCaseFile: true,
    mail: 'bar',
    versions: true,
    copyLabel: 'island.copy',
    where: null,
    letterLang: 'en',
  },
  'buyer-message': {
    notice: false,
    planOfAction: false,
    checker: 'basic',
    caseSave: false,
    caseLink: false,
    inCaseFile: false,
    mail: 'current',
    versions: true,
    copyLabel: 'island.copyBsm',
    where: 'buyer-messaging',
    letterLang: 'en',
  },
} as const satisfies Record<TemplateKind, KindTraits>;

/** Everything derived from a registry; `deriveKinds(KIND_TRAITS)` below is the site's, tests derive from others. */
export function deriveKinds<R extends KindRegistry>(registry: R) {
  type Id = keyof R & string;
  const ids = Object.keys(registry) as Id[];
  for (const id of ids) {
    const t = registry[id]!;
    if (t.planOfAction && t.checker !== 'plan-of-action') throw new Error(`${id}: a Plan of Action needs the plan-of-action checker`);
    if (t.planOfAction && t.mail !== 'never') throw new Error(`${id}: a Plan of Action is never offered by e-mail`);
    if (t.notice && (t.checker !== null || t.caseSave || t.mail !== 'current'))
      throw new Error(`${id}: a notice is not checked, saved or sent`);
    if (t.caseSave && !t.inCaseFile) throw new Error(`${id}: saved to a case but not offered in the case file`);
    if (t.planOfAction && t.versions) throw new Error(`${id}: a Plan of Action is one letter (the builder reads one version)`);
  }
  const traitsOf = (kind: string): Readonly<KindTraits> => {
    const traits = Object.hasOwn(registry, kind) ? registry[kind] : undefined;
    if (!traits) throw new Error(`unknown template kind "${kind}"`);
    return traits;
  };
  return {
    /** Every kind, in the registry's order. */
    ids,
    traitsOf,
    /** The kinds whose traits pass a test, in the registry's order. */
    kindsWhere: (test: (traits: Readonly<KindTraits>) => boolean): Id[] => ids.filter((id) => test(registry[id]!)),
    /** Whether the checker reads a kind at least as far as `level`. */
    checkerReads: (kind: string, level: CheckerLevel): boolean => {
      const own = traitsOf(kind).checker;
      return own !== null && CHECKER_LEVELS.indexOf(own) >= CHECKER_LEVELS.indexOf(level);
    },
  };
}

const site = deriveKinds(KIND_TRAITS);

/** A kind's traits; throws on a kind the registry does not hold (a new kind never silently takes another's branch). */
export const traitsOf = site.traitsOf;
export const kindsWhere = site.kindsWhere;
export const checkerReads = site.checkerReads;
