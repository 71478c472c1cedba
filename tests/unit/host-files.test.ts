import { describe, expect, it } from 'vitest';
import { headersFile, pagePolicy, robotsTxt, siteHeaderPolicy, withCspFirst } from '../../src/lib/host-files';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' &#39;sha256-a&#39;">`;
const page = (head: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body></body></html>`;

describe('the CSP <meta> first in <head>', () => {
  it('moves the policy from the end of <head> to right after the charset', () => {
    const html = page(`<script src="/theme-init.js"></script><link rel="stylesheet" href="/a.css">${CSP}`);
    expect(withCspFirst(html, 'x.html')).toBe(page(`${CSP}<script src="/theme-init.js"></script><link rel="stylesheet" href="/a.css">`));
  });

  it('leaves a page whose policy is already first as it is', () => {
    const html = page(`${CSP}<script src="/theme-init.js"></script>`);
    expect(withCspFirst(html, 'x.html')).toBe(html);
  });

  it('fails naming the file when a page has no policy or <head> does not open with the charset', () => {
    expect(() => withCspFirst(page('<title>t</title>'), 'dist/a/index.html')).toThrow('no CSP <meta> found in dist/a/index.html');
    expect(() => withCspFirst(`<html><head><title>t</title>${CSP}</head></html>`, 'dist/b/index.html')).toThrow(
      /dist\/b\/index\.html: <head> does not start with/,
    );
  });
});

describe('_headers', () => {
  it('reads a page policy with its entities decoded', () => {
    expect(pagePolicy(page(CSP), 'x.html')).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
  });

  it('allows the union of every page’s sources, each once, and forbids framing', () => {
    const policy = siteHeaderPolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
    ]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
  });

  it('applies to every path under the deploy base, with or without its trailing slash', () => {
    const lines = headersFile('/seller-letters', "default-src 'self'").split('\n');
    expect(lines).toEqual([
      '/seller-letters/*',
      "  Content-Security-Policy: default-src 'self'",
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '',
    ]);
    expect(headersFile('/', 'x').split('\n')[0]).toBe('/*');
  });
});

describe('robots.txt', () => {
  it('names the sitemap index by its full address under the base', () => {
    expect(robotsTxt('/', 'https://seller-letters.example')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://seller-letters.example/sitemap-index.xml\n',
    );
    expect(robotsTxt('/seller-letters/', 'https://owner.github.io')).toContain(
      'Sitemap: https://owner.github.io/seller-letters/sitemap-index.xml\n',
    );
  });
});
