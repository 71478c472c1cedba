// Page weight of the built site: HTML, CSS and JS per page (raw and gzip), the JS each page runs at load,
// the code it loads only on demand, and the island (what a template page loads beyond the home page).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Site } from './assets.mjs';
import { BUDGETS } from './budgets.mjs';
import { check, kb, printTable, walk } from './lib.mjs';

export const title = 'Page weight (gzip)';
export const needsBuild = true;

const KB = 1024;
const TARGETS = { ...BUDGETS, island: 6 * KB, caseSave: 0.5 * KB };
const LOCALES = [
  { name: 'zh', prefix: '' },
  { name: 'en', prefix: '/en' },
];

/** The template whose built HTML is largest, in either language (ties: first by name). */
export function longestTemplate(dist) {
  let best = { slug: undefined, bytes: -1 };
  for (const { prefix } of LOCALES) {
    const dir = join(dist, prefix, 'templates');
    for (const file of walk(dir).filter((f) => /^[^/]+\/index\.html$/.test(f))) {
      const bytes = statSync(join(dir, file)).size;
      if (bytes > best.bytes) best = { slug: file.split('/')[0], bytes };
    }
  }
  if (!best.slug) throw new Error(`no template pages in ${dist}`);
  return best.slug;
}

/** Every built HTML page, as a site path ('/en/contacts/', '/404.html'). */
function allPages(dist) {
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => `/${f}`.replace(/(^|\/)index\.html$/, '$1'));
}

/** JS a page can run (at load or on demand), keyed by file or inline content. */
const allJs = (page) => new Map([...page.js.units, ...page.onDemand.units].map((u) => [u.key, u]));

/** The island: JS a template page can run that the home page cannot. */
export function islandOf(templatePage, homePage) {
  const home = allJs(homePage);
  const units = [...allJs(templatePage).values()].filter((u) => !home.has(u.key));
  return { units, raw: units.reduce((s, u) => s + u.raw, 0), gz: units.reduce((s, u) => s + u.gz, 0) };
}

export async function run({ dist }) {
  const site = new Site(dist);
  const slug = longestTemplate(dist);
  const kinds = [
    { kind: 'home', path: '/' },
    { kind: `template (${slug})`, path: `/templates/${slug}/`, template: true },
    { kind: 'contacts', path: '/contacts/' },
    { kind: 'search', path: '/search/' },
    { kind: 'case', path: '/case/' },
  ];
  const pages = kinds.flatMap((k) => LOCALES.map((l) => ({ ...k, locale: l.name, weight: site.page(`${l.prefix}${k.path}` || '/') })));

  console.log('Per page: HTML, the CSS it links, the JS it runs at load (inline scripts included), code it loads on demand.');
  console.log('"total" is the transfer at load: HTML + external CSS + external JS, gzip (inline code counted once, in the HTML).\n');
  printTable(
    ['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'JS files', 'on demand gz', 'total gz'],
    pages.map(({ kind, locale, weight: w }) => [
      `${kind} ${locale}`,
      kb(w.html.raw),
      kb(w.html.gz),
      kb(w.css.raw),
      kb(w.css.gz),
      kb(w.js.raw),
      kb(w.js.gz),
      String(w.js.units.length),
      kb(w.onDemand.gz),
      kb(w.transferGz),
    ]),
  );

  const byKind = (kind) => pages.filter((p) => p.kind === kind);
  const homes = byKind('home');
  const templates = byKind(kinds[1].kind);

  // Site-wide CSS: every stylesheet (file or inline block) any built page uses, counted once.
  const siteCss = new Map();
  const problems = [];
  for (const path of allPages(dist)) {
    const w = site.page(path);
    for (const unit of w.css.units) siteCss.set(unit.key, unit);
    for (const ref of [...w.external, ...w.missing]) problems.push(`${path} → ${ref}`);
  }
  const cssGz = [...siteCss.values()].reduce((s, u) => s + u.gz, 0);

  const islands = LOCALES.map((l, i) => ({ locale: l.name, ...islandOf(templates[i].weight, homes[i].weight) }));
  for (const island of islands) {
    if (island.units.length)
      console.log(`\nIsland (${island.locale}): ${island.units.map((u) => `${u.key.replace(dist, '')} ${kb(u.gz)}`).join(', ')}`);
  }
  for (const p of pages.filter((p) => p.weight.onDemand.units.length || p.weight.onDemand.unresolved.length)) {
    const files = p.weight.onDemand.units.map((u) => `${u.key.replace(dist, '')} ${kb(u.gz)}`);
    const computed = p.weight.onDemand.unresolved.map((s) => `import(${s.slice(0, 40)})`);
    console.log(`On demand, ${p.kind} ${p.locale}: ${[...files, ...computed].join(', ')}`);
  }
  if (problems.length) console.log(`\nReferences that leave the site or point at missing files:\n  ${problems.slice(0, 20).join('\n  ')}`);

  const perLocale = (list, pick) => list.map((p) => pick(p.weight));
  const both = (values, target, label) =>
    check(
      label,
      `≤ ${kb(target)}`,
      values.map(kb).join(' / '),
      values.every((v) => v <= target),
    );
  const checks = [
    both(
      perLocale(templates, (w) => w.html.gz),
      TARGETS.templateHtml,
      `HTML gz, longest template, zh / en`,
    ),
    check(
      `CSS gz, site-wide (${siteCss.size} stylesheet${siteCss.size === 1 ? '' : 's'})`,
      `≤ ${kb(TARGETS.siteCss)}`,
      kb(cssGz),
      cssGz <= TARGETS.siteCss,
    ),
    ...['home', 'contacts', 'search'].map((kind) =>
      both(
        perLocale(byKind(kind), (w) => w.js.gz),
        TARGETS.pageJs,
        `JS gz at load, ${kind}, zh / en`,
      ),
    ),
    islands.some((i) => i.units.length)
      ? both(
          islands.map((i) => i.gz),
          TARGETS.island,
          'island JS gz (template page beyond home), zh / en',
        )
      : check('island JS gz (template page beyond home)', `≤ ${kb(TARGETS.island)}`, 'no island found', null),
    both(
      perLocale(byKind('case'), (w) => w.js.gz),
      TARGETS.casePageJs,
      'JS gz at load, case page, zh / en',
    ),
    both(
      perLocale(templates, (w) => w.js.units.filter((u) => u.text.includes('case-save')).reduce((sum, u) => sum + u.gz, 0)),
      TARGETS.caseSave,
      '"save to my case" JS gz on a template page, zh / en',
    ),
    check('every reference stays on the site and exists', '0 outside/missing', String(problems.length), problems.length === 0),
  ];

  const summary = (w) => ({
    html: w.html,
    css: { raw: w.css.raw, gz: w.css.gz },
    js: { raw: w.js.raw, gz: w.js.gz, files: w.js.units.map((u) => ({ file: u.key.replace(dist, ''), gz: u.gz })) },
    onDemand: { raw: w.onDemand.raw, gz: w.onDemand.gz, files: w.onDemand.units.map((u) => ({ file: u.key.replace(dist, ''), gz: u.gz })) },
    transferGz: w.transferGz,
  });
  return {
    checks,
    data: {
      longestTemplate: slug,
      pages: Object.fromEntries(pages.map((p) => [`${p.kind.split(' ')[0]}.${p.locale}`, { path: p.weight.path, ...summary(p.weight) }])),
      siteCssGz: cssGz,
      island: Object.fromEntries(
        islands.map((i) => [i.locale, { raw: i.raw, gz: i.gz, files: i.units.map((u) => u.key.replace(dist, '')) }]),
      ),
      outsideOrMissing: problems,
    },
  };
}
