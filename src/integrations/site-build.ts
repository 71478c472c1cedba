/**
 * Makes `astro build` the whole build: before anything can fail it removes the previous output, and once the pages
 * are written it moves each page's CSP <meta> first in <head>, indexes the site with Pagefind and writes `_headers`
 * and robots.txt (the way Starlight runs Pagefind in `astro:build:done`).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { placeCspFirst, writeHeaders, writeRobots } from './host-files.ts';
import { indexSite } from './pagefind.ts';

export default function siteBuild(): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'seller-letters:site-build',
    hooks: {
      // Here rather than in astro:build:start, which runs after the content sync: a build that then fails (bad YAML, a
      // validation error) leaves no output at all, never the previous complete site looking current; scripts/serve.mjs
      // refuses to start without one.
      'astro:config:setup': ({ command, config: { outDir, root } }) => {
        // Only a folder inside the project: never the project itself (Astro refuses that outDir, but later).
        if (command === 'build' && outDir.href.startsWith(root.href) && outDir.href !== root.href)
          rmSync(outDir, { recursive: true, force: true });
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await placeCspFirst(dist);
        await indexSite({ dist, root: fileURLToPath(config.root), logger: logger.fork('pagefind') });
        await writeHeaders(dist, config.base);
        if (!config.site) throw new Error('robots.txt names the sitemap by its full address: set `site` in astro.config.mjs');
        await writeRobots(dist, config.base, config.site);
      },
    },
  };
}
