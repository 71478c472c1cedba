/**
 * scripts/serve.mjs, the server these tests run against: paths it cannot decode get a 400, no redirect leaves the
 * site, nothing outside dist/ is served, and after all of that it still answers. Requests go out as raw bytes,
 * because browsers and fetch() would normalise or refuse these paths before sending them.
 */
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { basePath } from '../../src/lib/deploy';

const port = Number(process.env.E2E_PORT ?? 4399);
const base = basePath();

/** Sends one raw GET and resolves with the status, the headers (lower-cased) and the body. */
function rawGet(path: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

test('malformed percent-encoding gets a 400 and the server stays up', async () => {
  for (const path of [`${base}templates/100%/`, `${base}%zz`, `${base}%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd`, `${base}%`, `${base}a%00b`]) {
    const response = await rawGet(path);
    expect(response.status, path).toBe(400);
  }
  expect((await rawGet(base)).status).toBe(200);
});

test('no redirect leaves the site', async () => {
  for (const path of [
    '/.//templates',
    '//evil.example/',
    '/.//evil.example/x',
    `${base}.//evil.example`,
    '/%2F%2Fevil.example/',
    '/\\evil.example/',
  ]) {
    const { status, headers } = await rawGet(path);
    const location = headers.location;
    if (location !== undefined) {
      expect(location, path).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, `http://localhost:${port}/`).host, path).toBe(`localhost:${port}`);
    }
    expect([301, 302, 400, 404], path).toContain(status);
  }
  // The normalised path still leads to the page.
  const first = await rawGet(`${base}.//templates`);
  expect(first.headers.location).toBe(`${base}templates`);
  expect((await rawGet(first.headers.location!)).headers.location).toBe(`${base}templates/`);
});

test('nothing outside dist/ is served', async () => {
  for (const path of [
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    `${base}../../scripts/serve.mjs`,
    '/..%5cpackage.json',
  ]) {
    const { status, body } = await rawGet(path);
    expect(body, path).not.toContain('"devDependencies"');
    expect(body, path).not.toContain('createServer');
    expect([301, 302, 400, 404], path).toContain(status);
  }
  expect((await rawGet(base)).status).toBe(200);
});

/** Sends one raw request with any method and resolves with its status and headers. */
function rawRequest(method: string, path: string, at = port): Promise<{ status: number; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(at, '127.0.0.1', () =>
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [statusLine = '', ...lines] = (data.split('\r\n\r\n')[0] ?? '').split('\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()])),
      });
    });
  });
}

test('methods other than GET and HEAD get a 405 naming the allowed ones', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
    const { status, headers } = await rawRequest(method, base);
    expect(status, method).toBe(405);
    expect(headers.allow, method).toBe('GET, HEAD');
  }
  expect((await rawRequest('HEAD', base)).status).toBe(200);
  expect((await rawRequest('GET', base)).status).toBe(200);
});

test('a symbolic link that leads out of the served folder is not followed; one inside it is', async () => {
  const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
  const { spawn } = await import('node:child_process');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const top = mkdtempSync(join(tmpdir(), 'serve-symlink-'));
  const site = join(top, 'site');
  mkdirSync(join(site, 'inner'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<p>home</p>');
  writeFileSync(join(site, '404.html'), '<p>missing</p>');
  writeFileSync(join(site, 'inner', 'page.txt'), 'inside');
  writeFileSync(join(top, 'secret.txt'), 'SECRET OUTSIDE');
  mkdirSync(join(top, 'outdir'));
  writeFileSync(join(top, 'outdir', 'index.html'), 'SECRET DIR');
  symlinkSync(join(top, 'secret.txt'), join(site, 'leak.txt'));
  symlinkSync(join(top, 'outdir'), join(site, 'out'));
  symlinkSync(join(site, 'inner', 'page.txt'), join(site, 'alias.txt'));
  const at = port + 1000;
  const server = spawn('node_modules/.bin/node', ['scripts/serve.mjs', '--port', String(at), '--dir', site], {
    env: { ...process.env, BASE_PATH: '' },
    stdio: 'ignore',
  });
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${at}/`).catch(() => null))?.status, { timeout: 15_000 }).toBe(200);
    for (const path of ['/leak.txt', '/out/', '/out/index.html']) {
      const response = await fetch(`http://127.0.0.1:${at}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('SECRET');
    }
    const alias = await fetch(`http://127.0.0.1:${at}/alias.txt`);
    expect(alias.status).toBe(200);
    expect(await alias.text()).toBe('inside');
  } finally {
    server.kill();
  }
});
