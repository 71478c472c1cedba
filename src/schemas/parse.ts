/**
 * The schemas' parse as the build runs it, for code outside Astro (scripts/validate-content.ts, unit tests): every
 * zod issue becomes a problem that names the file, the field and what is wrong.
 */
import type { z } from 'astro/zod';
import type { Problem } from '../lib/validate.ts';
import { COLLECTIONS, type CollectionName } from './index.ts';

/** An entry as its file holds it, before the schema has read it. */
export interface RawEntry {
  id: string;
  /** Relative to the project root. */
  filePath: string;
  data: unknown;
}

export interface ParsedEntryOf<K extends CollectionName> {
  id: string;
  filePath: string;
  data: z.output<(typeof COLLECTIONS)[K]['schema']>;
}

/** A zod issue path as a field name: `placeholders[0].label.zh`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

/**
 * Parses each entry with its collection's schema; an entry that fails adds one problem per issue and is left out.
 * In a one-file collection (contacts.yaml, triage.yaml, …) the field starts with the entry's key.
 */
export function parseEntries<K extends CollectionName>(collection: K, raw: readonly RawEntry[], problems: Problem[]): ParsedEntryOf<K>[] {
  const { schema, source } = COLLECTIONS[collection];
  const oneFile = 'file' in source;
  const parsed: ParsedEntryOf<K>[] = [];
  for (const entry of raw) {
    const result = (schema as z.ZodType).safeParse(entry.data);
    if (result.success) {
      // The schema is COLLECTIONS[K]'s, so its output is K's data; TypeScript does not follow a generic key through the table.
      parsed.push({ id: entry.id, filePath: entry.filePath, data: result.data as ParsedEntryOf<K>['data'] });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = [oneFile ? entry.id : '', fieldName(issue.path)].filter(Boolean).join('.');
      problems.push({ file: entry.filePath, ...(field ? { field } : {}), message: issue.message });
    }
  }
  return parsed;
}
