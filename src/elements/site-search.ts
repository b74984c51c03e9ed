/**
 * <site-search>: full-text search over the Pagefind index written at build time.
 * Reads the query (?q=) and the kind of page (?kind=) from the URL and keeps them there,
 * announces the result count, and shows each result's kind, date and excerpt.
 * Results are built as DOM nodes; the excerpt's <mark>s become elements, the rest text.
 * data-bundle: where the index lives (base-aware).
 */
import { excerptParts } from '../lib/excerpt.ts';

/** Results shown at first, and added by each "Show more". */
const PAGE_SIZE = 20;
/** Pagefind's default favours short pages; the 842 one-paragraph source pages would then outrank the events. */
const RANKING = { pageLength: 0.2 };

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string; date?: string };
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  search: (q: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch>;
  options: (o: { ranking: typeof RANKING }) => Promise<void>;
  /** Loads the filter index, without which a search counts no kinds. */
  filters: () => Promise<unknown>;
}

function resultItem(r: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  if (r.meta.kind) {
    const kind = document.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = r.meta.kind;
    meta.append(kind);
  }
  if (r.meta.date) {
    const date = document.createElement('span');
    date.textContent = r.meta.date;
    meta.append(meta.childNodes.length ? ' · ' : '', date);
  }
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = r.url;
  link.textContent = r.meta.title ?? r.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  for (const part of excerptParts(r.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(meta, heading, excerpt);
  return item;
}

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
    const kind = form.querySelector<HTMLSelectElement>('select[name=kind]')!;
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    const list = this.querySelector<HTMLOListElement>('ol.search-results')!;
    const more = this.querySelector<HTMLButtonElement>('.search-more')!;
    const pagefind = (import(/* @vite-ignore */ `${this.dataset.bundle!}pagefind.js`) as Promise<Pagefind>).then(
      async (pf) => {
        await pf.options({ ranking: RANKING });
        await pf.filters();
        return pf;
      },
    );
    const optionText = new Map([...kind.options].map((o) => [o, o.textContent!.trim()]));
    let pending: PagefindResult[] = [];

    const showMore = async () => {
      const next = pending.slice(0, PAGE_SIZE);
      pending = pending.slice(PAGE_SIZE);
      for (const r of await Promise.all(next.map((r) => r.data()))) list.append(resultItem(r));
      more.hidden = pending.length === 0;
    };

    const run = async (query: string) => {
      const url = new URL(location.href);
      for (const [key, value] of [
        ['q', query],
        ['kind', kind.value],
      ] as const)
        if (value) url.searchParams.set(key, value);
        else url.searchParams.delete(key);
      history.replaceState(null, '', url);
      list.replaceChildren();
      more.hidden = true;
      delete this.dataset.results;
      if (!query.trim()) {
        status.textContent = '';
        return;
      }
      status.textContent = 'Searching…';
      const filter = kind.selectedOptions[0]?.dataset.filter;
      const search = await (await pagefind).search(query, filter ? { filters: { kind: filter } } : {});
      // Each kind's option says how many results of that kind the words have.
      const counts = search.totalFilters?.kind ?? {};
      const all = Object.values(counts).reduce((a, b) => a + b, 0);
      for (const [option, text] of optionText)
        option.textContent = `${text} (${option.dataset.filter ? (counts[option.dataset.filter] ?? 0) : all})`;
      pending = search.results;
      await showMore();
      const n = search.results.length;
      const of = filter ? ` among ${optionText.get(kind.selectedOptions[0]!)!.toLowerCase()}` : '';
      status.textContent = `${n} result${n === 1 ? '' : 's'} for “${query}”${of}.`;
      this.dataset.results = String(n);
    };

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void run(input.value);
    });
    kind.addEventListener('change', () => void run(input.value));
    more.addEventListener('click', () => void showMore());
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    kind.value = params.get('kind') ?? '';
    if (kind.selectedIndex < 0) kind.value = '';
    this.dataset.ready = 'true';
    if (input.value) void run(input.value);
  }
}

customElements.define('site-search', SiteSearch);
