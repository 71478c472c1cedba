/**
 * Search records cut from built pages. A section marked `data-search-record="<anchor id>"` (the contacts page's
 * purposes) becomes a result of its own at `<page url>#<anchor id>`, indexed like a page in the page's language.
 * Used by the search index build (src/integrations/pagefind.ts); pure so it can be tested without a build.
 */

export interface SectionRecord {
  /** Result URL without the deploy base, e.g. '/en/contacts/#funds-held'. */
  url: string;
  /** A complete HTML document for Pagefind: <html lang> of the page, the section as the indexed body. */
  content: string;
}

/** Sections must not nest: a slice ends at the first </section>, and a nested one is an error, not a silent cut. */
export function sectionRecords(html: string, pageUrl: string): SectionRecord[] {
  const marked = html.match(/data-search-record="/g)?.length ?? 0;
  if (marked === 0) return [];
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (!lang) throw new Error(`${pageUrl}: search records need <html lang>`);
  const sections = [...html.matchAll(/<section\b[^>]*\bdata-search-record="([^"]+)"[^>]*>[\s\S]*?<\/section>/g)];
  const records = sections.map(([section, id]) => {
    if (section.indexOf('<section', 1) !== -1)
      throw new Error(`${pageUrl}#${id}: a search record section must not contain another <section>`);
    return { url: `${pageUrl}#${id}`, content: `<!doctype html><html lang="${lang}"><body data-pagefind-body>${section}</body></html>` };
  });
  if (records.length !== marked)
    throw new Error(`${pageUrl}: ${marked} data-search-record sections, but ${records.length} could be cut out`);
  return records;
}
