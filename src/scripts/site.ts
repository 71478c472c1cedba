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

// The phone header: a menu button opening the sections, language and theme; a search icon opening the search
// form full-screen. Escape or a tap outside closes the menu; Escape or "Close" closes the search, and focus goes
// back to the button that opened it.
const menuButton = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const menu = document.querySelector<HTMLElement>('[data-site-menu]');
const setMenu = (open: boolean) => {
  if (!menuButton || !menu) return;
  menuButton.setAttribute('aria-expanded', String(open));
  menu.toggleAttribute('data-open', open);
};
menuButton?.addEventListener('click', () => setMenu(menuButton.getAttribute('aria-expanded') !== 'true'));
document.addEventListener('click', (event) => {
  if (menuButton?.getAttribute('aria-expanded') === 'true' && !(event.target as Element).closest('[data-site-menu], [data-menu-toggle]'))
    setMenu(false);
});

const searchOpener = document.querySelector<HTMLAnchorElement>('[data-search-open]');
const headerSearch = document.querySelector<HTMLFormElement>('[data-header-search]');
const setSearch = (open: boolean) => {
  if (!headerSearch) return;
  headerSearch.toggleAttribute('data-open', open);
  searchOpener?.setAttribute('aria-expanded', String(open));
  document.documentElement.style.overflow = open ? 'hidden' : '';
  if (open) headerSearch.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
  else searchOpener?.focus();
};
searchOpener?.addEventListener('click', (event) => {
  if (!headerSearch) return;
  event.preventDefault();
  setMenu(false);
  setSearch(true);
});
headerSearch?.querySelector('[data-search-close]')?.addEventListener('click', () => setSearch(false));
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  if (headerSearch?.hasAttribute('data-open')) setSearch(false);
  else if (menuButton?.getAttribute('aria-expanded') === 'true') {
    setMenu(false);
    menuButton.focus();
  }
});

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!(slash || commandK) || (slash && isTyping(event.target))) return;
  const input =
    document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('[data-site-search]');
  if (!input) return;
  event.preventDefault();
  // On a phone-width page the header's box is folded away behind its icon: open it first.
  if (input.matches('[data-site-search]') && !input.checkVisibility()) setSearch(true);
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
  const status =
    button.nextElementSibling instanceof HTMLElement && button.nextElementSibling.dataset.copyStatus !== undefined
      ? button.nextElementSibling
      : null;
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
