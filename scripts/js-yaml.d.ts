// js-yaml ships no types; it is the parser Astro's YAML loaders use (installed with Astro), read by read-content.ts.
declare module 'js-yaml' {
  export function load(text: string, options?: { filename?: string }): unknown;
}
