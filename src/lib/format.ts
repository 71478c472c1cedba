/**
 * A UI string with its `{name}` slots filled in: used by the build's translations and by the browser scripts that
 * get their strings from the page. Only the given values count (`{constructor}` finds nothing); a slot without
 * one stays as written.
 */
export function format(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
