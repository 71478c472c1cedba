/** What src/middleware.ts puts on `Astro.locals` for every page. */
declare namespace App {
  interface Locals {
    /** The page's language, from its URL. */
    locale: import('./lib/locales').Locale;
    /** UI strings in the page's language: `Astro.locals.t('nav.contacts')`. */
    t: import('./lib/i18n').Translator;
  }
}
