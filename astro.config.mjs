// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import siteBuild from './src/integrations/site-build.ts';
import { basePath, siteUrl } from './src/lib/deploy.ts';
import { sitemapI18n } from './src/lib/locales.ts';

/** Deploy under a sub-path (e.g. GitHub Pages) with BASE_PATH=/seller-letters/; everything else follows. */
const base = basePath();
const site = siteUrl();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Code blocks in guides are plain-text letter excerpts; Shiki's inline colour styles would break the CSP.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({
      i18n: sitemapI18n(),
      filter: (page) => !page.includes('/404'),
    }),
    // Pagefind index, _headers and robots.txt: `astro build` alone makes the complete site.
    siteBuild(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search core in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's notice about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
