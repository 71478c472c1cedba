/** What counts as an internal reference or a misleading address in text a reader sees (issue 24.6), for tests/built/clean-text.test.ts. */
import { readableText } from './dist.ts';

/** Internal references a reader cannot follow, with what each is. */
const INTERNAL_REFERENCES: [RegExp, string][] = [
  [/[来來]源\s*0\d{2}/, 'a source code in Chinese'],
  [/\b[Ss]ources?\s+0\d{2}\b/, 'a source code in English'],
  // A seed article's number on its own ("004 怎么说", "What 004 says", "(002)"); not part of a larger number, a time or an ID.
  [/(?<![\w,.:/+#-])00[0-4](?![\w,.:%/-])/, 'a bare source number'],
  [/[\w-]+\.txt\b/, 'a raw file name'],
  [/specialist review|[专專]家[审審][阅閱]/, "the site's internal review, which a reader cannot open"],
  [/(?<![\w-])G\d{6,9}\b/, 'a Seller Central help-page ID'],
  [/(?<![\w-])20\d{7}(?![\w-])/, 'a help-page ID without its G'],
  // Help pages now have 15–16 character IDs; review IDs (13–14) and tracking numbers (13) are shorter, and an ID in a
  // URL's path is the URL's.
  [/(?<![\w/-])(?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{15,16}(?![\w-])/, 'a help-page ID of the newer kind'],
];

/** The letter's own text is the seller's (and <pre> a letter's layout); every other <code> is read like text. */
const skipLetter = (name: string, attributes: Record<string, string>) => name === 'pre' || 'data-static-letter' in attributes;

/** Snippet around a match, for a failure message. */
const around = (text: string, index: number, length: number) =>
  text
    .slice(Math.max(0, index - 50), index + length + 50)
    .replace(/\s+/g, ' ')
    .trim();

/** Every internal reference in a page's readable text (each distinct snippet once). */
export function internalReferences(html: string): string[] {
  const text = readableText(html, { skip: skipLetter, code: true });
  const found = new Set<string>();
  const seen = new Set<string>();
  for (const [pattern, what] of INTERNAL_REFERENCES) {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const snippet = around(text, match.index, match[0].length);
      if (seen.has(what + snippet)) continue;
      seen.add(what + snippet);
      found.add(`${what}: …${snippet}…`);
    }
  }
  return [...found];
}

/** The host a link's text names, if the text is a web or e-mail address ("sellercentral.amazon.com/…", "https://…", "x@amazon.com"). */
export function hostNamed(text: string): string | null {
  const mail = /^(?:mailto:)?[^\s@]+@((?:[a-z\d-]+\.)+[a-z]{2,})$/i.exec(text.trim());
  if (mail?.[1]) return mail[1].toLowerCase();
  const match = /^(?:https?:\/\/)?((?:[a-z\d-]+\.)+[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?$/i.exec(text.trim());
  if (!match?.[1] || /\.(?:txt|ics|json|html?|md|ts)$/i.test(match[1])) return null;
  return match[1].toLowerCase();
}

/** A host without a leading www. */
export const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');
