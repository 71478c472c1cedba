/**
 * /island/<locale>.json: the fill-and-copy island's strings (src/lib/fill-strings.ts), one file per locale that
 * every template page of that locale shares, so the browser fetches it once instead of each page carrying it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fillStrings } from '../../lib/fill-strings';
import { LOCALE_IDS, type Locale } from '../../lib/locales';

export const getStaticPaths = (() => LOCALE_IDS.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(fillStrings(params.locale as Locale)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
