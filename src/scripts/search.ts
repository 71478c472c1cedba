/**
 * <site-search>, the search page's island: loaded by the page only once there is something to search (a query in
 * the URL, or the reader focusing or typing in the box). It imports Pagefind's own JS from the site's bundle at
 * run time, keeps the search in the URL (?q=…, filters, all=1) and renders results as text and <mark> only.
 */
import { bestBetFor, withOtherScript, type BestBet, type OtherScriptTexts } from '../lib/search-bets';
import {
  FILTER_KEYS,
  combineTermResults,
  convertScript,
  excerptFromKeywords,
  excerptParts,
  hasHan,
  matchedRows,
  mergeRanked,
  prepareQuery,
  readSearchState,
  sameSearch,
  searchQueryString,
  typoPrefixes,
  type FilterKey,
  type PagefindAnchor,
  type PreparedQuery,
  type ScriptMap,
  type SearchState,
} from '../lib/search';

/** The part of Pagefind's JS API (pagefind.js, 1.6) this element uses. */
interface PagefindFragment {
  url: string;
  excerpt: string;
  content: string;
  raw_content?: string;
  anchors?: PagefindAnchor[];
  locations?: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
type FilterCounts = Record<string, Record<string, number> | undefined>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface SearchOptions {
  filters?: Partial<Record<FilterKey, string>>;
}
interface PagefindInstance {
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  mergeIndex(indexPath: string, options: { language: string; baseUrl: string }): Promise<void>;
  filters(): Promise<FilterCounts>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

interface Strings {
  resultCount: string;
  resultCountOne: string;
  resultCountBoth: string;
  searching: string;
  noResults: string;
  noResultsFiltered: string;
  partial: string;
  listSeparator: string;
  error: string;
  otherLanguage: string;
  bestBet: string;
  kinds: Record<string, string>;
  categories: Record<string, string>;
  markets: Record<string, string>;
}

const DEBOUNCE_MS = 150;
/** Results drawn at a time: each needs its own fragment file (about 4–6 KB), so more are fetched only on request. */
const PAGE_SIZE = 5;
/** Height a result card takes at least (title, badges, two lines of excerpt), for counting the results that fit on screen. */
const MIN_CARD_PX = 140;
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const BUNDLE = `${BASE}pagefind/`;
/**
 * Title and summary matches count most; kind and category labels are searchable but weigh like body text.
 * `keywords` holds the sellers' words of the vocabulary entries that name the page (src/integrations/pagefind.ts).
 */
const RANKING = { metaWeights: { title: 7, summary: 2, keywords: 5 } };

let pagefindModule: Promise<PagefindModule> | undefined;
const loadPagefind = () => (pagefindModule ??= import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<PagefindModule>);
/** Simplified ↔ Traditional pairs (2–3 KB), fetched the first time a Chinese query finds nothing as typed. */
let scriptMap: Promise<ScriptMap> | undefined;
const loadScriptMap = () =>
  (scriptMap ??= fetch(`${BUNDLE}script-map.json`).then((r) =>
    r.ok ? (r.json() as Promise<ScriptMap>) : Promise.reject(new Error(`${r.status}`)),
  ));

/**
 * Common characters written only in the other script: a query with one of them is converted before it is searched
 * (the map is fetched then), instead of only after it finds nothing, since part of it may still match.
 */
const OTHER_SCRIPT_HINT = {
  simplified: /[帳號賣貨們這說時會發對應處質問題買該訴權當舊圖聯請經錯誤運輸業產還種來為無驗證審評寫關單擊際額費貼價與檢據讓預覽凍結聯繫]/u,
  traditional: /[账号卖货们这说时会发对应处质问题买该诉权当旧图联请经错误运输业产还种来为无验证审评写关单击际额费贴价与检据让预览冻结联]/u,
};

/** What a search found, and how: `dropped` lists the words left out when no page had them all. */
interface Outcome {
  ranked: PagefindResult[];
  response: PagefindResponse | null;
  dropped: string[];
}

class SiteSearch extends HTMLElement {
  #strings!: Strings;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #both!: HTMLInputElement;
  #status!: HTMLElement;
  #notice!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #suggestions!: HTMLElement;
  #controls!: HTMLElement;
  #state: SearchState = { q: '', filters: {}, both: false };
  /** The current history entry holds a settled search: the next edit starts a new entry instead of rewriting it. */
  #settled = true;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Number of the latest search; an older one that finishes late is dropped. */
  #run = 0;
  #engines = new Map<boolean, Promise<PagefindInstance>>();
  #ranked: PagefindResult[] = [];
  #shown = 0;
  #baseTitle = document.title;
  /** Filter counts are loaded (Pagefind counts only groups it has loaded): once the reader opens the filters or the URL has one. */
  #filtersLoaded = new WeakSet<PagefindInstance>();
  #filtersPanel!: HTMLDetailsElement;
  #dropped: string[] = [];
  /** Set once a search has run while the reader types (see #onType). */
  #warmed = false;

  connectedCallback() {
    const find = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#form = find('[data-search-form]');
    this.#input = find('[data-search-input]');
    this.#both = find('[data-search-both]');
    this.#status = find('[data-search-status]');
    this.#notice = find('[data-search-notice]');
    this.#results = find('[data-search-results]');
    this.#more = find('[data-search-more]');
    this.#suggestions = find('[data-search-suggestions]');
    this.#controls = find('[data-search-controls]');
    this.#filtersPanel = find('[data-search-filters]');
    // Opening the filters loads their counts (a few KB the search itself does not need) and shows them.
    this.#filtersPanel.addEventListener('toggle', () => {
      if (!this.#filtersPanel.open) return;
      void this.#engine(this.#state.both)
        .then((engine) => {
          if (!this.#filtersLoaded.has(engine)) void this.#search();
        })
        .catch(() => {});
    });
    find<HTMLElement>('[data-search-help]').hidden = false;

    const fromUrl = readSearchState(location.search);
    // Characters typed while this script was loading count as typing.
    const typedEarly = !searchQueryString(fromUrl) && this.#input.value.trim() !== '';
    this.#state = typedEarly ? { ...fromUrl, q: this.#input.value } : fromUrl;
    this.#syncForm();
    void this.#engine(this.#state.both).catch(() => {});

    this.#input.addEventListener('input', () => this.#onType());
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && this.#links()[0]) {
        event.preventDefault();
        this.#links()[0]!.focus();
      }
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#state = { ...this.#state, q: this.#input.value };
      this.#update('submit');
    });
    this.#form.addEventListener('change', (event) => this.#onFilterChange(event));
    find('[data-search-widen]').addEventListener('click', () => {
      this.#state = { ...this.#state, both: true };
      this.#syncForm();
      this.#update('choose');
    });
    find('[data-search-clear-filters]').addEventListener('click', () => {
      this.#state = { ...this.#state, filters: {} };
      this.#syncForm();
      this.#update('choose');
    });
    this.#more.addEventListener('click', () => void this.#showMore(PAGE_SIZE, true));
    this.#results.addEventListener('keydown', (event) => this.#moveBetweenResults(event));
    window.addEventListener('popstate', () => {
      clearTimeout(this.#timer);
      this.#state = readSearchState(location.search);
      this.#settled = true;
      this.#syncForm();
      void this.#search();
    });

    if (typedEarly) this.#update('type');
    else void this.#search();
    // Arriving with a query (from the header box): keep the keyboard in the box, one ↓ from the results. Not on
    // touch screens, where focusing would cover the results with the keyboard.
    if (searchQueryString(this.#state) && document.activeElement !== this.#input && matchMedia('(pointer: fine)').matches) {
      this.#input.focus({ preventScroll: true });
    }
  }

  #onType() {
    this.#state = { ...this.#state, q: this.#input.value };
    performance.mark('search:input');
    const { terms } = prepareQuery(this.#state.q, this.dataset.lang ?? 'zh-CN');
    // Fetch the index chunks for the words so far while the debounce waits. The first time, search them instead:
    // the same chunks, and Pagefind's search code has run once before the reader's first query needs it.
    if (terms) {
      const warm = !this.#warmed;
      this.#warmed = true;
      const options = { filters: this.#state.filters };
      void this.#engine(this.#state.both)
        .then(async (engine) => {
          if (warm) await engine.search(terms, options);
          else await engine.preload(terms, options);
        })
        .catch(() => {});
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#update('type'), DEBOUNCE_MS);
  }

  #onFilterChange(event: Event) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target === this.#input) return;
    if (target === this.#both) {
      this.#state = { ...this.#state, both: this.#both.checked };
    } else {
      const key = target.closest<HTMLElement>('[data-filter]')?.dataset.filter as FilterKey | undefined;
      if (!key || !FILTER_KEYS.includes(key)) return;
      const filters = { ...this.#state.filters };
      if (target.value) filters[key] = target.value;
      else delete filters[key];
      this.#state = { ...this.#state, filters };
    }
    this.#update('choose');
  }

  /**
   * Records the search in the URL, then runs it. Typing rewrites one history entry (a new entry for the first
   * keystroke after a settled search); Enter and filter choices settle it, so Back returns to the search before.
   */
  #update(reason: 'type' | 'submit' | 'choose') {
    const url = `${location.pathname}${searchQueryString(this.#state)}`;
    const current = readSearchState(location.search);
    if (!sameSearch(current, this.#state)) {
      if (this.#settled) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.#settled = reason !== 'type';
    void this.#search();
  }

  #syncForm() {
    const { q, filters, both } = this.#state;
    if (this.#input.value !== q) this.#input.value = q;
    this.#both.checked = both;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="kind"]')) radio.checked = radio.value === (filters.kind ?? '');
    for (const key of ['category', 'marketplace'] as const) {
      const select = this.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`);
      if (select) select.value = filters[key] ?? '';
    }
    document.title = q.trim() ? `${q.trim()} · ${this.#baseTitle}` : this.#baseTitle;
  }

  #engine(both: boolean): Promise<PagefindInstance> {
    let engine = this.#engines.get(both);
    if (!engine) {
      engine = this.#createEngine(both);
      this.#engines.set(both, engine);
      engine.catch(() => this.#engines.delete(both));
    }
    return engine;
  }

  async #createEngine(both: boolean): Promise<PagefindInstance> {
    const pagefind = await loadPagefind();
    // Main thread, no worker: the index is small, and a worker would download the search core a second time.
    const engine = pagefind.createInstance({ basePath: BUNDLE, baseUrl: BASE, noWorker: true, excerptLength: 24, ranking: RANKING });
    if (both) {
      // Pagefind skips merging a bundle whose path is the primary's own; the absolute URL of the same bundle is
      // accepted and selects the other language's index inside it.
      const language = this.dataset.otherIndex ?? '';
      await engine.mergeIndex(new URL(BUNDLE, location.href).href, { language, baseUrl: BASE });
    }
    return engine;
  }

  async #search() {
    const run = ++this.#run;
    const { q, filters, both } = this.#state;
    performance.mark('search:start', { detail: { q } });
    const hasFilters = Object.keys(filters).length > 0;
    if (!q.trim() && !hasFilters) {
      this.#showEmpty();
      return;
    }
    this.dataset.state = 'loading';
    this.#results.setAttribute('aria-busy', 'true');
    try {
      const engine = await this.#engine(both);
      performance.mark('search:engine', { detail: { q } });
      if (this.#filtersPanel.open || Object.keys(filters).length) {
        this.#filtersPanel.open = true;
        if (!this.#filtersLoaded.has(engine)) {
          await engine.filters();
          this.#filtersLoaded.add(engine);
        }
      }
      const outcome = await this.#find(engine, q, filters);
      performance.mark('search:ranked', { detail: { q } });
      if (run !== this.#run) return;
      this.#ranked = outcome.ranked;
      this.#dropped = outcome.dropped;
      this.#showFacets(this.#filtersLoaded.has(engine) ? outcome.response : null);
      // The old results stay until the new ones are ready, so the list does not blink while the reader types.
      const first = await this.#items(0, this.#onScreen());
      performance.mark('search:fragments', { detail: { q } });
      if (run !== this.#run) return;
      this.#results.replaceChildren(...this.#withBestBet(q, first));
      this.#shown = first.length;
      this.#more.hidden = this.#shown >= this.#ranked.length;
      this.#showStatus();
      // Filters help narrow results down; with nothing found (and no filter to undo) they would only be noise.
      this.#controls.hidden = this.#ranked.length === 0 && Object.keys(filters).length === 0;
      performance.mark('search:rendered', { detail: { q } });
      this.dataset.state = 'done';
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#results.replaceChildren();
      this.#status.textContent = this.#strings.error;
      this.#notice.hidden = true;
      this.#more.hidden = true;
      this.#suggestions.hidden = false;
      this.dataset.state = 'error';
    } finally {
      if (run === this.#run) this.#results.removeAttribute('aria-busy');
    }
  }

  /**
   * Runs the query: as typed; then, when no page has any of its words as typed in Chinese, in the index's script
   * (a Traditional query on the Simplified site, or the reverse).
   */
  async #find(engine: PagefindInstance, q: string, filters: SearchState['filters']): Promise<Outcome> {
    const lang = this.dataset.lang ?? 'zh-CN';
    const options = { filters };
    if (!q.trim()) {
      const response = await engine.search(null, options);
      return { ranked: response?.results ?? [], response, dropped: [] };
    }
    let prepared = prepareQuery(q, lang);
    // The page's Chinese script (none on pages not in Chinese): a Chinese query is converted into it.
    const to = this.dataset.script === 'traditional' ? 'traditional' : 'simplified';
    const chinese = Boolean(this.dataset.script) && hasHan(q);
    // Once the map is here (a query needed it), every Chinese query goes through it: it only changes the other script.
    if (chinese && (scriptMap || OTHER_SCRIPT_HINT[to].test(q))) {
      const map = await loadScriptMap().catch(() => null);
      if (map) prepared = prepareQuery(convertScript(q, map, to), lang);
    }
    let outcome = await this.#runPrepared(engine, prepared, options);
    if ((!outcome.ranked.length || outcome.dropped.length) && chinese && !scriptMap) {
      const converted = convertScript(q, await loadScriptMap().catch(() => ({ chars: '', phrases: [] })), to);
      if (converted !== q) {
        const again = await this.#runPrepared(engine, prepareQuery(converted, lang), options);
        if (again.ranked.length && (!outcome.ranked.length || !again.dropped.length)) outcome = again;
      }
    }
    return outcome;
  }

  /**
   * One prepared query: the exact phrase (when there is one) ranked first, then the pages ranked by their scores
   * for each word searched alone (combineTermResults): never a dead end, and the page with most of a question's
   * words first. `dropped` names the words the first page lacks when no page has them all.
   */
  async #runPrepared(engine: PagefindInstance, prepared: PreparedQuery, options: SearchOptions): Promise<Outcome> {
    const quoted = /^".+"$/.test(prepared.terms);
    // Punctuation alone ("$&") is an empty search to Pagefind, which would list every page.
    const terms = quoted ? [prepared.terms] : prepared.terms.split(' ').filter((t) => /[\p{L}\p{N}]/u.test(t));
    if (!terms.length) return { ranked: [], response: null, dropped: [] };
    const weakTerms = quoted || !prepared.weak ? [] : prepared.weak.split(' ');
    const [phrase, ...responses] = await Promise.all([
      prepared.phrase ? engine.search(prepared.phrase, options) : null,
      ...terms.map((term) => this.#searchTerm(engine, term, options)),
      ...weakTerms.map((term) => engine.search(term, options)),
    ]);
    const perTerm = responses.slice(0, terms.length);
    const weak = responses.slice(terms.length).map((r) => r?.results ?? []);
    const byId = new Map<string, PagefindResult>();
    for (const response of perTerm) for (const result of response?.results ?? []) if (!byId.has(result.id)) byId.set(result.id, result);
    const combined = combineTermResults(
      terms,
      perTerm.map((r) => r?.results ?? []),
      { weak },
    );
    const ordinary = combined.ids.map((id) => byId.get(id)!);
    // Exact-phrase hits first, in the combined ranking's order; Pagefind gives them no score of their own.
    const score = (r: PagefindResult) => combined.scores.get(r.id) ?? 0;
    const exact = (phrase?.results ?? []).map((r) => byId.get(r.id) ?? r).sort((a, b) => score(b) - score(a));
    // Filter counts (shown once the reader opens the filters) are for the pages with every word still used.
    const response =
      this.#filtersLoaded.has(engine) && terms.length > 1
        ? await engine.search(terms.filter((t) => !combined.missing.includes(t)).join(' '), options)
        : (perTerm[0] ?? phrase);
    return { ranked: mergeRanked(exact, ordinary), response, dropped: combined.missing };
  }

  /** One word's results; a word the index does not know is tried again cut back (a misspelling, `typoPrefixes`). */
  async #searchTerm(engine: PagefindInstance, term: string, options: SearchOptions): Promise<PagefindResponse | null> {
    const response = await engine.search(term, options);
    if (response?.results.length) return response;
    for (const prefix of typoPrefixes(term.toLowerCase())) {
      const shorter = await engine.search(prefix, options);
      if (shorter?.results.length) return shorter;
    }
    return response;
  }

  /**
   * Results that fit between the top of the list and the bottom of the window (3 to PAGE_SIZE): each costs a
   * fragment of 4–10 KB, so the first answer fetches only what the reader can see; "Show more" adds PAGE_SIZE.
   */
  #onScreen(): number {
    const top = Math.max(0, this.#results.getBoundingClientRect().top);
    return Math.min(PAGE_SIZE, Math.max(3, Math.floor((innerHeight - top) / MIN_CARD_PX)));
  }

  async #items(from: number, count: number): Promise<HTMLLIElement[]> {
    const fragments = await Promise.all(this.#ranked.slice(from, from + count).map((r) => r.data()));
    return fragments.map((fragment) => this.#item(fragment));
  }

  async #showMore(count: number, focusFirstNew: boolean, run = this.#run) {
    const items = await this.#items(this.#shown, count);
    if (run !== this.#run) return;
    this.#results.append(...items);
    this.#shown += items.length;
    this.#more.hidden = this.#shown >= this.#ranked.length;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  /**
   * A pasted notice sentence or a situation label pins its page first (src/lib/search-bets.ts), marked as the best
   * match; the same page further down the list is left out.
   */
  #withBestBet(q: string, items: HTMLLIElement[]): HTMLLIElement[] {
    // The bets' Chinese in the page's other script comes in a JSON block beside them (search.astro).
    const other = this.querySelector('script[data-best-bets-other-script]')?.textContent;
    const bets = (this.#bets ??= withOtherScript(
      JSON.parse(this.dataset.bestBets ?? '[]') as BestBet[],
      other ? (JSON.parse(other) as OtherScriptTexts[]) : [],
    ));
    const bet = bestBetFor(q, bets);
    if (!bet) return items;
    const card = this.#item({
      url: bet.url,
      excerpt: '',
      content: '',
      meta: { title: bet.title, summary: bet.summary },
      filters: {},
    } as unknown as PagefindFragment);
    card.dataset.bestBet = '';
    const tag = document.createElement('span');
    tag.className = 'badge badge-warn';
    tag.textContent = this.#strings.bestBet;
    card.querySelector('p')?.prepend(tag);
    const same = (li: HTMLLIElement) =>
      new URL(li.querySelector('a')!.href, location.href).pathname === new URL(bet.url, location.href).pathname;
    return [card, ...items.filter((li) => !same(li))];
  }

  #bets: BestBet[] | undefined;

  #item(fragment: PagefindFragment): HTMLLIElement {
    // A result is the other language's when its URL is under the other locale's prefix more specifically than this page's.
    const own = this.dataset.prefix ?? '';
    const other = this.dataset.otherPrefix ?? '';
    const otherLanguage = fragment.url.startsWith(other) && (other.length > own.length || !fragment.url.startsWith(own));
    const itemLang = otherLanguage ? (this.dataset.otherLang ?? '') : (this.dataset.lang ?? '');
    const kind = fragment.filters.kind?.[0];
    const category = fragment.filters.category?.[0];

    const item = document.createElement('li');
    item.className = 'card p-4';
    item.dataset.resultKind = kind ?? '';
    const heading = document.createElement('h2');
    heading.className = 'text-lg font-semibold leading-snug';
    heading.lang = itemLang;
    const link = document.createElement('a');
    link.href = fragment.url;
    link.dataset.resultLink = '';
    link.textContent = fragment.meta.title ?? fragment.url;
    heading.append(link);

    const badges = document.createElement('p');
    badges.className = 'flex flex-wrap items-center gap-2 mt-1 text-sm';
    const badge = (text: string, className: string) => {
      const span = document.createElement('span');
      span.className = className;
      span.textContent = text;
      badges.append(span);
    };
    if (kind) badge(this.#strings.kinds[kind] ?? fragment.meta.kind ?? kind, 'badge badge-accent');
    if (category) badge(this.#strings.categories[category] ?? fragment.meta.category ?? category, 'muted');
    if (otherLanguage) badge(this.#strings.otherLanguage, 'badge');

    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt mt-2 text-[0.95rem] [overflow-wrap:anywhere]';
    excerpt.lang = itemLang;
    const parts = excerptParts(fragment.excerpt);
    // A match only in the title or metadata gives an excerpt without a highlighted word: the summary says more.
    // So does an excerpt drawn from the sellers' words the build added to the index, which are not on the page.
    const fromKeywords = excerptFromKeywords(fragment.excerpt, fragment.raw_content ?? fragment.content);
    if ((fromKeywords || !parts.some((p) => p.marked)) && fragment.meta.summary)
      parts.splice(0, parts.length, { text: fragment.meta.summary, marked: false });
    for (const part of parts) {
      if (!part.marked) excerpt.append(part.text);
      else {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      }
    }
    item.append(heading, badges, excerpt);

    // A contact result lists the addresses (table rows) the query matched, each linking to its row.
    const market = this.#state.filters.marketplace;
    const rows = kind === 'contact' ? matchedRows(fragment, market ? [this.#strings.markets[market] ?? market] : []) : [];
    if (rows.length) {
      const list = document.createElement('ul');
      list.className = 'mt-2 text-sm space-y-1';
      list.lang = itemLang;
      for (const row of rows) {
        const entry = document.createElement('li');
        const rowLink = document.createElement('a');
        rowLink.href = `${fragment.url.split('#')[0]}#${row.id}`;
        rowLink.textContent = row.text;
        rowLink.className = '[overflow-wrap:anywhere]';
        entry.append(rowLink);
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }

  /** Kind counts are for the whole query (so other kinds show what they hold); category and marketplace counts follow the chosen filters. */
  #showFacets(response: PagefindResponse | null) {
    if (!response) return;
    const kinds = response?.totalFilters.kind ?? {};
    for (const option of this.querySelectorAll<HTMLElement>('[data-filter="kind"] [data-option]')) {
      const kind = option.dataset.option ?? '';
      const count = kinds[kind] ?? 0;
      option.querySelector('[data-count]')!.textContent = count ? String(count) : '';
      option.hidden = count === 0 && this.#state.filters.kind !== kind;
    }
    for (const key of ['category', 'marketplace'] as const) {
      const counts = response?.filters[key] ?? {};
      const select = this.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`)!;
      let available = 0;
      for (const option of select.options) {
        if (!option.value) continue;
        const count = counts[option.value] ?? 0;
        const chosen = this.#state.filters[key] === option.value;
        option.textContent = count ? `${option.dataset.label} (${count})` : (option.dataset.label ?? option.value);
        option.hidden = option.disabled = count === 0 && !chosen;
        if (count || chosen) available += 1;
      }
      this.querySelector<HTMLElement>(`[data-filter-wrap="${key}"]`)!.hidden = available === 0;
    }
  }

  #showStatus() {
    const count = this.#ranked.length;
    const { q, filters, both } = this.#state;
    const hasFilters = Object.keys(filters).length > 0;
    // A function as replacement: a query such as "$&" must show as typed, not as a String.replace pattern.
    const text =
      count === 0
        ? hasFilters
          ? this.#strings.noResultsFiltered
          : this.#strings.noResults.replace('{q}', () => q.trim())
        : count === 1 && !both
          ? this.#strings.resultCountOne
          : (both ? this.#strings.resultCountBoth : this.#strings.resultCount).replace('{count}', () => String(count));
    const partial = this.#dropped.length
      ? this.#strings.partial.replace('{words}', () => this.#dropped.join(this.#strings.listSeparator))
      : '';
    this.#status.textContent = partial && count ? `${partial} ${text}` : text;
    // Few, partial or no results: offer the other language, the triage and a way out of the filters.
    this.#notice.hidden = (count >= 3 && !partial) || (both && !hasFilters && count > 0 && !partial);
    this.querySelector<HTMLElement>('[data-search-tip]')!.hidden = count > 0 && !partial;
    this.querySelector<HTMLElement>('[data-search-widen]')!.hidden = both;
    this.querySelector<HTMLElement>('[data-search-clear-filters]')!.hidden = !hasFilters;
    this.#suggestions.hidden = count > 0;
  }

  #showEmpty() {
    this.#ranked = [];
    this.#dropped = [];
    this.#shown = 0;
    this.#results.replaceChildren();
    this.#status.textContent = '';
    this.#notice.hidden = true;
    this.#more.hidden = true;
    this.#suggestions.hidden = false;
    this.#controls.hidden = true;
    this.dataset.state = 'empty';
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  }

  /** ↓ and ↑ walk the result titles (Tab works too); ↑ from the first goes back to the box. */
  #moveBetweenResults(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = this.#links();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]!.focus();
    else if (index === 0) this.#input.focus();
    else links[index - 1]!.focus();
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
