import { describe, expect, it } from 'vitest';
import { letterOrigins } from '../../src/lib/letter-origin';

describe('where the letters come from', () => {
  it('splits templates into edited-from-sources and written-for-the-site, each exactly once', () => {
    const t = (slug: string, sources: string[], writtenForSite: boolean) => ({ slug, sources, writtenForSite });
    const { fromSources, written } = letterOrigins([
      t('b', ['000.txt'], false),
      t('a', [], true),
      t('c', ['002.txt'], true),
      t('d', [], false),
    ]);
    expect(fromSources.map((x) => x.slug)).toEqual(['b']);
    expect(written.map((x) => x.slug)).toEqual(['a', 'c', 'd']); // marked, even when a source informed it; or no source at all
  });
});
