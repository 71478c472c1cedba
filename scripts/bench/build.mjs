// A timed build of a project folder: `astro build` then scripts/postbuild.mjs (Pagefind), the same steps as
// `npm run build`, run separately so their times can be told apart. Astro's log gives the phases inside it.
import { join } from 'node:path';
import { nodeBin, runCommand, tail } from './lib.mjs';

/** Log lines that start each phase of `astro build`, in order. */
const MARKERS = [
  ['start-up + content sync', /\[content\] Synced content/],
  ['types + build info', /Building static entrypoints/],
  ['vite bundling', /generating static routes/],
  ['render pages', /page\(s\) built in/],
];

/** '/en/templates/odr-x/index.html' → '/templates/[slug]/': routes of the same page file, both locales. */
export function routePattern(path) {
  const inner = path.replace(/^\/en(?=\/)/, '');
  const parts = inner.split('/').filter(Boolean);
  return parts.length >= 3 ? `/${parts[0]}/[slug]/` : inner.replace(/index\.html$/, '');
}

/**
 * Builds `dir` and times it (wall and CPU, in total and for astro and Pagefind apart). Resolves with { ms, cpuMs,
 * astroMs, astroCpuMs, pagefindMs, pagefindCpuMs, phases, pages, routes, slowest };
 * rejects with the end of the log when a step fails.
 */
export async function buildSite(dir, extraEnv = {}) {
  const env = { ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv };
  const seen = new Map();
  const routes = new Map();
  const renders = [];
  const astro = await runCommand(nodeBin(), [join(dir, 'node_modules/.bin/astro'), 'build'], {
    cwd: dir,
    env,
    cpu: true,
    onLine(line, ms) {
      for (const [name, re] of MARKERS) if (!seen.has(name) && re.test(line)) seen.set(name, ms);
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
  const post = await runCommand(nodeBin(), [join(dir, 'scripts/postbuild.mjs')], { cwd: dir, env, cpu: true });
  if (post.code !== 0) throw new Error(`postbuild (Pagefind) failed (exit ${post.code}):\n${tail(post.output)}`);

  const phases = {};
  let previous = 0;
  for (const [name] of MARKERS) {
    if (!seen.has(name)) continue;
    phases[name] = seen.get(name) - previous;
    previous = seen.get(name);
  }
  phases['astro exit'] = astro.ms - previous;
  phases['pagefind + postbuild'] = post.ms;
  const pages = Number(/indexed (\d+) pages/.exec(post.output)?.[1] ?? renders.length);
  return {
    ms: astro.ms + post.ms,
    cpuMs: astro.cpuMs == null || post.cpuMs == null ? null : astro.cpuMs + post.cpuMs,
    astroMs: astro.ms,
    astroCpuMs: astro.cpuMs,
    pagefindMs: post.ms,
    pagefindCpuMs: post.cpuMs,
    phases,
    pages,
    routes: Object.fromEntries([...routes].sort((a, b) => b[1].ms - a[1].ms)),
    slowest: renders.sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}
