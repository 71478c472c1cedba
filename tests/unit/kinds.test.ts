/**
 * Template kinds as data (src/lib/kinds.ts): one record of traits per kind, checked by deriveKinds. A hypothetical
 * kind is added the way tests/unit/locales.test.ts adds a hypothetical language — the README's "Adding a kind".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLetter } from '../../src/lib/checker';
import { FAMILIES } from '../../src/lib/checker-families';
import { CHECKER_LEVELS, deriveKinds, KIND_TRAITS, kindsWhere, traitsOf, type KindTraits } from '../../src/lib/kinds';
import { TEMPLATE_KINDS } from '../../src/lib/model';

const strings = (locale: string) => JSON.parse(readFileSync(`src/i18n/${locale}.json`, 'utf8')) as Record<string, string>;

describe('the registry', () => {
  it('holds traits for exactly the kinds of the schema enum (in any order)', () => {
    expect(Object.keys(KIND_TRAITS).sort()).toEqual([...TEMPLATE_KINDS].sort());
  });
  it('has a name and a copy label in every written language for every kind', () => {
    for (const locale of ['zh-CN', 'en']) {
      for (const kind of TEMPLATE_KINDS) {
        expect(strings(locale)[`kind.${kind}`], `${locale} kind.${kind}`).toBeTruthy();
        expect(strings(locale)[traitsOf(kind).copyLabel], `${locale} ${kind}`).toBeTruthy();
      }
    }
  });
  it('never offers an appeal by e-mail, and reads it as a Plan of Action', () => {
    expect(traitsOf('appeal')).toMatchObject({ mail: 'never', planOfAction: true, checker: 'plan-of-action', caseSave: true });
    expect(kindsWhere((t) => t.planOfAction)).toEqual(['appeal']);
  });
  it("refuses a kind it does not hold instead of giving it another kind's branch", () => {
    expect(() => traitsOf('complaint')).toThrow(/unknown template kind "complaint"/);
    expect(() => traitsOf('constructor')).toThrow(/unknown template kind/);
  });
});

/** A kind the site does not have: a reply to a supplier's quality report, read as far as vague promises. */
const supplierReply: KindTraits = {
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
};

/** A name no real kind will take (the README's own example, 'supplier-reply', may become a real kind). */
const HYPOTHETICAL = 'hypothetical-kind-for-tests';

describe('a hypothetical kind', () => {
  const withReply = { ...KIND_TRAITS, [HYPOTHETICAL]: supplierReply };
  const derived = deriveKinds(withReply);

  it('joins the registry with its traits, and every derived list follows them', () => {
    expect(derived.ids).toEqual([...Object.keys(KIND_TRAITS), HYPOTHETICAL]);
    expect(derived.traitsOf(HYPOTHETICAL)).toBe(supplierReply);
    expect(derived.kindsWhere((t) => t.mail === 'bar')).toEqual([...kindsWhere((t) => t.mail === 'bar'), HYPOTHETICAL]);
    expect(kindsWhere((t) => t.mail === 'bar')).toContain('seller-warning');
    expect(derived.kindsWhere((t) => t.inCaseFile)).toContain(HYPOTHETICAL);
    expect(derived.checkerReads(HYPOTHETICAL, 'promises')).toBe(true);
    expect(derived.checkerReads(HYPOTHETICAL, 'plan-of-action')).toBe(false);
  });

  it('gets the checker families its level reads, no more (the checker asks the traits, not the name)', () => {
    const promises = FAMILIES.filter((f) => f.reads && CHECKER_LEVELS.indexOf(f.reads) <= CHECKER_LEVELS.indexOf('promises')).map(
      (f) => f.id,
    );
    expect(promises).toEqual(['vague-promise']);
    // The site's seller-warning has the same level: what the checker finds there is what the new kind would get.
    const found = checkLetter({
      lines: ['We will try our best to improve our service.', 'We beg you, this is our last hope!'],
      emptyKeys: [],
      kind: 'seller-warning',
    }).map((f) => f.rule);
    expect(found).toEqual(['vague-promise']);
  });

  it('is refused when its traits contradict each other', () => {
    const bad = (traits: Partial<KindTraits>) => () => deriveKinds({ ...KIND_TRAITS, [HYPOTHETICAL]: { ...supplierReply, ...traits } });
    expect(bad({ planOfAction: true })).toThrow(/needs the plan-of-action checker/);
    expect(bad({ planOfAction: true, checker: 'plan-of-action' })).toThrow(/never offered by e-mail/);
    expect(bad({ notice: true })).toThrow(/a notice is not checked, saved or sent/);
    expect(bad({ caseSave: true, inCaseFile: false })).toThrow(/not offered in the case file/);
    expect(bad({ planOfAction: true, checker: 'plan-of-action', mail: 'never' })).toThrow(/a Plan of Action is one letter/);
  });
});
