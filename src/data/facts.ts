/**
 * Dated facts and the change log for pages: content/facts.yaml by id (an unknown id fails the build naming it),
 * content/changes.yaml newest first. The first load warns, once per build, about facts and deadlines not checked
 * for more than 12 months (src/lib/facts.ts); the build goes on.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortChanges } from '../lib/changes';
import { staleEntries, staleWarning } from '../lib/facts';

export type Fact = CollectionEntry<'facts'>;
export type Change = CollectionEntry<'changes'>;

interface FactsContent {
  factById: Map<string, Fact>;
  /** Newest first. */
  changes: Change[];
}

async function load(): Promise<FactsContent> {
  const [facts, changes, deadlines] = await Promise.all([getCollection('facts'), getCollection('changes'), getCollection('deadlines')]);
  const dated = [
    ...facts.map((f) => ({ collection: 'facts', id: f.id, asOf: f.data.asOf })),
    ...deadlines.map((d) => ({ collection: 'deadlines', id: d.id, asOf: d.data.asOf })),
  ];
  const warning = staleWarning(staleEntries(dated, new Date()));
  if (warning) console.warn(`\n[facts] ${warning}\n`);
  return {
    factById: new Map(facts.map((f) => [f.id, f])),
    changes: sortChanges(changes.map((c) => ({ ...c.data, id: c.id, entry: c }))).map((c) => c.entry),
  };
}

let cached: Promise<FactsContent> | undefined;
/** The facts and changes, loaded once per build. */
export function factsContent(): Promise<FactsContent> {
  cached ??= load();
  return cached;
}

/** One fact by id; an id no entry has fails the build with the id. */
export async function fact(id: string): Promise<Fact> {
  const found = (await factsContent()).factById.get(id);
  if (!found) throw new Error(`Unknown fact "${id}": add it to content/facts.yaml or fix the id`);
  return found;
}
