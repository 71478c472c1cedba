// Peer comparison: the site's full content (every template and guide, Chinese and English) as plain MDX in a
// default Starlight site, built in .bench/peer (Starlight installed once, then reused), so that both search
// indexes hold the same text. Two measures:
//   1. each page as Starlight and we ship it, until the network is quiet (Starlight loads its search UI on idle);
//   2. a visit that ends in the first results for a query, counted at the host (scripts/bench/host.mjs), Pagefind's
//      worker and idle-loaded code included: the whole visit, and its search part.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { readContent } from '../read-content.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { Site } from './assets.mjs';
import { countingHost, ourSearchFile, summarize, untilQuiet } from './host.mjs';
import { check, kb, nodeBin, printTable, ratio, runCommand, tail } from './lib.mjs';

export const title = 'Peer comparison: the same pages in a default Starlight site';
export const needsBuild = true;

const SLUGS = ['odr-a-to-z-vacation', 'hijacker-trademark-warning', 'negative-review-followup-offer'];
const TARGET = 0.6;
/** Issue 13: a visit ending in first results costs at most 0.9× Starlight's on the same content. */
const VISIT_TARGET = 0.9;
/** The visits: a template page, then the first results for a query typed in its search box. */
const VISITS = [
  { locale: 'en', slug: 'odr-a-to-z-vacation', query: 'ODR appeal' },
  { locale: 'zh-CN', slug: 'odr-a-to-z-vacation', query: 'ODR 申诉' },
];
/** Ports of this benchmark's range for the two hosts. */
const PORTS = { ours: 4446, starlight: 4447 };
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

/** Front matter Starlight accepts: a title and a description. */
const frontMatter = (title, description) => [
  '---',
  `title: ${JSON.stringify(title)}`,
  `description: ${JSON.stringify(description)}`,
  '---',
  '',
];
const body = (mdx) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Every template and guide in both languages: Chinese at the root (as ours), English under /en/. */
function writeSite(dir, root) {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  for (const sub of ['templates', 'guides', 'en/templates', 'en/guides']) mkdirSync(join(docs, sub), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Seller Letters', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } } })] });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(join(docs, 'index.mdx'), [...frontMatter('亚马逊卖家信件模板库', 'Seller Letters'), 'Seller Letters'].join('\n'));
  writeFileSync(join(docs, 'en/index.mdx'), [...frontMatter('Seller Letters', 'Seller Letters'), 'Seller Letters'].join('\n'));
  const templateDir = join(root, 'content/templates');
  const { content } = readContent(root);
  for (const { data: template } of content.templates) {
    const slug = template.slug;
    const letter = [
      ...(template.subject ? [`Subject: ${mdxText(template.subject)}`, ''] : []),
      mdxText(template.letter).replace(/^## /gm, '### '),
    ];
    for (const locale of ['zh', 'en']) {
      const explainer = body(readFileSync(join(templateDir, `${slug}.${locale === 'zh' ? 'zh-CN' : 'en'}.mdx`), 'utf8'));
      const page = [
        ...frontMatter(template.title[locale], template.summary[locale]),
        template.summary[locale],
        '',
        locale === 'zh' ? '## 信件' : '## Letter',
        '',
        ...letter,
        '',
        ...(locale === 'zh' ? ['## 中文参考译文', '', mdxText(template.translationZh).replace(/^## /gm, '### '), ''] : []),
        explainer,
      ].join('\n');
      writeFileSync(join(docs, locale === 'zh' ? 'templates' : 'en/templates', `${slug}.mdx`), page);
    }
  }
  const guideDir = join(root, 'content/guides');
  for (const file of readdirSync(guideDir).filter((f) => f.endsWith('.mdx'))) {
    const [, slug, locale] = /^(.*)\.(zh-CN|en)\.mdx$/.exec(file) ?? [];
    if (!slug) continue;
    const source = readFileSync(join(guideDir, file), 'utf8');
    const meta = content.guides.find((g) => g.id === `${slug}.${locale}`)?.data ?? {};
    writeFileSync(
      join(docs, locale === 'en' ? 'en/guides' : 'guides', `${slug}.mdx`),
      [...frontMatter(meta.title ?? slug, meta.description ?? ''), body(source)].join('\n'),
    );
  }
}

/**
 * One visit at a host: the template page until its load event, then until the network is quiet (idle-loaded
 * code), then the search: ours through the header box and the search page, Starlight's through its search dialog.
 */
async function visit(browser, host, { path, query, starlight }) {
  host.log.length = 0;
  const context = await browser.newContext();
  const page = await context.newPage();
  host.mark('load');
  await page.goto(host.origin + path, { waitUntil: 'load' });
  host.mark('idle');
  await untilQuiet(host.log);
  const page_ = summarize(host.log);
  host.mark('search');
  if (starlight) {
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('.pagefind-ui__search-input').fill(query);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
  } else {
    await page.locator('[data-site-search]').focus();
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await page.waitForSelector('site-search[data-state="done"]', { timeout: 30_000 });
  }
  await untilQuiet(host.log);
  const results = await page.locator(starlight ? '.pagefind-ui__result' : '[data-search-results] > li').count();
  await context.close();
  return { page: page_.whole, ...summarize(host.log, starlight ? undefined : ourSearchFile()), results };
}

export async function run({ root, dist, benchDir }) {
  const dir = join(benchDir, 'peer');
  const installed = await install(dir);
  if (!installed) console.log(`Reusing the Starlight install in ${dir}.`);
  const versions = Object.fromEntries(
    ['@astrojs/starlight', 'astro'].map((name) => [
      name,
      JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version,
    ]),
  );
  console.log(`Starlight ${versions['@astrojs/starlight']}, Astro ${versions.astro}.`);
  writeSite(dir, root);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const build = await runCommand(nodeBin(), [join(dir, 'node_modules/.bin/astro'), 'build'], {
    cwd: dir,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.code !== 0) throw new Error(`Starlight build failed:\n${tail(build.output)}`);

  const ours = new Site(dist);
  const theirs = new Site(join(dir, 'dist'), '/');
  const rows = SLUGS.map((slug) => ({
    slug,
    ours: ours.page(`/en/templates/${slug}/`),
    zh: ours.page(`/templates/${slug}/`),
    peer: theirs.page(`/en/templates/${slug}/`),
  }));

  console.log(
    'Gzip bytes at load (no idle-loaded code), from the built files; our English page vs the same template in the Starlight site.\n',
  );
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
  console.log(
    `\nOur Chinese pages, for reference: ${rows.map((r) => `${r.slug} ${kb(r.zh.transferGz)} (${ratio(r.zh.transferGz / r.peer.transferGz)})`).join(', ')}.`,
  );
  console.log(
    `Starlight also loads on idle: ${kb(rows[0].peer.onDemand.gz)} gzip (${rows[0].peer.onDemand.units.length} files) — its search UI; counted below.`,
  );

  // Pages as the browser loads them until the network is quiet, and visits ending in first results, at the host.
  const hosts = { ours: await countingHost(dist, PORTS.ours), starlight: await countingHost(join(dir, 'dist'), PORTS.starlight) };
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const visits = [];
  try {
    for (const v of VISITS) {
      const prefix = v.locale === 'en' ? '/en' : '';
      const ours = await visit(browser, hosts.ours, { path: `${prefix}/templates/${v.slug}/`, query: v.query, starlight: false });
      const theirs = await visit(browser, hosts.starlight, { path: `${prefix}/templates/${v.slug}/`, query: v.query, starlight: true });
      visits.push({ ...v, ours, theirs });
    }
  } finally {
    await browser.close();
    await hosts.ours.close();
    await hosts.starlight.close();
  }
  console.log('\nA visit ending in the first results, counted at a host that gzips text (same content in both sites):\n');
  printTable(
    ['visit', 'ours: page', 'search part', 'whole visit', 'Starlight: page', 'search part', 'whole visit', 'page ratio', 'visit ratio'],
    visits.map((v) => [
      `${v.locale} ${v.slug} → “${v.query}”`,
      kb(v.ours.page),
      kb(v.ours.search),
      kb(v.ours.whole),
      kb(v.theirs.page),
      kb(v.theirs.search),
      kb(v.theirs.whole),
      ratio(v.ours.page / v.theirs.page),
      ratio(v.ours.whole / v.theirs.whole),
    ]),
  );
  for (const v of visits) {
    const parts = (k) =>
      Object.entries(k)
        .map(([name, bytes]) => `${name} ${kb(bytes)}`)
        .join(', ');
    console.log(
      `  ${v.locale} search part — ours: ${parts(v.ours.kinds)}; Starlight: ${parts(v.theirs.kinds)} (${v.ours.results} and ${v.theirs.results} results on screen)`,
    );
  }

  const checks = [
    ...visits.map((v) =>
      check(
        `visit to first results vs Starlight, ${v.locale}`,
        `≤ ${VISIT_TARGET}×`,
        `${ratio(v.ours.whole / v.theirs.whole)} (${kb(v.ours.whole)} vs ${kb(v.theirs.whole)})`,
        v.ours.whole / v.theirs.whole <= VISIT_TARGET,
      ),
    ),
    ...visits.map((v) =>
      check(
        `search part of the visit, ${v.locale}`,
        '≤ 100.0 KB',
        `${kb(v.ours.search)} (Starlight ${kb(v.theirs.search)})`,
        v.ours.search <= 100 * 1024,
      ),
    ),
    ...visits.map((v) =>
      check(
        `template page until quiet vs Starlight, ${v.locale}`,
        `≤ ${TARGET}×`,
        `${ratio(v.ours.page / v.theirs.page)} (${kb(v.ours.page)} vs ${kb(v.theirs.page)})`,
        v.ours.page / v.theirs.page <= TARGET,
      ),
    ),
  ];
  const weigh = (w) => ({ htmlGz: w.html.gz, cssGz: w.css.gz, jsGz: w.js.gz, transferGz: w.transferGz, onDemandGz: w.onDemand.gz });
  return {
    checks,
    data: {
      versions,
      pages: rows.map((r) => ({
        slug: r.slug,
        ours: weigh(r.ours),
        oursZh: weigh(r.zh),
        starlight: weigh(r.peer),
        transferRatio: r.ours.transferGz / r.peer.transferGz,
        jsRatio: r.ours.js.gz / r.peer.js.gz,
      })),
      visits,
    },
  };
}
