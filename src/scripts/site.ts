/** The one script every page ships: theme toggle, the search shortcut ("/" or Ctrl/Cmd+K), and copy buttons. */
import { THEME_KEY } from '../lib/storage-keys';
import { copyText } from './clipboard';
const root = document.documentElement;

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) {
  toggle.hidden = false;
  const sync = () => toggle.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  sync();
  toggle.addEventListener('click', () => {
    root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(THEME_KEY, root.dataset.theme);
    } catch {
      /* storage unavailable: the choice lasts for this page only */
    }
    sync();
  });
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!(slash || commandK) || (slash && isTyping(event.target))) return;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('[data-site-search]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

// Reaching for a search box that leads to the search page (header, home) prefetches the search library and its
// WebAssembly core (downloaded, not run), so the search page answers at once. Pagefind names the core after the
// stemmer it carries: 'en' for English, 'unknown' for languages without one (Chinese).
let prefetched = false;
const prefetchSearch = () => {
  if (prefetched) return;
  prefetched = true;
  const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
  const core = root.lang.toLowerCase().startsWith('en') ? 'en' : 'unknown';
  for (const file of ['pagefind.js', `wasm.${core}.pagefind`]) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = bundle + file;
    link.dataset.searchPrefetch = '';
    document.head.append(link);
  }
};
for (const box of document.querySelectorAll<HTMLInputElement>('form[role="search"] input[name="q"]:not([data-search-input])')) {
  box.addEventListener('focus', prefetchSearch, { once: true });
}

// Copy buttons for single values (contact addresses). Every press ends in a message: copied, or (refused, no
// Clipboard API, or no answer) the value selected on the page to copy by hand.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-text]')) {
  button.hidden = false;
  const status = button.nextElementSibling instanceof HTMLElement && button.nextElementSibling.dataset.copyStatus !== undefined ? button.nextElementSibling : null;
  button.addEventListener('click', async () => {
    const text = button.dataset.copyText ?? '';
    const copied = await copyText(text);
    if (!copied) {
      // The address beside the button (same text), selected for Ctrl+C.
      const shown = button.previousElementSibling;
      const selection = getSelection();
      if (shown?.textContent?.trim() === text && selection) selection.selectAllChildren(shown);
    }
    if (status) {
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = (copied ? button.dataset.copiedLabel : button.dataset.failedLabel) ?? ''));
      if (copied) setTimeout(() => (status.textContent = ''), 3000);
    }
  });
}
