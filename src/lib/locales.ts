/**
 * The site's languages, written once. Routes, getStaticPaths, the sitemap's i18n, hreflang, the language switch,
 * <html lang>, search's index languages and the 404 page all derive from this registry. No imports: the Astro
 * config and the build integration (src/integrations) load it as well as pages and the browser.
 */

/** What the site knows about one language it is served in. Its key is a BCP 47 tag: <html lang> and hreflang. */
export interface LocaleEntry {
  /** First path segment of its pages: '' for the default locale, served at the site root (exactly one). */
  prefix: string;
  /** Short name in the header's language switch, in the language itself. */
  short: string;
  /** Open Graph locale (og:locale). */
  ogLocale: string;
  /** Which side of a bilingual {zh, en} content field it shows. */
  side: 'zh' | 'en';
  /** The locale whose authored files it reads (UI strings src/i18n/<content>.json, explainers, guides): itself, or the locale it is generated from. */
  content: string;
  /** Generated locales only: how its text is made from the `content` locale's (Traditional: OpenCC, Simplified → Taiwan phrasing). */
  convert?: 'traditional';
}

export type LocaleRegistry = Readonly<Record<string, Readonly<LocaleEntry>>>;

/** The registry; its order is the language switch's and hreflang's. */
export const LOCALES = {
  'zh-CN': { prefix: '', short: '简体', ogLocale: 'zh_CN', side: 'zh', content: 'zh-CN' },
  en: { prefix: 'en', short: 'EN', ogLocale: 'en_US', side: 'en', content: 'en' },
  'zh-Hant': { prefix: 'zh-hant', short: '繁體', ogLocale: 'zh_TW', side: 'zh', content: 'zh-CN', convert: 'traditional' },
} as const satisfies LocaleRegistry;

/** A language the site is served in. */
export type Locale = keyof typeof LOCALES;
/** A language content is written in (a strings file, and every explainer and guide, exist in each). */
export type ContentLocale = (typeof LOCALES)[Locale]['content'];

/** Everything derived from a registry; `deriveLocales(LOCALES)` below is the site's, tests derive from others. */
export function deriveLocales<R extends LocaleRegistry>(registry: R) {
  type Id = keyof R & string;
  const ids = Object.keys(registry) as Id[];
  const entry = (locale: Id): Readonly<LocaleEntry> => registry[locale]!;
  const roots = ids.filter((id) => entry(id).prefix === '');
  const prefixes = ids.map((id) => entry(id).prefix);
  if (roots.length !== 1) throw new Error(`exactly one locale must have the empty prefix (the site root), found ${roots.length}`);
  if (new Set(prefixes).size !== prefixes.length) throw new Error(`two locales share a prefix: ${prefixes.join(', ')}`);
  for (const id of ids) {
    const source = registry[entry(id).content];
    if (!source || source.content !== entry(id).content || source.convert)
      throw new Error(`${id} reads "${entry(id).content}", which is not a locale written in itself`);
    if (!entry(id).convert && entry(id).content !== id) throw new Error(`${id} reads "${entry(id).content}" without a conversion`);
  }
  const defaultLocale = roots[0]!;
  const contentLocales = [...new Set([entry(defaultLocale).content, ...ids.map((id) => entry(id).content)])] as Id[];
  /** Longest prefix first, so '/zh-hant/' is never read as a shorter prefix's page, and the root matches last. */
  const byPrefix = [...ids].sort((a, b) => entry(b).prefix.length - entry(a).prefix.length);
  /** The `[...lang]` route parameter of a locale's pages: its prefix, none at the root. */
  const langParam = (locale: Id): { lang: string | undefined } => ({ lang: entry(locale).prefix || undefined });

  return {
    /** Every locale, in the registry's order. */
    ids,
    /** The locale served at the site root. */
    defaultLocale,
    /** Locales content is written in, the default's first. */
    contentLocales,
    /** Site-relative path for a locale: ('en', '/contacts/') → '/en/contacts/'. */
    localizePath(locale: Id, path: string): string {
      const clean = path.startsWith('/') ? path : `/${path}`;
      const { prefix } = entry(locale);
      return prefix ? `/${prefix}${clean}` : clean;
    },
    /** The locale of a site-relative path (deploy base removed): '/en/x/' → 'en', '/x/' → the default. */
    localeOfPath(path: string): Id {
      return (
        byPrefix.find((id) => entry(id).prefix === '' || path === `/${entry(id).prefix}` || path.startsWith(`/${entry(id).prefix}/`)) ??
        defaultLocale
      );
    },
    /** The other language of a bilingual page ("read it in the other language"): the first locale showing the other side. */
    otherLocale(locale: Id): Id {
      return ids.find((id) => entry(id).side !== entry(locale).side) ?? locale;
    },
    langParam,
    /** getStaticPaths entries for the `[...lang]` segment, one per locale (pages read theirs from `Astro.locals`, src/middleware.ts). */
    staticPaths(): { params: { lang: string | undefined } }[] {
      return ids.map((locale) => ({ params: langParam(locale) }));
    },
    /** @astrojs/sitemap's `i18n` option: path prefix (the default locale's id at the root) → hreflang. */
    sitemapI18n() {
      return { defaultLocale, locales: Object.fromEntries(ids.map((id) => [entry(id).prefix || id, id])) as Record<string, Id> };
    },
    /** Pagefind's index language for a locale's pages: Pagefind reads <html lang> and lower-cases it. */
    searchLanguage(locale: Id): string {
      return locale.toLowerCase();
    },
    /** Chinese script of a locale's pages, for search's query conversion; undefined for pages not in Chinese. */
    chineseScript(locale: Id): 'simplified' | 'traditional' | undefined {
      const { side, convert } = entry(locale);
      return side === 'zh' ? (convert ?? 'simplified') : undefined;
    },
  };
}

/**
 * The site's derivations, made on first use: a module-level call would stay in every browser bundle that imports
 * this file (bundlers keep calls they cannot prove pure), and the checker's bundle does, through validate.ts.
 */
let derived: ReturnType<typeof deriveLocales<typeof LOCALES>> | undefined;
const site = () => (derived ??= deriveLocales(LOCALES));

/** Every locale, in the registry's order. */
export const LOCALE_IDS = /* @__PURE__ */ (() => site().ids)();
/** The locale served at the site root. */
export const DEFAULT_LOCALE = /* @__PURE__ */ (() => site().defaultLocale)();
/** Languages content is written in: every explainer and guide exists in each. */
export const CONTENT_LOCALES = /* @__PURE__ */ (() => site().contentLocales as ContentLocale[])();
export const localizePath = (locale: Locale, path: string) => site().localizePath(locale, path);
export const localeOfPath = (path: string) => site().localeOfPath(path);
export const otherLocale = (locale: Locale) => site().otherLocale(locale);
export const langParam = (locale: Locale) => site().langParam(locale);
export const staticPaths = () => site().staticPaths();
export const sitemapI18n = () => site().sitemapI18n();
export const searchLanguage = (locale: Locale) => site().searchLanguage(locale);
export const chineseScript = (locale: Locale) => site().chineseScript(locale);
