/** The deadlines content (content/deadlines.yaml), in file order, for the case page and its static table. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Deadline = CollectionEntry<'deadlines'>;

let cached: Promise<Deadline[]> | undefined;
export function deadlines(): Promise<Deadline[]> {
  cached ??= getCollection('deadlines');
  return cached;
}
