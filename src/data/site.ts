/** Small helpers pages share: localized links with the deploy base, and the site's name. */
import { localizePath, translate, withBase } from '../lib/i18n';
import type { Locale } from '../lib/model';

/** Link to a site path in a locale, under the deploy base: href('en', '/contacts/') → '/en/contacts/'. */
export function href(locale: Locale, path: string): string {
  return withBase(import.meta.env.BASE_URL, localizePath(locale, path));
}

/** Link to a file under public/ (not localized). */
export function asset(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export function siteName(locale: Locale): string {
  return translate(locale, 'site.name');
}

/** getStaticPaths entries for the `[...lang]` segment: zh-CN at the root, en under /en/. */
export const localeStaticPaths = () =>
  [
    { params: { lang: undefined }, props: { locale: 'zh-CN' as Locale } },
    { params: { lang: 'en' }, props: { locale: 'en' as Locale } },
    { params: { lang: 'zh-hant' }, props: { locale: 'zh-Hant' as Locale } },
  ] as const;
