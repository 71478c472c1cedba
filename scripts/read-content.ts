/**
 * Reads content/ the way the build's collections do, without a build: the folders and files src/schemas names,
 * YAML through js-yaml (what Astro's glob and file loaders call), MDX frontmatter through Astro's own parser,
 * ids from file names or keys. Then the same zod parse (src/schemas/parse.ts) and the cross-file rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { load } from 'js-yaml';
import { contentInputOf } from '../src/lib/content-input.ts';
import { validateContent, type Problem } from '../src/lib/validate.ts';
import { COLLECTIONS, idFromFileName, type CollectionName, type FileSource, type FolderSource } from '../src/schemas/index.ts';
import { parseEntries, type ParsedEntryOf, type RawEntry } from '../src/schemas/parse.ts';

export type ReadContent = { [K in CollectionName]: ParsedEntryOf<K>[] };

/** Every file of a folder collection, in name order; as the glob `*<extension>`, dot files and subfolders are left out. */
function readFolder(root: string, { folder, extension }: FolderSource, problems: Problem[]): RawEntry[] {
  return readdirSync(join(root, folder), { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith(extension) && !f.name.startsWith('.'))
    .map((f) => f.name)
    .sort()
    .flatMap((name) => {
      const filePath = `${folder}/${name}`;
      const text = readFileSync(join(root, filePath), 'utf8');
      try {
        const data =
          extension === '.mdx'
            ? parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter
            : load(text, { filename: filePath });
        return [{ id: idFromFileName(name, extension), filePath, data }];
      } catch (error) {
        problems.push({ file: filePath, message: `failed to parse: ${(error as Error).message}` });
        return [];
      }
    });
}

/** A one-file collection: a map of id → entry, or a list whose items carry an id (or slug). */
function readFile(root: string, { file }: FileSource, problems: Problem[]): RawEntry[] {
  let data: unknown;
  try {
    data = load(readFileSync(join(root, file), 'utf8'), { filename: file });
  } catch (error) {
    problems.push({ file, message: `failed to parse: ${(error as Error).message}` });
    return [];
  }
  if (Array.isArray(data)) {
    const seen = new Set<string>();
    return data.flatMap((item: unknown, index) => {
      const fields = (item ?? {}) as { id?: unknown; slug?: unknown };
      const id = (fields.id ?? fields.slug)?.toString();
      if (!id) problems.push({ file, field: `[${index}]`, message: 'an item needs an id' });
      else if (seen.has(id)) problems.push({ file, field: id, message: `id "${id}" is used twice` });
      if (!id || seen.has(id)) return [];
      seen.add(id);
      return [{ id, filePath: file, data: item }];
    });
  }
  if (data && typeof data === 'object') {
    return Object.entries(data)
      .filter(([id, item]) => !(id === '$schema' && typeof item === 'string'))
      .map(([id, item]) => ({ id, filePath: file, data: item }));
  }
  problems.push({ file, message: 'must be a map of entries or a list of entries' });
  return [];
}

/** One collection under `root`, read and parsed through its schema; problems are pushed to `problems`. */
export function readCollection<K extends CollectionName>(root: string, name: K, problems: Problem[]): ParsedEntryOf<K>[] {
  const source: FolderSource | FileSource = COLLECTIONS[name].source;
  const raw = 'folder' in source ? readFolder(root, source, problems) : readFile(root, source, problems);
  return parseEntries(name, raw, problems);
}

/** Every collection under `root`, parsed, and every problem: schema problems first; the cross-file rules run once every entry parses. */
export function readContent(root = '.'): { content: ReadContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const content = Object.fromEntries(names.map((name) => [name, readCollection(root, name, problems)])) as ReadContent;
  if (problems.length === 0) problems.push(...validateContent(contentInputOf(content)));
  return { content, problems };
}
