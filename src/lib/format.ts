/**
 * A UI string with its `{name}` slots filled in: used by the build's translations and by the browser scripts that
 * get their strings from the page. Only the given values count (`{constructor}` finds nothing); a slot without
 * one stays as written.
 */
export function format(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/**
 * A quote of some words for a list of places (the checker's links, the "check your letter" summary): spaces
 * collapsed, at most about `max` characters, cut at a space so no word is cut in two (text without spaces, such
 * as Chinese, is cut at `max` characters), an ellipsis where it was cut.
 */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : clean.slice(0, max)).replace(/[\s,.;:]+$/, '')}…`;
}
