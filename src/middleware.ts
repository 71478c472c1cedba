/**
 * Every page's language and UI strings, the way Starlight hands them out: read from the URL once, here, and
 * given to pages and components as `Astro.locals.locale` and `Astro.locals.t` instead of a prop through each.
 * Pages are prerendered, so this runs at build time for each page.
 */
import { defineMiddleware } from 'astro:middleware';
import { translator } from './lib/i18n';
import { localeOfPath } from './lib/locales';

/** The deploy base without its last slash ('' at the root): page URLs carry it, locale prefixes come after it. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const onRequest = defineMiddleware((context, next) => {
  const { pathname } = context.url;
  const locale = localeOfPath(base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname);
  context.locals.locale = locale;
  context.locals.t = translator(locale);
  return next();
});
