/** UI strings and bilingual fields in a locale (the locales themselves: src/lib/locales.ts). Pure: no Astro imports, so unit tests and the island can use it too. */
import en from '../i18n/en.json' with { type: 'json' };
import zhCN from '../i18n/zh-CN.json' with { type: 'json' };
import { format } from './format.ts';
import { htmlToTraditional, toTraditional } from './hant.ts';
import { LOCALES, type ContentLocale, type Locale, type LocaleEntry } from './locales.ts';

export type UiKey = keyof typeof zhCN;
/** The strings file of each language content is written in (a generated locale converts its source's). */
const DICTIONARIES: Record<ContentLocale, Record<UiKey, string>> = { 'zh-CN': zhCN, en };
/** How a generated locale's text and rendered HTML are made from its source locale's. */
const CONVERSIONS: Record<NonNullable<LocaleEntry['convert']>, { text: (text: string) => string; html: (html: string) => string }> = {
  traditional: { text: toTraditional, html: htmlToTraditional },
};
const unchanged = { text: (text: string) => text, html: (html: string) => html };
const conversion = (locale: Locale) => {
  const { convert }: Readonly<LocaleEntry> = LOCALES[locale];
  return convert ? CONVERSIONS[convert] : unchanged;
};

/** A locale's text from its source locale's: converted for generated locales, unchanged otherwise. */
export function convertText(locale: Locale, text: string): string {
  return conversion(locale).text(text);
}

/** A locale's rendered HTML from its source locale's (scripts and styles untouched). */
export function convertHtml(locale: Locale, html: string): string {
  return conversion(locale).html(html);
}

/** A UI string, with {name} parameters filled in. Falls back to the key so a gap is visible, not blank. */
export function translate(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const text = convertText(locale, DICTIONARIES[LOCALES[locale].content][key] ?? key);
  return format(text, params);
}

export type Translator = (key: UiKey, params?: Record<string, string | number>) => string;

/** `translate` bound to one locale: the page's is `Astro.locals.t` (src/middleware.ts). */
export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}

/** Picks this locale's side of a bilingual field (generated locales convert their source's side). */
export function pick(locale: Locale, value: { zh: string; en: string }): string {
  return convertText(locale, value[LOCALES[locale].side]);
}

/** The locale whose authored files (explainers, guides) a locale reads. */
export function contentLocale(locale: Locale): ContentLocale {
  return LOCALES[locale].content;
}

/** Prefixes the deploy base (e.g. '/seller-letters/') to a site-relative path. */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
