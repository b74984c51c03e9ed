/**
 * <site-search>: full-text search over the Pagefind index written at build time.
 * Reads the query from ?q=, keeps it in the URL, announces the result count.
 * data-bundle: where the index lives (base-aware).
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
  options: (o: Record<string, unknown>) => Promise<void>;
}

const MAX_RESULTS = 30;

class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    const list = this.querySelector<HTMLOListElement>('ol.search-results')!;
    const bundle = this.dataset.bundle!;
    this.pagefind = import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>;

    const run = async (query: string) => {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      list.replaceChildren();
      if (!query.trim()) {
        status.textContent = '';
        return;
      }
      status.textContent = 'Searching…';
      const pagefind = await this.pagefind!;
      const { results } = await pagefind.search(query);
      const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      for (const r of shown) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = r.url;
        link.textContent = r.meta.title ?? r.url;
        const excerpt = document.createElement('p');
        excerpt.innerHTML = r.excerpt; // Pagefind escapes page text and adds only <mark>.
        item.append(link, excerpt);
        list.append(item);
      }
      const more = results.length > MAX_RESULTS ? ` (showing the first ${MAX_RESULTS})` : '';
      status.textContent = `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”${more}.`;
      this.dataset.results = String(results.length);
    };

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void run(input.value);
    });
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    input.value = initial;
    this.dataset.ready = 'true';
    if (initial) void run(initial);
  }
}

customElements.define('site-search', SiteSearch);
