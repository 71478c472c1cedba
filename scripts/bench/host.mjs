// A static host for the transfer benchmarks that counts what it sends: every response's bytes on the wire
// (status line, headers and body, gzipped as a host that compresses text would send it). Counting at the host
// sees everything a visit costs, the Pagefind worker's own downloads included, which a page-level log can miss.
// Runs in the benchmark's own process.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES as TYPES } from '../content-types.mjs';

/** Types a host compresses on the fly; Pagefind's own files (.pagefind, .pf_*) are gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

async function fileFor(root, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const path of [join(root, safe), join(root, safe, 'index.html')]) {
    if (!path.startsWith(root)) return null;
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) return path;
  }
  return null;
}

/**
 * Serves `root` under `base` on `port` and logs { url, type, bytes, at } per response. `mark(name)` starts a new phase; each
 * log entry carries the phase it was sent in. Resolves with { origin, log, mark, close }.
 */
export function countingHost(root, port, base = '/') {
  const log = [];
  let phase = 'start';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = url.pathname.startsWith(base) ? await fileFor(root, url.pathname.slice(base.length - 1)) : null;
    let status = 200;
    let body;
    let type;
    if (!file) {
      status = 404;
      body = Buffer.from('not found');
      type = 'text/plain; charset=utf-8';
    } else {
      body = await readFile(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    const headers = { 'content-type': type, 'cache-control': 'public, max-age=3600' };
    if (COMPRESSIBLE.test(type) && body.length > 200 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(body);
    const headerBytes =
      `HTTP/1.1 ${status} OK\r\n`.length + Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 2);
    log.push({ url: url.pathname, type, status, bytes: body.length + headerBytes, phase });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        log,
        mark: (name) => {
          phase = name;
        },
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

/** Waits until the host has sent nothing for `quietMs` (the page and its idle-loaded code are done). */
export async function untilQuiet(log, quietMs = 700, maxMs = 20_000) {
  const started = Date.now();
  let count = log.length;
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 100));
    if (log.length !== count) {
      count = log.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

/**
 * Our site's search files: Pagefind's bundle, the search element's chunk and the search page's loader. The template
 * page's own island chunks, which may arrive after its load event, are not search.
 */
export const ourSearchFile =
  (base = '/') =>
  (url) =>
    url.startsWith(`${base}pagefind/`) || /\/_astro\/search\.[\w.-]+\.js$/.test(url);

/**
 * Sums a visit's log: the whole visit, and the search part. Without `isSearch`, the search part is everything sent
 * after the page's load event except HTML and CSS (Starlight's idle-loaded search UI, its worker, the index and its
 * fragments); with it, only the files it names that were sent after the load event.
 */
export function summarize(log, isSearch) {
  const sum = (list) => list.reduce((n, e) => n + e.bytes, 0);
  const afterLoad = log.filter((e) => e.phase !== 'load');
  const search = afterLoad.filter((e) => (isSearch ? isSearch(e.url) : !/^text\/(html|css)/.test(e.type)));
  const kinds = {};
  for (const e of search) {
    const kind = e.url.includes('/pagefind/')
      ? e.url.endsWith('.pf_fragment')
        ? 'fragments'
        : e.url.endsWith('.pf_index')
          ? 'index chunks'
          : e.url.endsWith('.pf_filter')
            ? 'filters'
            : /wasm\./.test(e.url)
              ? 'wasm'
              : /worker/.test(e.url)
                ? 'worker'
                : /pagefind(-ui|-component-ui|-modular-ui)?\.js$/.test(e.url)
                  ? 'library'
                  : 'metadata'
      : /\.js$/.test(e.url)
        ? 'search UI code'
        : 'other';
    kinds[kind] = (kinds[kind] ?? 0) + e.bytes;
  }
  return { whole: sum(log), search: sum(search), requests: log.length, kinds };
}
