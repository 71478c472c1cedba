/** Small helpers pages share: localized links with the deploy base, and the site's name. */
import { translate, withBase } from '../lib/i18n';
import { localizePath, staticPaths, type Locale } from '../lib/locales';

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

/** getStaticPaths entries for the `[...lang]` segment, one per locale of src/lib/locales.ts. */
export const localeStaticPaths = staticPaths;
