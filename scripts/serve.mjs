// Why this file exists rather than `astro preview`: the preview server ignores the build's _headers file, so the
// Content-Security-Policy header (with frame-ancestors, which a <meta> cannot set), nosniff and Referrer-Policy
// that Netlify / Cloudflare Pages send would go untested locally; and no kept static-server package already in
// the project reads _headers. So: a small static server for the built site (dist/), honouring BASE_PATH and
// _headers, loopback only, no dependencies. It answers 400 to paths it cannot decode, never redirects off-site,
// never serves a file outside dist/ (symbolic links that lead out of it included), answers methods other than GET
// and HEAD with 405, and one bad request never stops it.
// Usage: npm exec -- node scripts/serve.mjs [--port 4321] [--dir dist]
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import { CONTENT_TYPES as TYPES } from './content-types.mjs';
import { basePath } from '../src/lib/deploy.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(option('dir', 'dist'));
const port = Number(option('port', process.env.PORT ?? 4321));
const base = basePath();

// `npm run build` removes dist/ before it starts, so a failed build leaves nothing here rather than the old site.
if (!existsSync(join(root, 'index.html')) || !existsSync(join(root, '404.html'))) {
  console.error(`${root} holds no complete build (the last build failed, or none ran). Run \`npm run build\` first.`);
  process.exit(1);
}

/** Rules from the build's _headers file (as Netlify and Cloudflare Pages read it), so local runs get the same headers. */
function readHeaderRules() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}
const headerRules = readHeaderRules();
const headersFor = (pathname) =>
  Object.assign(
    {},
    ...headerRules
      .filter((r) => (r.pattern.endsWith('*') ? pathname.startsWith(r.pattern.slice(0, -1)) : pathname === r.pattern))
      .map((r) => r.headers),
  );

/** A decoded path back in URL form; it starts with exactly one "/", so as a Location it can only stay on this site. */
const encodePath = (path) => path.split('/').map(encodeURIComponent).join('/');

/** dist/ with its symbolic links resolved, to check where a file really is. */
const realRoot = await realpath(root);
const inside = (path, dir) => path === dir || path.startsWith(dir + sep);

/**
 * The file a decoded, normalised path names inside dist/ (or its index.html), or null. A symbolic link is followed
 * only when it ends inside dist/: one that leads out of it is treated as missing.
 */
async function fileFor(path) {
  const candidate = resolve(root, `.${path}`);
  if (!inside(candidate, root)) return null;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    const real = await realpath(file).catch(() => null);
    return real && inside(real, realRoot) ? file : null;
  }
  return null;
}

const plain = (res, status, text) =>
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${text}\n`);

async function handle(req, res) {
  // A static site: reading is all there is. Anything else is 405, as static hosts answer it.
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res
      .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      .end('Method not allowed\n');
    return;
  }
  const raw = req.url ?? '/';
  const queryAt = raw.indexOf('?');
  const rawPath = queryAt >= 0 ? raw.slice(0, queryAt) : raw;
  const search = queryAt >= 0 ? raw.slice(queryAt) : '';
  if (!rawPath.startsWith('/')) return plain(res, 400, 'Bad request');
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return plain(res, 400, 'Bad request: the path is not valid percent-encoding');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return plain(res, 400, 'Bad request');
  // "/a//b", "/./a", "/a/../b" → one canonical path (".." never climbs above the site root).
  const path = posix.normalize(decoded);
  if (path !== decoded) {
    res.writeHead(301, { location: `${encodePath(path)}${search}` }).end();
    return;
  }
  if (!path.startsWith(base)) {
    res.writeHead(302, { location: base }).end();
    return;
  }
  const inner = `/${path.slice(base.length)}`;
  // Directory URLs without their trailing slash redirect, as static hosts do.
  if (!extname(inner) && !inner.endsWith('/') && (await fileFor(`${inner}/`))) {
    res.writeHead(301, { location: `${encodePath(path)}/${search}` }).end();
    return;
  }
  const file = await fileFor(inner);
  const status = file ? 200 : 404;
  const servedPath = file ?? join(root, '404.html');
  // Revalidation as static hosts do it: no-cache plus an ETag, so a prefetched or cached file costs a 304.
  const info = await stat(servedPath);
  const etag = `"${info.size.toString(16)}-${Math.round(info.mtimeMs).toString(16)}"`;
  const headers = {
    ...headersFor(path),
    'content-type': TYPES[extname(servedPath)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    etag,
  };
  if (file && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(status, headers);
  createReadStream(servedPath)
    .on('error', () => res.destroy())
    .pipe(res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(`${req.method} ${req.url}: ${error?.stack ?? error}`);
    if (res.headersSent) res.destroy();
    else plain(res, 500, 'Server error');
  });
});
server.on('clientError', (_error, socket) => socket.destroy());

server.listen(port, '127.0.0.1', () => {
  console.log(`Seller Letters is served at http://localhost:${port}${base}  (Ctrl+C to stop)`);
});
