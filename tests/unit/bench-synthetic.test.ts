// Synthetic templates for the scale benchmark must be valid content (or the build fails) and differ from
// their source (or Pagefind indexes the same words over and over).
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readTemplates, synthesize } from '../../scripts/bench/synthetic.mjs';
import { placeholderKeys } from '../../src/lib/letter';

const real = readTemplates('content/templates');

describe('synthetic templates', () => {
  it('keep every placeholder, get a new slug and differ in text', () => {
    for (const [n, source] of real.entries()) {
      const copy = synthesize(source, n);
      // Read as Astro's loaders read it (js-yaml), where an unquoted 2024-01-23 would become a Date and fail the schema.
      const data = load(copy.yaml) as {
        slug: string;
        placeholders: { example: unknown }[];
        letter: string;
        translationZh: string;
        summary: { en: string };
      };
      expect(data.slug).toBe(`${source.yaml.slug}-synthetic-${n}`);
      for (const p of data.placeholders) expect(typeof p.example).toBe('string');
      expect(new Set(placeholderKeys(data.letter))).toEqual(new Set(placeholderKeys(source.yaml.letter)));
      expect(new Set(placeholderKeys(data.translationZh))).toEqual(new Set(placeholderKeys(source.yaml.translationZh)));
      expect(data.summary.en).not.toBe(source.yaml.summary.en);
      expect(copy.en).not.toBe(source.en);
      expect(copy.zh).not.toBe(source.zh);
    }
  });

  it('are the same for the same number', () => {
    expect(synthesize(real[0]!, 7)).toEqual(synthesize(real[0]!, 7));
    expect(synthesize(real[0]!, 7).yaml).not.toBe(synthesize(real[0]!, 8).yaml);
  });
});
