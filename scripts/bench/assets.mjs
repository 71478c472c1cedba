// What a built page makes the browser download: its HTML, the CSS it links (and @imports), and the JS it
// runs at load — <script src>, inline scripts, modulepreloads and, recursively, the static imports of those
// modules. Dynamic import()s are followed separately as "on demand" code (e.g. search, loaded when used).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { init as initLexer, parse as parseImports } from 'es-module-lexer';
import { gzipSize } from './lib.mjs';
import { basePath, normalizeBase } from '../../src/lib/deploy.ts';

await initLexer;

const ORIGIN = 'http://site.invalid';

function attributes(source) {
  const attrs = {};
  for (const m of source.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

const isJsType = (type) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);

/** A fetched unit of code: a file in the built site, or an inline block (keyed by its content, so pages can be compared). */
function unitOf(kind, key, text, inline) {
  const bytes = Buffer.from(text);
  return { kind, key, inline, raw: bytes.length, gz: gzipSize(bytes), text };
}

export class Site {
  /**
   * @param {string} dist folder of the built site
   * @param {string} [base] deploy base it was built for (default: BASE_PATH, as for the build)
   */
  constructor(dist, base = basePath()) {
    this.dist = dist;
    this.base = normalizeBase(base);
    this.files = new Map();
  }

  /** Site URL → file in dist, or null when it points elsewhere (another origin, or a missing file). */
  fileFor(url) {
    if (url.origin !== ORIGIN || !url.pathname.startsWith(this.base)) return null;
    let path = decodeURIComponent(url.pathname.slice(this.base.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = join(this.dist, path);
    return existsSync(file) ? file : null;
  }

  read(file) {
    if (!this.files.has(file)) this.files.set(file, readFileSync(file, 'utf8'));
    return this.files.get(file);
  }

  /** Resolves a reference found in `from` (a URL); returns { url, file } — file null when it cannot be followed. */
  resolve(reference, from) {
    const url = new URL(reference, from);
    return { url, file: this.fileFor(url) };
  }

  /** Everything one page loads. `pagePath` is site-relative without the base, e.g. '/en/contacts/'. */
  page(pagePath) {
    const pageUrl = new URL(this.base.replace(/\/$/, '') + pagePath, ORIGIN);
    const htmlFile = this.fileFor(pageUrl);
    if (!htmlFile) throw new Error(`no built page for ${pagePath} in ${this.dist}`);
    const html = this.read(htmlFile);
    const css = new Map();
    const jsRoots = [];
    const external = [];
    const missing = [];

    const follow = (reference, onFile) => {
      const { url, file } = this.resolve(reference, pageUrl);
      if (url.origin !== ORIGIN) external.push(url.href);
      else if (!file) missing.push(url.pathname);
      else onFile(file, url);
    };

    for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
      const a = attributes(m[1]);
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (!a.href) continue;
      if (rel.includes('stylesheet')) follow(a.href, (file, url) => this.addCss(css, file, url, external, missing));
      if (rel.includes('modulepreload')) follow(a.href, (file, url) => jsRoots.push({ file, url }));
    }
    let inlineCss = 0;
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      const key = `inline-css:${hash(m[1])}`;
      css.set(key, unitOf('css', key, m[1], true));
      inlineCss += 1;
    }
    const inlineJs = [];
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const a = attributes(m[1]);
      if (!isJsType(a.type)) continue;
      if (a.src !== undefined) follow(a.src, (file, url) => jsRoots.push({ file, url }));
      else if (m[2].trim()) inlineJs.push({ text: m[2], url: pageUrl });
    }

    const { load, onDemand, unresolved } = this.jsGraph(jsRoots, inlineJs, external, missing);
    const sum = (units, field, filter = () => true) => [...units.values()].filter(filter).reduce((s, u) => s + u[field], 0);
    const htmlBytes = Buffer.from(html);
    const htmlGz = gzipSize(htmlBytes);
    const notInline = (u) => !u.inline;
    return {
      path: pagePath,
      html: { raw: htmlBytes.length, gz: htmlGz },
      css: { raw: sum(css, 'raw'), gz: sum(css, 'gz'), units: [...css.values()], inlineBlocks: inlineCss },
      js: { raw: sum(load, 'raw'), gz: sum(load, 'gz'), units: [...load.values()] },
      onDemand: { raw: sum(onDemand, 'raw'), gz: sum(onDemand, 'gz'), units: [...onDemand.values()], unresolved },
      // Inline CSS/JS already travel inside the HTML: the transfer counts them once.
      transferGz: htmlGz + sum(css, 'gz', notInline) + sum(load, 'gz', notInline),
      external,
      missing,
    };
  }

  addCss(css, file, url, external, missing) {
    if (css.has(file)) return;
    const text = this.read(file);
    css.set(file, unitOf('css', file, text, false));
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
      const next = this.resolve(m[1], url);
      if (next.url.origin !== ORIGIN) external.push(next.url.href);
      else if (!next.file) missing.push(next.url.pathname);
      else this.addCss(css, next.file, next.url, external, missing);
    }
  }

  /** Static-import closure of the page's scripts (load), and of the dynamic imports found anywhere in it (onDemand). */
  jsGraph(roots, inline, external, missing) {
    const load = new Map();
    const onDemand = new Map();
    const unresolved = [];
    const dynamicQueue = [];

    const visit = (target, entry) => {
      const key = entry.file ?? `inline-js:${hash(entry.text)}`;
      if (load.has(key) || target.has(key)) return;
      const text = entry.text ?? this.read(entry.file);
      target.set(key, unitOf('js', key, text, !entry.file));
      for (const ref of importsOf(text)) {
        if (ref.specifier === null) {
          unresolved.push(ref.source);
          continue;
        }
        if (!/^(\.{0,2}\/|https?:)/.test(ref.specifier)) {
          unresolved.push(ref.specifier); // bare specifier: the browser could not load it either
          continue;
        }
        const next = this.resolve(ref.specifier, entry.url);
        if (next.url.origin !== ORIGIN) external.push(next.url.href);
        else if (!next.file) missing.push(next.url.pathname);
        else if (ref.dynamic) dynamicQueue.push({ file: next.file, url: next.url });
        else visit(target, { file: next.file, url: next.url });
      }
    };

    for (const root of roots) visit(load, root);
    for (const block of inline) visit(load, block);
    while (dynamicQueue.length) visit(onDemand, dynamicQueue.shift());
    for (const key of load.keys()) onDemand.delete(key);
    return { load, onDemand, unresolved };
  }
}

const hash = (text) => createHash('sha1').update(text).digest('hex').slice(0, 10);

/** Import specifiers of a script: { specifier, dynamic, source }; specifier is null for computed import() arguments. */
export function importsOf(code) {
  let imports;
  try {
    [imports] = parseImports(code);
  } catch {
    return []; // not parseable as a module (a classic script): it cannot import statically
  }
  return imports
    .filter((i) => i.d !== -2) // import.meta
    .map((i) => {
      const dynamic = i.d > -1;
      let specifier = i.n ?? null;
      const source = code.slice(i.s, i.e);
      // A template literal without substitutions is as good as a string.
      if (specifier === null && /^`[^`$]*`$/.test(source.trim())) specifier = source.trim().slice(1, -1);
      return { specifier, dynamic, source };
    });
}
