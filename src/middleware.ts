/**
 * Every page's language and UI strings, the way Starlight hands them out: read from the URL once, here, and
 * given to pages and components as `Astro.locals.locale` and `Astro.locals.t` instead of a prop through each.
 * Pages are prerendered, so this runs at build time for each page.
 */
import { defineMiddleware } from 'astro:middleware';
import { translator, withoutBase } from './lib/i18n';
import { localeOfPath } from './lib/locales';

export const onRequest = defineMiddleware((context, next) => {
  const locale = localeOfPath(withoutBase(import.meta.env.BASE_URL, context.url.pathname));
  context.locals.locale = locale;
  context.locals.t = translator(locale);
  return next();
});
