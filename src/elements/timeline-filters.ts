/**
 * <timeline-filters>: narrows the server-rendered timeline by phase, category,
 * actor, place, certainty and "key events only". The state lives in the URL
 * query so a filtered view can be shared; the count is announced. The panel
 * is folded on a phone, so that the events start on the first screen.
 */
import { FILTER_KEYS, filtersFromQuery, filtersToQuery, matchesFilters, type FilterState } from '../lib/filters.ts';

/** Screens at least this wide have room to show the filters open. */
const OPEN_WHEN = '(min-width: 52rem)';

class TimelineFilters extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const panel = this.querySelector('details')!;
    const active = panel.querySelector<HTMLElement>('.filter-active')!;
    const status = this.querySelector<HTMLElement>('.filter-count')!;
    const cards = [...document.querySelectorAll<HTMLElement>('li.event-card')];
    const total = cards.length;
    const events = cards.map((el) => ({
      el,
      phase: el.dataset.phase ?? '',
      category: el.dataset.category ?? '',
      certainty: el.dataset.certainty ?? '',
      significance: Number(el.dataset.significance),
      actors: (el.dataset.actors ?? '').split(' '),
      places: (el.dataset.places ?? '').split(' '),
    }));
    const groups = [...document.querySelectorAll<HTMLElement>('section.day, section.phase')];

    const read = (): FilterState => {
      const state: FilterState = {};
      for (const key of FILTER_KEYS) {
        const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
        if (!field) continue;
        const value =
          field instanceof HTMLInputElement && field.type === 'checkbox'
            ? field.checked
              ? field.value
              : ''
            : field.value;
        if (value) state[key] = value;
      }
      return state;
    };
    const write = (state: FilterState) => {
      for (const key of FILTER_KEYS) {
        const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
        if (!field) continue;
        if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = state[key] === field.value;
        else field.value = state[key] ?? '';
      }
    };
    const apply = (state: FilterState, pushUrl: boolean) => {
      let shown = 0;
      for (const e of events) {
        const ok = matchesFilters(e, state);
        e.el.hidden = !ok;
        if (ok) shown++;
      }
      // A day or phase with nothing left to show disappears with its heading.
      for (const g of groups) g.hidden = !g.querySelector('li.event-card:not([hidden])');
      const chosen = Object.keys(state).length;
      active.textContent = chosen ? `(${chosen} active)` : '';
      const count = document.createElement('span');
      count.dataset.count = '';
      count.textContent = String(shown);
      status.replaceChildren(shown === total ? 'Showing all ' : 'Showing ', count, ` of ${total} events.`);
      if (pushUrl) history.replaceState(null, '', `${location.pathname}${filtersToQuery(state)}${location.hash}`);
      this.dataset.shown = String(shown);
    };

    const initial = filtersFromQuery(location.search);
    if (Object.keys(initial).length > 0 || matchMedia(OPEN_WHEN).matches) panel.open = true;
    write(initial);
    apply(read(), false);
    form.addEventListener('change', () => apply(read(), true));
    form.addEventListener('reset', () => setTimeout(() => apply(read(), true)));
    form.addEventListener('submit', (e) => e.preventDefault());
    this.dataset.ready = 'true';
  }
}

customElements.define('timeline-filters', TimelineFilters);
