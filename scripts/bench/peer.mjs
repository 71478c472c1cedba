// Peer comparison: the same three template pages (title, letter, explainer) as plain MDX in a default
// Starlight site, built in .bench/peer (installed once, then reused), weighed exactly as our pages are.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Site } from './assets.mjs';
import { check, kb, nodeBin, printTable, ratio, runCommand, tail } from './lib.mjs';

export const title = 'Peer comparison: the same pages in a default Starlight site';
export const needsBuild = true;

const SLUGS = ['odr-a-to-z-vacation', 'hijacker-trademark-warning', 'negative-review-followup-offer'];
const TARGET = 0.6;
const PACKAGE = {
  name: 'seller-letters-starlight-peer',
  private: true,
  type: 'module',
  dependencies: { '@astrojs/starlight': '^0.42.4', astro: '^7.3.5' },
};

/** Installs Starlight once; a changed dependency list reinstalls. */
async function install(dir) {
  const manifest = `${JSON.stringify(PACKAGE, null, 2)}\n`;
  const stamp = join(dir, 'node_modules/.peer-installed.json');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === manifest) return false;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), manifest);
  console.log(`Installing Starlight into ${dir} (once)…`);
  const npm = await runCommand('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  if (npm.code !== 0) throw new Error(`npm install failed in ${dir}:\n${tail(npm.output)}`);
  writeFileSync(stamp, manifest);
  return true;
}

/** Letter text as MDX: braces and angle brackets are syntax there, so they are escaped. */
const mdxText = (text) => text.replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;');

function writeSite(dir, root) {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Seller Letters' })] });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  for (const slug of SLUGS) {
    const template = parse(readFileSync(join(root, 'content/templates', `${slug}.yaml`), 'utf8'));
    const explainer = readFileSync(join(root, 'content/templates', `${slug}.en.mdx`), 'utf8');
    const page = [
      '---',
      `title: ${JSON.stringify(template.title.en)}`,
      `description: ${JSON.stringify(template.summary.en)}`,
      '---',
      '',
      template.summary.en,
      '',
      '## Letter',
      '',
      ...(template.subject ? [`Subject: ${mdxText(template.subject)}`, ''] : []),
      mdxText(template.letter).replace(/^## /gm, '### '),
      '',
      explainer,
    ].join('\n');
    writeFileSync(join(dir, 'src/content/docs', `${slug}.mdx`), page);
  }
}

export async function run({ root, dist, benchDir }) {
  const dir = join(benchDir, 'peer');
  const installed = await install(dir);
  if (!installed) console.log(`Reusing the Starlight install in ${dir}.`);
  const versions = Object.fromEntries(
    ['@astrojs/starlight', 'astro'].map((name) => [name, JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version]),
  );
  console.log(`Starlight ${versions['@astrojs/starlight']}, Astro ${versions.astro}.`);
  writeSite(dir, root);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const build = await runCommand(nodeBin(), [join(dir, 'node_modules/.bin/astro'), 'build'], { cwd: dir, env: { ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.code !== 0) throw new Error(`Starlight build failed:\n${tail(build.output)}`);

  const ours = new Site(dist);
  const theirs = new Site(join(dir, 'dist'), '/');
  const rows = SLUGS.map((slug) => ({ slug, ours: ours.page(`/en/templates/${slug}/`), zh: ours.page(`/templates/${slug}/`), peer: theirs.page(`/${slug}/`) }));

  console.log('Gzip bytes at load; our English page (letter, explainer in both languages, translation, sources) vs the Starlight page (letter + English explainer).\n');
  printTable(
    ['page', 'ours HTML', 'CSS', 'JS', 'total', 'Starlight HTML', 'CSS', 'JS', 'total', 'total ratio', 'JS ratio'],
    rows.map(({ slug, ours: o, peer: p }) => [
      slug,
      kb(o.html.gz),
      kb(o.css.gz),
      kb(o.js.gz),
      kb(o.transferGz),
      kb(p.html.gz),
      kb(p.css.gz),
      kb(p.js.gz),
      kb(p.transferGz),
      ratio(o.transferGz / p.transferGz),
      ratio(o.js.gz / p.js.gz),
    ]),
  );
  console.log(`\nOur Chinese pages, for reference: ${rows.map((r) => `${r.slug} ${kb(r.zh.transferGz)} (${ratio(r.zh.transferGz / r.peer.transferGz)})`).join(', ')}.`);
  console.log(`Starlight also loads on demand: ${kb(rows[0].peer.onDemand.gz)} gzip (${rows[0].peer.onDemand.units.length} files) — its search UI.`);

  const checks = rows.map(({ slug, ours: o, peer: p }) =>
    check(`transfer vs Starlight, ${slug} (en)`, `≤ ${TARGET}×`, `${ratio(o.transferGz / p.transferGz)} (${kb(o.transferGz)} vs ${kb(p.transferGz)})`, o.transferGz / p.transferGz <= TARGET),
  );
  const weigh = (w) => ({ htmlGz: w.html.gz, cssGz: w.css.gz, jsGz: w.js.gz, transferGz: w.transferGz, onDemandGz: w.onDemand.gz });
  return {
    checks,
    data: {
      versions,
      pages: rows.map((r) => ({ slug: r.slug, ours: weigh(r.ours), oursZh: weigh(r.zh), starlight: weigh(r.peer), transferRatio: r.ours.transferGz / r.peer.transferGz, jsRatio: r.ours.js.gz / r.peer.js.gz })),
    },
  };
}
