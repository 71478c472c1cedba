/**
 * /changes.json: the change log as data for the browser (the case file's "re-check against today's rules" on a letter
 * saved long ago): every entry's id, day, kind, title in both languages and links, newest first. Filter it with
 * changesSince (src/lib/changes.ts); link an entry as /changes/#<id> in the reader's language.
 */
import type { APIRoute } from 'astro';
import { factsContent } from '../data/facts';
import { dayOf } from '../lib/changes';

export const GET: APIRoute = async () => {
  const { changes } = await factsContent();
  const data = changes.map((c) => ({ id: c.id, date: dayOf(c.data.date), kind: c.data.kind, title: c.data.title, links: c.data.links }));
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
