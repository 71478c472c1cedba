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
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`));
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
  for (const path of ['/.//templates', '//evil.example/', '/.//evil.example/x', `${base}.//evil.example`, '/%2F%2Fevil.example/', '/\\evil.example/']) {
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
  for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', `${base}../../scripts/serve.mjs`, '/..%5cpackage.json']) {
    const { status, body } = await rawGet(path);
    expect(body, path).not.toContain('"devDependencies"');
    expect(body, path).not.toContain('createServer');
    expect([301, 302, 400, 404], path).toContain(status);
  }
  expect((await rawGet(base)).status).toBe(200);
});
