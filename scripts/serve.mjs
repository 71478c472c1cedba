// A small static server for the built site (dist/), honouring BASE_PATH. No dependencies, loopback only.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(option('dir', 'dist'));
const port = Number(option('port', process.env.PORT ?? 4321));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Rules from the build's _headers file (as Netlify and Cloudflare Pages read it), so local runs get the same CSP header. */
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
  Object.assign({}, ...headerRules.filter((r) => (r.pattern.endsWith('*') ? pathname.startsWith(r.pattern.slice(0, -1)) : pathname === r.pattern)).map((r) => r.headers));

async function fileFor(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return null;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) return path;
  }
  return null;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(302, { location: base }).end();
    return;
  }
  const inner = `/${url.pathname.slice(base.length)}`;
  // Directory URLs without their trailing slash redirect, as static hosts do.
  if (!extname(inner) && !inner.endsWith('/') && (await fileFor(`${inner}/`))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = await fileFor(inner);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  // Revalidation as static hosts do it: no-cache plus an ETag, so a prefetched or cached file costs a 304.
  const info = await stat(path);
  const etag = `"${info.size.toString(16)}-${Math.round(info.mtimeMs).toString(16)}"`;
  const headers = { ...headersFor(url.pathname), 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache', etag };
  if (file && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(status, headers);
  createReadStream(path).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Seller Letters is served at http://localhost:${port}${base}  (Ctrl+C to stop)`);
});
