/**
 * Issue 21.9's gates over the built site: no appeal page offers an e-mail to any address; every dated fact on a page
 * shows the month it was checked and its source; the footer and the About page count the letters from the source
 * articles and those written for the site exactly as the template data says.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { htmlFiles, pageFile, readDist } from '../support/dist';

const templates = readdirSync('content/templates')
  .filter((f) => f.endsWith('.yaml'))
  .map(
    (f) =>
      parse(readFileSync(`content/templates/${f}`, 'utf8')) as { slug: string; kind: string; sources?: string[]; writtenForSite?: boolean },
  );
const appeals = templates.filter((t) => t.kind === 'appeal');

describe('appeals go through Account Health only', () => {
  it('no appeal page, in any language, offers to open an e-mail (no mailto link, no "Open in email" action, no address for it)', () => {
    const offersMail = /href="mailto:|data-mail-to=|data-action="mail"/i;
    const failures = appeals.flatMap((t) =>
      ['', 'en/', 'zh-hant/']
        .filter((prefix) => offersMail.test(readDist(`${prefix}templates/${t.slug}/index.html`)))
        .map((prefix) => `${prefix}templates/${t.slug}/`),
    );
    expect(failures).toEqual([]);
  });
});

describe('dated facts on the pages', () => {
  it('every fact shown carries its checked month and its source', () => {
    const pages = htmlFiles().filter((p) => readDist(p).includes('data-fact='));
    expect(pages.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const page of pages) {
      const html = readDist(page);
      for (const m of html.matchAll(/<div class="fact"[^>]*data-fact="([^"]+)"[\s\S]*?<\/p>\s*<\/div>/g)) {
        const block = m[0];
        const checked = /data-fact-checked="(\d{4}-\d{2}-\d{2})"[^>]*>([^<]+)</.exec(block);
        if (!checked) failures.push(`${page} ${m[1]}: no checked date`);
        else if (!/(?:checked|核实于|核實於) (?:[A-Z][a-z]+ \d{4}|\d{4}-\d{2})/.test(checked[2]!))
          failures.push(`${page} ${m[1]}: "${checked[2]}"`);
        if (!/(?:Source:|来源：|來源：)/.test(block)) failures.push(`${page} ${m[1]}: no source`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('where the letters come from', () => {
  const written = templates.filter((t) => t.writtenForSite || !(t.sources ?? []).length).length;
  const fromSources = templates.length - written;

  it('the footer of every page and the About page give the counts from the data', () => {
    expect(written).toBeGreaterThan(0);
    const en = `${fromSources} of the ${templates.length} letters are edited from seller articles published between 2015 and 2024; ${written} were written for this site`;
    const zh = `${templates.length} 封信中，${fromSources} 封改编自 2015–2024 年公开发布的卖家文章；${written} 封由本站编写`;
    for (const page of ['index.html', 'contacts/index.html', pageFile('zh-CN', '/about/')]) expect(readDist(page)).toContain(zh);
    for (const page of ['en/index.html', pageFile('en', '/about/')]) expect(readDist(page)).toContain(en);
    expect(readDist('en/index.html')).not.toMatch(/letters and addresses were collected from seller articles/);
  });

  it('the About page lists every letter once, under the origin its data gives', () => {
    const html = readDist(pageFile('en', '/about/'));
    const list = (origin: string) =>
      [
        ...(new RegExp(`<ul[^>]*data-origin="${origin}"[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '').matchAll(
          /href="\/en\/templates\/([^/]+)\/"/g,
        ),
      ].map((m) => m[1]);
    const expectedWritten = templates
      .filter((t) => t.writtenForSite || !(t.sources ?? []).length)
      .map((t) => t.slug)
      .sort();
    expect(list('written').sort()).toEqual(expectedWritten);
    expect(list('sources')).toHaveLength(fromSources);
  });
});
