import { describe, expect, it } from 'vitest';
import { basePath, DEFAULT_SITE_URL, siteUrl } from '../../src/lib/deploy';

describe('basePath', () => {
  it('is the root when BASE_PATH is unset or empty', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ BASE_PATH: '' })).toBe('/');
    expect(basePath({ BASE_PATH: '/' })).toBe('/');
  });

  it('has one slash at each end however it was written', () => {
    for (const written of ['/seller-letters/', '/seller-letters', 'seller-letters', 'seller-letters/', '//seller-letters//']) {
      expect(basePath({ BASE_PATH: written })).toBe('/seller-letters/');
    }
    expect(basePath({ BASE_PATH: '/a/b' })).toBe('/a/b/');
  });
});

describe('siteUrl', () => {
  it('is SITE_URL when set, the placeholder origin otherwise', () => {
    expect(siteUrl({ SITE_URL: 'https://owner.github.io' })).toBe('https://owner.github.io');
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: '' })).toBe(DEFAULT_SITE_URL);
  });
});
