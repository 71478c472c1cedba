/**
 * /theme-init.js: runs before first paint so a reader's chosen theme never flashes (no stored choice: follow the
 * system). Written at build time so its storage key comes from src/lib/storage-keys.ts like every other key.
 */
import type { APIRoute } from 'astro';
import { THEME_KEY } from '../lib/storage-keys';

const SCRIPT = `// Runs before first paint so a reader's chosen theme never flashes. No stored choice: follow the system.
// The \`js\` class lets the CSS fold the phone menu away before first paint (without JavaScript it stays open).
document.documentElement.classList.add('js');
try {
  var t = localStorage.getItem(${JSON.stringify(THEME_KEY)});
  if (t !== 'light' && t !== 'dark') t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = t;
} catch (e) {
  document.documentElement.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
`;

export const GET: APIRoute = () => new Response(SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
