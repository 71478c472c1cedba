/** The locale registry (src/lib/locales.ts) and what derives from it; the README's "Adding a language" rests on these. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate, type UiKey } from '../../src/lib/i18n';
import {
  CONTENT_LOCALES,
  DEFAULT_LOCALE,
  LOCALE_IDS,
  LOCALES,
  chineseScript,
  deriveLocales,
  localeOfPath,
  localizePath,
  otherLocale,
  searchLanguage,
  sitemapI18n,
  staticPaths,
  type LocaleEntry,
} from '../../src/lib/locales';

const stringsFile = (locale: string) => `src/i18n/${locale}.json`;
const keysOf = (file: string) => Object.keys(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>).sort();

describe('the registry', () => {
  it('holds the three languages the site is served in, Simplified Chinese at the root', () => {
    expect(LOCALE_IDS).toEqual(['zh-CN', 'en', 'zh-Hant']);
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(CONTENT_LOCALES).toEqual(['zh-CN', 'en']);
  });
  it('gives every locale its own URL prefix, one of them empty', () => {
    const prefixes = LOCALE_IDS.map((l) => LOCALES[l].prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(prefixes.filter((p) => p === '')).toHaveLength(1);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[a-z0-9-]*$/);
  });
  it('keys locales by valid BCP 47 tags (they are <html lang> and hreflang) and gives each an Open Graph locale', () => {
    for (const locale of LOCALE_IDS) {
      expect(Intl.getCanonicalLocales(locale), locale).toEqual([locale]);
      expect(LOCALES[locale].ogLocale, locale).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
      expect(LOCALES[locale].short.trim(), locale).not.toBe('');
    }
  });
  it('lets generated locales read a language that is written, and written ones read themselves', () => {
    for (const locale of LOCALE_IDS) {
      const entry: LocaleEntry = LOCALES[locale];
      expect(CONTENT_LOCALES, locale).toContain(entry.content);
      if (!entry.convert) expect(entry.content).toBe(locale);
    }
  });
});

describe('UI strings', () => {
  it('exist as one file per written language, with the same keys as the default', () => {
    const reference = keysOf(stringsFile(DEFAULT_LOCALE));
    for (const locale of CONTENT_LOCALES) {
      expect(existsSync(stringsFile(locale)), stringsFile(locale)).toBe(true);
      expect(keysOf(stringsFile(locale)), locale).toEqual(reference);
    }
  });
  it('has no strings file for a language the registry does not write', () => {
    const files = readdirSync('src/i18n')
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...CONTENT_LOCALES].sort());
  });
  it('translate every key in every locale, generated ones included', () => {
    const keys = keysOf(stringsFile(DEFAULT_LOCALE)) as UiKey[];
    for (const locale of LOCALE_IDS) {
      for (const key of keys) expect(translate(locale, key).trim(), `${locale} ${key}`).not.toBe('');
    }
    expect(translate('zh-Hant', 'nav.contacts')).toBe('聯絡方式');
  });
});

describe('derived from the registry', () => {
  it('getStaticPaths has one entry per locale, with its prefix as the [...lang] parameter', () => {
    expect(staticPaths()).toEqual([{ params: { lang: undefined } }, { params: { lang: 'en' } }, { params: { lang: 'zh-hant' } }]);
    expect(staticPaths().map((p) => p.params.lang ?? '')).toEqual(LOCALE_IDS.map((l) => LOCALES[l].prefix));
  });
  it("the sitemap's i18n option names every locale, keyed by path prefix", () => {
    expect(sitemapI18n()).toEqual({ defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en', 'zh-hant': 'zh-Hant' } });
    expect(Object.values(sitemapI18n().locales).sort()).toEqual([...LOCALE_IDS].sort());
  });
  it('every locale path leads back to its locale', () => {
    for (const locale of LOCALE_IDS) {
      for (const path of ['/', '/templates/odr-a-to-z-vacation/', '/contacts/#funds-held']) {
        expect(localeOfPath(localizePath(locale, path)), `${locale} ${path}`).toBe(locale);
      }
    }
    expect(localizePath('zh-Hant', 'search/')).toBe('/zh-hant/search/');
    expect(localeOfPath('/zh-hantx/')).toBe('zh-CN');
    expect(localeOfPath('/zh-hant')).toBe('zh-Hant');
  });
  it('pairs each page with the other language of a bilingual field', () => {
    expect(LOCALE_IDS.map(otherLocale)).toEqual(['en', 'zh-CN', 'en']);
    for (const locale of LOCALE_IDS) expect(LOCALES[otherLocale(locale)].side).not.toBe(LOCALES[locale].side);
  });
  it("tells search each page's index language (Pagefind's lower-cased <html lang>) and Chinese script", () => {
    expect(LOCALE_IDS.map(searchLanguage)).toEqual(['zh-cn', 'en', 'zh-hant']);
    expect(LOCALE_IDS.map(chineseScript)).toEqual(['simplified', undefined, 'traditional']);
  });
});

describe('a language added to the registry', () => {
  const withJapanese = {
    ...LOCALES,
    ja: { prefix: 'ja', short: '日本語', ogLocale: 'ja_JP', side: 'en', content: 'ja' },
    zh: { prefix: 'zh', short: '中文', ogLocale: 'zh_SG', side: 'zh', content: 'zh-CN', convert: 'traditional' },
  } as const satisfies Record<string, LocaleEntry>;
  const derived = deriveLocales(withJapanese);

  it('gets its pages, sitemap entry and switch position without other changes', () => {
    expect(derived.ids).toEqual(['zh-CN', 'en', 'zh-Hant', 'ja', 'zh']);
    expect(derived.staticPaths().map((p) => p.params.lang)).toEqual([undefined, 'en', 'zh-hant', 'ja', 'zh']);
    expect(derived.sitemapI18n().locales).toEqual({ 'zh-CN': 'zh-CN', en: 'en', 'zh-hant': 'zh-Hant', ja: 'ja', zh: 'zh' });
    expect(derived.contentLocales).toEqual(['zh-CN', 'en', 'ja']);
    expect(derived.searchLanguage('ja')).toBe('ja');
  });
  it('is told apart from a locale whose prefix starts with its own', () => {
    expect(derived.localeOfPath('/ja/templates/x/')).toBe('ja');
    expect(derived.localeOfPath('/zh/templates/x/')).toBe('zh');
    expect(derived.localeOfPath('/zh-hant/templates/x/')).toBe('zh-Hant');
    expect(derived.localeOfPath('/japan/')).toBe('zh-CN');
    for (const locale of derived.ids) expect(derived.localeOfPath(derived.localizePath(locale, '/x/'))).toBe(locale);
  });
  it('pairs with the first locale on the other side of bilingual fields', () => {
    expect(derived.otherLocale('ja')).toBe('zh-CN');
    expect(derived.otherLocale('zh')).toBe('en');
  });
  it('is refused when it breaks the rules pages rely on', () => {
    const entry = { prefix: 'ja', short: '日本語', ogLocale: 'ja_JP', side: 'en', content: 'ja' } as const;
    expect(() => deriveLocales({ ...LOCALES, ja: { ...entry, prefix: 'en' } })).toThrow(/share a prefix/);
    expect(() => deriveLocales({ ...LOCALES, ja: { ...entry, prefix: '' } })).toThrow(/empty prefix/);
    expect(() => deriveLocales({ ...LOCALES, ja: { ...entry, content: 'ko' } })).toThrow(/not a locale written in itself/);
    expect(() => deriveLocales({ ...LOCALES, ja: { ...entry, content: 'zh-Hant', convert: 'traditional' } })).toThrow(
      /not a locale written in itself/,
    );
    expect(() => deriveLocales({ ...LOCALES, ja: { ...entry, content: 'en' } })).toThrow(/without a conversion/);
  });
});
