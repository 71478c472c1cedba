/**
 * Where the site's letters come from, worked out from the template data (sources / writtenForSite) for the footer
 * and the About page: edited from the 2015–2024 source articles, or written for this site. Pure; no Astro imports.
 */

/** The part of a template this needs. */
export interface OriginTemplate {
  slug: string;
  sources: readonly string[];
  writtenForSite: boolean;
}

export interface LetterOrigins<T> {
  /** Templates edited from the source articles (a compliant rewrite beside them may be the site's own). */
  fromSources: T[];
  /** Templates written for this site: marked writtenForSite (even when a source article informed them), or with no source. */
  written: T[];
}

/** Splits templates by origin, each list in slug order; every template is in exactly one list. */
const isWritten = (t: OriginTemplate): boolean => t.writtenForSite || t.sources.length === 0;

export function letterOrigins<T extends OriginTemplate>(templates: readonly T[]): LetterOrigins<T> {
  const sorted = [...templates].sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    fromSources: sorted.filter((t) => !isWritten(t)),
    written: sorted.filter(isWritten),
  };
}
