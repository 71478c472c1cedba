/**
 * The search index: every built page through Pagefind's `addHTMLFile` (one index per page language, chosen from
 * <html lang>), with the sellers' vocabulary added to the copy Pagefind reads (src/lib/search-vocabulary.ts), the
 * contacts page's purposes cut out as results of their own (src/lib/search-records.ts), and the map between
 * Simplified and Traditional characters the search element loads. Fails the build when the vocabulary names a page
 * that does not exist or a language index comes out nearly empty.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { toTraditional } from '../lib/hant.ts';
import { chineseScript, CONTENT_LOCALES, LOCALES, LOCALE_IDS, searchLanguage } from '../lib/locales.ts';
import { sectionRecords } from '../lib/search-records.ts';
import {
  indexedText,
  keywordsFor,
  scriptMap,
  vocabularyProblems,
  withKeywords,
  type PageLanguage,
  type VocabularyEntry,
} from '../lib/search-vocabulary.ts';
import { htmlFiles } from './html-files.ts';
import { readCollection } from '../../scripts/read-content.ts';
import type { Problem } from '../lib/validate.ts';

/** Pages each language index must hold at least (templates alone are more): fewer means the markup lost data-pagefind-body. */
const MIN_PAGES_PER_LANGUAGE = 30;
/**
 * Bundle files the site never loads: Pagefind's own UIs (the site has its own element, src/scripts/search.ts) and
 * its web worker (the element searches on the main thread, `noWorker`: the index is small, and the worker would
 * download the search core a second time).
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];
/** Page language for the vocabulary, from <html lang> (a locale of src/lib/locales.ts): its Chinese script, or English. */
const VOCABULARY_LANGUAGE = { simplified: 'zh', traditional: 'zh-Hant' } as const satisfies Record<string, PageLanguage>;
const LANGUAGES: Record<string, PageLanguage> = Object.fromEntries(
  LOCALE_IDS.map((l) => {
    const script = chineseScript(l);
    return [l, script ? VOCABULARY_LANGUAGE[script] : 'en'];
  }),
);
/** Language prefixes of the site's paths; the vocabulary names pages without them. */
const PREFIXES = LOCALE_IDS.map((l) => LOCALES[l].prefix)
  .filter(Boolean)
  .map((p) => `${p}/`);
/** The map between Simplified and Traditional characters the search element loads for a query in the other script. */
const SCRIPT_MAP_FILE = 'script-map.json';

/** A page's path as the vocabulary names it: no language prefix. */
function sitePath(url: string): string {
  const prefix = PREFIXES.find((p) => url.startsWith(`/${p}`));
  return prefix ? url.slice(prefix.length) : url;
}

/** The vocabulary collection, parsed by its schema as the build's content layer parses it. */
function readVocabulary(root: string): VocabularyEntry[] {
  const problems: Problem[] = [];
  const entries = readCollection(root, 'vocabulary', problems);
  if (problems.length)
    throw new Error(`content/vocabulary.yaml: ${problems.map((p) => `${p.field ?? ''} ${p.message}`.trim()).join('; ')}`);
  return entries.map((entry) => entry.data);
}

/** Fails with every error Pagefind gave, naming the step. */
function assertNoErrors(response: { errors: string[] }, step: string): void {
  if (response.errors.length) throw new Error(`Pagefind could not ${step}: ${response.errors.join('; ')}`);
}

export interface IndexOptions {
  /** The built site. */
  dist: string;
  /** The project's root: the vocabulary collection (content/vocabulary.yaml) is read from it through its schema. */
  root: string;
  logger: AstroIntegrationLogger;
}

/** Indexes `dist` into `dist/pagefind/`. */
export async function indexSite({ dist, root, logger }: IndexOptions): Promise<void> {
  const started = performance.now();
  logger.info('Indexing the built pages…');
  const vocabulary = readVocabulary(root);
  const files = await htmlFiles(dist);
  /** Path of a built file inside dist/, with '/' separators: 'en/templates/x/index.html'. */
  const sourcePath = (file: string) => relative(dist, file).split(sep).join('/');
  /** URL of a built file without the deploy base: '/en/templates/x/'. */
  const pageUrl = (file: string) => `/${sourcePath(file)}`.replace(/index\.html$/, '');
  const paths = new Set(files.map((file) => sitePath(pageUrl(file))));
  // A page with an anchor is checked against the search records once they are cut out, below.
  const problems = vocabularyProblems(vocabulary, (path) => paths.has(path.split('#')[0] ?? path));
  if (problems.length) throw new Error(`Vocabulary problems:\n  ${problems.join('\n  ')}`);

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let recordCount = 0;
    let withWords = 0;
    const recordPaths = new Set<string>();
    const chineseText: string[] = [];
    /** Indexes one page (by its file) or record (by its URL) with the vocabulary's words for it. */
    const add = async (content: string, url: string, source?: string) => {
      const language = LANGUAGES[/<html[^>]*\slang="([^"]+)"/.exec(content)?.[1] ?? ''];
      if (!language) throw new Error(`${url}: <html lang> is not one of ${Object.keys(LANGUAGES).join(', ')}`);
      const text = indexedText(content);
      if (language === 'zh' && text) chineseText.push(text);
      const words = text ? keywordsFor(vocabulary, text, sitePath(url), language, toTraditional) : { words: [], pinned: [] };
      if (words.words.length || words.pinned.length) withWords += 1;
      const indexed = withKeywords(content, words);
      assertNoErrors(
        await index.addHTMLFile(source ? { sourcePath: source, content: indexed } : { url, content: indexed }),
        `index ${url}`,
      );
    };
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      const url = pageUrl(file);
      await add(html, url, sourcePath(file));
      if (!html.includes('data-search-record=')) continue;
      for (const record of sectionRecords(html, url)) {
        await add(record.content, record.url);
        recordPaths.add(sitePath(record.url));
        recordCount += 1;
      }
    }
    const missingAnchors = vocabulary.flatMap((e) =>
      (e.pages ?? []).filter((p) => p.includes('#') && !recordPaths.has(p)).map((p) => `${e.id}: ${p}`),
    );
    if (missingAnchors.length) throw new Error(`Vocabulary pages that are not search records: ${missingAnchors.join(', ')}`);

    const output = join(dist, 'pagefind');
    assertNoErrors(await index.writeFiles({ outputPath: output }), 'write its files');
    await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(output, name), { force: true })));
    const words = vocabulary.flatMap((entry) => entry.zh);
    await writeFile(
      join(output, SCRIPT_MAP_FILE),
      JSON.stringify(scriptMap(`${chineseText.join(' ')} ${words.join(' ')}`, words, toTraditional)),
    );

    const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    for (const language of CONTENT_LOCALES.map(searchLanguage)) {
      const count = entry.languages[language]?.page_count ?? 0;
      if (count < MIN_PAGES_PER_LANGUAGE)
        throw new Error(
          `Pagefind: the ${language} index has ${count} pages (expected at least ${MIN_PAGES_PER_LANGUAGE}); is data-pagefind-body missing?`,
        );
    }
    const counts = Object.entries(entry.languages).map(([language, { page_count }]) => `${language} ${page_count}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(
      `indexed ${files.length} files and ${recordCount} section records into ${relative(process.cwd(), output)} (${counts.join(', ')}); ${withWords} with vocabulary words; ${seconds} s`,
    );
  } finally {
    await pagefind.close();
  }
}
