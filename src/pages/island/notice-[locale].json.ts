/**
 * /island/notice-<locale>.json: the notice element's strings and the titles and links of the kinds' letters and guides in
 * one locale (src/lib/notice-view.ts), fetched the first time a reader pastes a notice. Holds no notice text; each
 * kind's texts are in /island/notice/<locale>/<kind>.json, the decoder is a script chunk (src/lib/notice.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import en from '../../i18n/en.json' with { type: 'json' };
import { guidesIn, siteContent } from '../../data/content';
import { href } from '../../data/site';
import { convertText, pick, translate, type UiKey } from '../../lib/i18n';
import { LOCALE_IDS, type Locale } from '../../lib/locales';
import { isFillable, type NoticeView } from '../../lib/notice-view';

export const getStaticPaths = (() => LOCALE_IDS.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const content = await siteContent();
  const kinds = (await getCollection('noticeKinds')).sort((a, b) => a.data.order - b.data.order);
  const guides = guidesIn(content, locale);
  const slugs = new Set(kinds.flatMap((k) => k.data.templates));
  const guideSlugs = new Set(kinds.flatMap((k) => k.data.guides));
  const view: NoticeView = {
    strings: Object.fromEntries(
      Object.keys(en)
        .filter((k) => k.startsWith('notice.'))
        .map((k) => [k.slice(7), translate(locale, k as UiKey)]),
    ),
    templates: Object.fromEntries(
      [...slugs].map((slug) => {
        const t = content.templateBySlug.get(slug)!;
        return [
          slug,
          {
            title: pick(locale, t.data.title),
            url: href(locale, `/templates/${slug}/`),
            fields: t.data.placeholders.map((p) => ({ key: p.key, kind: p.kind })).filter(isFillable),
          },
        ];
      }),
    ),
    guides: Object.fromEntries(
      [...guideSlugs].map((slug) => [
        slug,
        { title: convertText(locale, guides.get(slug)!.data.title), url: href(locale, `/guides/${slug}/`) },
      ]),
    ),
    links: { search: href(locale, '/search/'), triage: href(locale, '/triage/'), case: href(locale, '/case/') },
  };
  return new Response(JSON.stringify(view), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
