/** /island/notice/<locale>/<kind>.json: one notice kind's texts in one locale (src/lib/notice-view.ts NoticeKindView), fetched when a notice matches it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readableSourceName } from '../../../../lib/facts';
import { pick } from '../../../../lib/i18n';
import { LOCALE_IDS, type Locale } from '../../../../lib/locales';
import type { NoticeKindView } from '../../../../lib/notice-view';

export const getStaticPaths = (async () => {
  const kinds = await getCollection('noticeKinds');
  return LOCALE_IDS.flatMap((locale) => kinds.map((k) => ({ params: { locale, kind: k.id }, props: { data: k.data } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const locale = params.locale as Locale;
  const k = (props as { data: Awaited<ReturnType<typeof getCollection<'noticeKinds'>>>[number]['data'] }).data;
  const view: NoticeKindView = {
    name: pick(locale, k.name),
    meaning: pick(locale, k.meaning),
    actionText: pick(locale, k.actionText),
    actions: k.actions,
    route: pick(locale, k.route.text),
    asOf: k.route.asOf.toISOString().slice(0, 10),
    source: { name: readableSourceName(k.route.source.name), url: k.route.source.url },
    documents: k.documents.map((d) => pick(locale, d)),
  };
  return new Response(JSON.stringify(view), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
