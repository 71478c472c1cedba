/**
 * /changes.xml (and /en/changes.xml, /zh-hant/changes.xml): the Atom feed of content/changes.yaml in the locale's
 * language, newest first. Entry ids are tag: URIs from the change's id, so they stay the same whatever the host.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { factsContent } from '../../data/facts';
import { href, localeStaticPaths } from '../../data/site';
import { atomFeed } from '../../lib/changes';
import { pick, translate } from '../../lib/i18n';
import type { Locale } from '../../lib/locales';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

/** The tag: URI authority and date of every id in the feeds (RFC 4151); never change them. */
const TAG = 'tag:seller-letters,2026';

export const GET: APIRoute = async ({ locals, site }) => {
  const locale: Locale = locals.locale;
  const absolute = (path: string) => new URL(href(locale, path), site).href;
  const { changes } = await factsContent();
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const xml = atomFeed(
    {
      id: `${TAG}:changes:${locale}`,
      title: `${t('changes.title')} · ${t('site.name')}`,
      subtitle: t('changes.lead'),
      lang: locale,
      self: absolute('/changes.xml').replace(/\/$/, ''),
      alternate: absolute('/changes/'),
      author: { name: t('site.name'), uri: absolute('/about/') },
    },
    changes.map((c) => ({
      id: `${TAG}:change:${c.id}:${locale}`,
      title: pick(locale, c.data.title),
      summary: pick(locale, c.data.text),
      updated: c.data.date,
      link: `${absolute('/changes/')}#${c.id}`,
      category: { term: c.data.kind, label: translate(locale, `changes.kind.${c.data.kind}`) },
    })),
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
