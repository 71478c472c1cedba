// A timed build of a project folder: `astro build`, which is `npm run build` (the Pagefind index and the host files
// run inside it, src/integrations/site-build.ts). Astro's log gives the phases, Pagefind's first and last lines among them.
import { join } from 'node:path';
import { nodeBin, runCommand, tail } from './lib.mjs';

/** Pagefind's first and last log lines (src/integrations/pagefind.ts). */
const PAGEFIND_START = /\[pagefind\] Indexing/;
const PAGEFIND_END = /\[pagefind\] indexed (\d+) files/;
/** Log lines that start each phase of `astro build`, in order. */
const MARKERS = [
  ['start-up + content sync', /\[content\] Synced content/],
  ['types + build info', /Building static entrypoints/],
  ['vite bundling', /generating static routes/],
  ['render pages', PAGEFIND_START],
  ['pagefind + host files', /page\(s\) built in/],
];

/** '/en/templates/odr-x/index.html' → '/templates/[slug]/': routes of the same page file, both locales. */
function routePattern(path) {
  const inner = path.replace(/^\/en(?=\/)/, '');
  const parts = inner.split('/').filter(Boolean);
  return parts.length >= 3 ? `/${parts[0]}/[slug]/` : inner.replace(/index\.html$/, '');
}

/**
 * Builds `dir` and times it (wall and CPU in total; wall for astro and Pagefind apart, as they share one process).
 * Resolves with { ms, cpuMs, astroMs, astroCpuMs, pagefindMs, pagefindCpuMs, phases, pages, routes, slowest }, the
 * split CPU times null; rejects with the end of the log when the build fails.
 */
export async function buildSite(dir, extraEnv = {}) {
  const env = { ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv };
  const seen = new Map();
  const routes = new Map();
  const renders = [];
  let pagefindStart = null;
  let pagefindEnd = null;
  let pages = null;
  const astro = await runCommand(nodeBin(), [join(dir, 'node_modules/.bin/astro'), 'build'], {
    cwd: dir,
    env,
    cpu: true,
    onLine(line, ms) {
      for (const [name, re] of MARKERS) if (!seen.has(name) && re.test(line)) seen.set(name, ms);
      if (PAGEFIND_START.test(line)) pagefindStart = ms;
      const indexed = PAGEFIND_END.exec(line);
      if (indexed) [pagefindEnd, pages] = [ms, Number(indexed[1])];
      const route = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(line);
      if (route) {
        const [, path, took] = route;
        const group = routes.get(routePattern(path)) ?? { pages: 0, ms: 0 };
        routes.set(routePattern(path), { pages: group.pages + 1, ms: group.ms + Number(took) });
        renders.push({ path, ms: Number(took) });
      }
    },
  });
  if (astro.code !== 0) throw new Error(`astro build failed (exit ${astro.code}):\n${tail(astro.output)}`);
  if (pagefindStart == null || pagefindEnd == null) throw new Error(`astro build logged no Pagefind run:\n${tail(astro.output)}`);
  const pagefindMs = pagefindEnd - pagefindStart;

  const phases = {};
  let previous = 0;
  for (const [name] of MARKERS) {
    if (!seen.has(name)) continue;
    phases[name] = seen.get(name) - previous;
    previous = seen.get(name);
  }
  phases['astro exit'] = astro.ms - previous;
  return {
    ms: astro.ms,
    cpuMs: astro.cpuMs,
    astroMs: astro.ms - pagefindMs,
    astroCpuMs: null,
    pagefindMs,
    pagefindCpuMs: null,
    phases,
    pages: pages ?? renders.length,
    routes: Object.fromEntries([...routes].sort((a, b) => b[1].ms - a[1].ms)),
    slowest: renders.sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}
