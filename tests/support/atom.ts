/**
 * An Atom 1.0 (RFC 4287) check for the "what changed" feeds: the XML is parsed by a strict XML parser (sax), so a
 * feed that is not well-formed fails; then the elements a valid feed needs are checked. Returns the problems found.
 */
import sax from 'sax';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** RFC 3339 date-time (as Atom's Date constructs require it). */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface XmlElement {
  name: string;
  ns: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** The document element of `xml`; throws with the parser's message when the XML is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    const attributes = Object.fromEntries(Object.entries(node.attributes).map(([k, a]) => [k, a.value]));
    const element: XmlElement = { name: node.local, ns: node.uri, attributes, children: [], text: '' };
    if (stack.length) stack.at(-1)!.children.push(element);
    else root = element;
    stack.push(element);
  };
  parser.ontext = (text) => {
    if (stack.length) stack.at(-1)!.text += text;
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(xml).close();
  if (!root) throw new Error('no document element');
  return root;
}

const kids = (el: XmlElement, name: string) => el.children.filter((c) => c.ns === ATOM_NS && c.name === name);
const isAbsoluteIri = (value: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);

/** Problems that make `xml` an invalid Atom feed (empty when it is valid for what the site uses). */
export function atomProblems(xml: string): string[] {
  let feed: XmlElement;
  try {
    feed = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message.split('\n')[0]}`];
  }
  const problems: string[] = [];
  if (feed.name !== 'feed' || feed.ns !== ATOM_NS) return [`document element is {${feed.ns}}${feed.name}, not an Atom <feed>`];
  const one = (el: XmlElement, name: string, where: string) => {
    const found = kids(el, name);
    if (found.length !== 1) problems.push(`${where} has ${found.length} <${name}> (needs exactly one)`);
    return found[0];
  };
  const checkDate = (el: XmlElement | undefined, where: string) => {
    if (el && !RFC3339.test(el.text.trim())) problems.push(`${where} <updated> is not an RFC 3339 date: "${el.text}"`);
  };
  const feedId = one(feed, 'id', 'feed');
  if (feedId && !isAbsoluteIri(feedId.text.trim())) problems.push(`feed <id> is not an absolute IRI: ${feedId.text}`);
  const title = one(feed, 'title', 'feed');
  if (title && !title.text.trim()) problems.push('feed <title> is empty');
  checkDate(one(feed, 'updated', 'feed'), 'feed');
  const feedAuthors = kids(feed, 'author');
  if (!kids(feed, 'link').some((l) => l.attributes.rel === 'self')) problems.push('feed has no <link rel="self">');
  const ids = new Set<string>();
  kids(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = one(entry, 'id', where);
    if (id) {
      const value = id.text.trim();
      if (!isAbsoluteIri(value)) problems.push(`${where} <id> is not an absolute IRI: ${value}`);
      if (ids.has(value)) problems.push(`${where} repeats the id ${value}`);
      ids.add(value);
    }
    const entryTitle = one(entry, 'title', where);
    if (entryTitle && !entryTitle.text.trim()) problems.push(`${where} <title> is empty`);
    checkDate(one(entry, 'updated', where), where);
    if (feedAuthors.length === 0 && kids(entry, 'author').length === 0) problems.push(`${where} has no <author> and the feed has none`);
    const links = kids(entry, 'link');
    if (!links.some((l) => (l.attributes.rel ?? 'alternate') === 'alternate' && l.attributes.href))
      problems.push(`${where} has no alternate <link>`);
    if (kids(entry, 'content').length === 0 && kids(entry, 'summary').length === 0)
      problems.push(`${where} has neither <content> nor <summary>`);
  });
  for (const author of feedAuthors) if (kids(author, 'name').length !== 1) problems.push('feed <author> needs one <name>');
  return problems;
}
