// Build time and scale: a cold build + index of the real content, then of 500 and 2,000 synthetic templates
// added to it, all in a temporary copy of the project (synthetic content never touches the repository).
// Prints seconds and index bytes per 1,000 pages, the phases of each build, and which routes cost most.
import { cpSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build.mjs';
import { check, folderBytes, kb, printTable, ratio, seconds } from './lib.mjs';
import { readTemplates, writeSynthetic } from './synthetic.mjs';

export const title = 'Build time and scale (cold build + Pagefind index)';
export const needsBuild = false;

const COPY = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Synthetic template counts to build; BENCH_SCALE_SIZES=100,400 for a quick look. */
const SIZES = (process.env.BENCH_SCALE_SIZES ?? '500,2000').split(',').map(Number);
const TARGET_SECONDS = 120;
/** Marginal cost per page at the largest size over the next smaller one: 1 is linear. */
const LINEAR_TOLERANCE = 1.25;

/**
 * A throwaway copy of the project that shares node_modules. Astro's cache (content data store) would live in
 * the shared node_modules/.astro, so the copy points cacheDir at its own folder, leaving the config otherwise as is.
 */
function projectCopy(root) {
  const dir = mkdtempSync(join(tmpdir(), 'seller-letters-scale-'));
  for (const entry of COPY) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'), 'dir');
  renameSync(join(dir, 'astro.config.mjs'), join(dir, 'astro.config.project.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import config from './astro.config.project.mjs';\nexport default { ...config, cacheDir: './.cache/astro/' };\n",
  );
  return dir;
}

/** A cold build: no dist, no cache. */
async function coldBuild(dir) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.cache'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  const build = await buildSite(dir);
  return { ...build, indexBytes: folderBytes(join(dir, 'dist/pagefind')), distBytes: folderBytes(join(dir, 'dist')) };
}

export async function run({ root }) {
  const dir = projectCopy(root);
  const templatesDir = join(dir, 'content/templates');
  const real = readTemplates(templatesDir);
  const runs = [];
  try {
    for (const synthetic of [0, ...SIZES]) {
      if (synthetic) {
        // Start again from the real templates, then add this size's synthetic ones.
        rmSync(templatesDir, { recursive: true });
        cpSync(join(root, 'content/templates'), templatesDir, { recursive: true });
        writeSynthetic(templatesDir, real, synthetic);
      }
      const label = synthetic ? `+${synthetic} synthetic` : 'real content';
      console.log(`Building ${label} (${real.length + synthetic} templates)…`);
      const build = await coldBuild(dir);
      const load = loadavg()[0]; // the last minute: mostly this build
      runs.push({ label, synthetic, templates: real.length + synthetic, load, ...build });
      console.log(
        `  ${build.pages} pages in ${seconds(build.ms)} (CPU ${seconds(build.cpuMs)}, load average ${load.toFixed(1)} on ${cpus().length} cores)`,
      );
    }
  } finally {
    if (process.env.BENCH_KEEP) console.log(`Kept the copy at ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }

  const per1000 = (value, pages) => (value / pages) * 1000;
  console.log('');
  printTable(
    [
      'content',
      'templates',
      'pages',
      'build + index',
      'CPU',
      'astro',
      'CPU',
      'pagefind',
      'CPU',
      's / 1,000 pages',
      'CPU s / 1,000 pages',
      'index',
      'index / 1,000 pages',
    ],
    runs.map((r) => [
      r.label,
      String(r.templates),
      String(r.pages),
      seconds(r.ms),
      seconds(r.cpuMs),
      seconds(r.astroMs),
      seconds(r.astroCpuMs),
      seconds(r.pagefindMs),
      seconds(r.pagefindCpuMs),
      (per1000(r.ms, r.pages) / 1000).toFixed(1),
      r.cpuMs == null ? '–' : (per1000(r.cpuMs, r.pages) / 1000).toFixed(1),
      kb(r.indexBytes),
      kb(per1000(r.indexBytes, r.pages)),
    ]),
  );

  const busy = runs.filter((r) => r.load > cpus().length);
  if (busy.length)
    console.log(
      `\nThe machine was busy (load average above ${cpus().length}) during: ${busy.map((r) => r.label).join(', ')}. Wall times are inflated; CPU time is the steadier figure.`,
    );
  console.log('\nPhases (seconds):');
  const phaseNames = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  printTable(
    ['content', ...phaseNames],
    runs.map((r) => [r.label, ...phaseNames.map((p) => (r.phases[p] == null ? '–' : (r.phases[p] / 1000).toFixed(1)))]),
  );

  const largest = runs.at(-1);
  console.log(`\nRendering time by route, ${largest.label} (both locales, from Astro's per-page log):`);
  printTable(
    ['route', 'pages', 'total', 'per page'],
    Object.entries(largest.routes)
      .slice(0, 8)
      .map(([route, g]) => [route, String(g.pages), seconds(g.ms), `${(g.ms / g.pages).toFixed(1)} ms`]),
  );
  console.log(`Slowest pages: ${largest.slowest.map((s) => `${s.path} ${s.ms} ms`).join(', ')}`);

  // Marginal seconds per page between consecutive sizes: takes the fixed start-up cost out of the ratio.
  // CPU time when measured, as wall time follows whatever else the machine is doing.
  const byCpu = runs.every((r) => r.cpuMs != null);
  const cost = (r) => (byCpu ? r.cpuMs : r.ms);
  const marginal = (a, b) => (cost(b) - cost(a)) / (b.pages - a.pages);
  const growth = runs.length >= 3 ? marginal(runs.at(-2), runs.at(-1)) / marginal(runs.at(-3), runs.at(-2)) : null;
  const [name, ms] = Object.entries(largest.phases).sort((a, b) => b[1] - a[1])[0];
  console.log(`\nLargest phase at ${largest.label}: ${name} (${seconds(ms)} of ${seconds(largest.ms)}).`);
  if (growth != null)
    console.log(
      `Growth (${byCpu ? 'CPU' : 'wall'} time): marginal cost per page ${runs.at(-2).label} → ${largest.label} is ${ratio(growth)} that of ${runs.at(-3).label} → ${runs.at(-2).label} (1× is linear).`,
    );

  const at2000 = runs.find((r) => r.synthetic === 2000);
  const label2000 = 'build + index, 2,000 synthetic templates';
  const checks = at2000
    ? [
        check(
          `${label2000}, wall`,
          `≤ ${TARGET_SECONDS} s`,
          `${seconds(at2000.ms)} (${at2000.pages} pages, load ${at2000.load.toFixed(1)})`,
          at2000.ms / 1000 <= TARGET_SECONDS,
        ),
        // Astro renders on one thread, so on a quiet machine wall time is close to CPU time.
        check(
          `${label2000}, CPU (≈ wall when quiet)`,
          `≤ ${TARGET_SECONDS} s`,
          seconds(at2000.cpuMs),
          at2000.cpuMs == null ? null : at2000.cpuMs / 1000 <= TARGET_SECONDS,
        ),
      ]
    : [check(label2000, `≤ ${TARGET_SECONDS} s`, 'not run (BENCH_SCALE_SIZES)', null)];
  checks.push(
    check(
      `growth: marginal ${byCpu ? 'CPU ' : ''}s/page, largest step vs previous`,
      `≤ ${LINEAR_TOLERANCE}× (linear ≈ 1×)`,
      ratio(growth),
      growth == null ? null : growth <= LINEAR_TOLERANCE,
    ),
    check('build + index, real content', 'info', `${seconds(runs[0].ms)}, CPU ${seconds(runs[0].cpuMs)} (${runs[0].pages} pages)`, null),
    check(`Pagefind index per 1,000 pages, ${largest.label}`, 'info', kb(per1000(largest.indexBytes, largest.pages)), null),
  );
  return {
    checks,
    data: {
      runs: runs.map((r) => ({
        label: r.label,
        templates: r.templates,
        pages: r.pages,
        seconds: r.ms / 1000,
        cpuSeconds: r.cpuMs == null ? null : r.cpuMs / 1000,
        loadAverage: r.load,
        astroSeconds: r.astroMs / 1000,
        pagefindSeconds: r.pagefindMs / 1000,
        astroCpuSeconds: r.astroCpuMs == null ? null : r.astroCpuMs / 1000,
        pagefindCpuSeconds: r.pagefindCpuMs == null ? null : r.pagefindCpuMs / 1000,
        secondsPer1000Pages: per1000(r.ms, r.pages) / 1000,
        indexBytes: r.indexBytes,
        indexBytesPer1000Pages: Math.round(per1000(r.indexBytes, r.pages)),
        distBytes: r.distBytes,
        phasesSeconds: Object.fromEntries(Object.entries(r.phases).map(([k, v]) => [k, v / 1000])),
        routes: r.routes,
      })),
      growth,
      growthMeasuredBy: byCpu ? 'cpu' : 'wall',
    },
  };
}
