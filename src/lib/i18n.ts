/** Locale routing and UI strings. Pure: no Astro imports, so unit tests and the island can use it too. */
import en from '../i18n/en.json' with { type: 'json' };
import zhCN from '../i18n/zh-CN.json' with { type: 'json' };
import { format } from './format.ts';
import { toTraditional } from './hant.ts';
import type { Locale } from './model.ts';

interface LocaleInfo {
  /** Value of <html lang>. */
  htmlLang: string;
  /** First path segment ('' for the default locale). */
  prefix: string;
  /** Name of the language, in itself. */
  label: string;
  /** Short name in the header's language switch. */
  short: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** Which side of a bilingual {zh, en} field this locale reads. */
  side: 'zh' | 'en';
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  'zh-CN': { htmlLang: 'zh-CN', prefix: '', label: '简体中文', short: '简体', ogLocale: 'zh_CN', side: 'zh' },
  en: { htmlLang: 'en', prefix: 'en', label: 'English', short: 'EN', ogLocale: 'en_US', side: 'en' },
  'zh-Hant': { htmlLang: 'zh-Hant', prefix: 'zh-hant', label: '繁體中文', short: '繁體', ogLocale: 'zh_TW', side: 'zh' },
};

export type UiKey = keyof typeof zhCN;
const DICTIONARIES: Record<Exclude<Locale, 'zh-Hant'>, Record<UiKey, string>> = { 'zh-CN': zhCN, en };

/** A UI string, with {name} parameters filled in. Falls back to the key so a gap is visible, not blank. */
export function translate(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const text = locale === 'zh-Hant' ? toTraditional(zhCN[key] ?? key) : (DICTIONARIES[locale][key] ?? key);
  return format(text, params);
}

/** `translate` bound to one locale: what every page and component calls its `tr`. */
export function translator(locale: Locale): (key: UiKey, params?: Record<string, string | number>) => string {
  return (key, params) => translate(locale, key, params);
}

/** Picks this locale's side of a bilingual field (Traditional pages convert the Simplified side). */
export function pick(locale: Locale, value: { zh: string; en: string }): string {
  const text = value[LOCALE_INFO[locale].side];
  return locale === 'zh-Hant' ? toTraditional(text) : text;
}

/** The other language of a bilingual page (for "read it in the other language"). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

/** The locale whose authored files (explainers, guides) a locale reads. */
export function contentLocale(locale: Locale): 'zh-CN' | 'en' {
  return locale === 'en' ? 'en' : 'zh-CN';
}

/** Site-relative path for a locale: ('en', '/contacts/') → '/en/contacts/'. */
export function localizePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  const prefix = LOCALE_INFO[locale].prefix;
  return prefix ? `/${prefix}${clean}` : clean;
}

/** Prefixes the deploy base (e.g. '/seller-letters/') to a site-relative path. */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
