/** The timeline's filters: which values exist, and whether an event passes a filter state. Shared by the page and its script. */
export const FILTER_KEYS = ['phase', 'category', 'actor', 'place', 'certainty', 'key'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterState = Partial<Record<FilterKey, string>>;

export interface Filterable {
  phase: string;
  category: string;
  certainty: string;
  significance: number;
  actors: string[];
  places: string[];
}

export function matchesFilters(e: Filterable, f: FilterState): boolean {
  return (
    (!f.phase || e.phase === f.phase) &&
    (!f.category || e.category === f.category) &&
    (!f.certainty || e.certainty === f.certainty) &&
    (!f.actor || e.actors.includes(f.actor)) &&
    (!f.place || e.places.includes(f.place)) &&
    (f.key !== '1' || e.significance === 1)
  );
}

/** Reads a filter state from a query string, keeping only known keys with values. */
export function filtersFromQuery(search: string): FilterState {
  const params = new URLSearchParams(search);
  const out: FilterState = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key);
    if (v) out[key] = v;
  }
  return out;
}

export function filtersToQuery(f: FilterState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (f[key]) params.set(key, f[key]!);
  const q = params.toString();
  return q ? `?${q}` : '';
}

export interface Option {
  value: string;
  label: string;
  count: number;
}

/** Options for one filter, from labelled keys and how many events carry each; in `order` if given, else by label. */
export function optionsFrom(
  counts: Map<string, number>,
  label: (key: string) => string,
  order?: readonly string[],
): Option[] {
  const options = [...counts].map(([value, count]) => ({ value, label: label(value), count }));
  return order
    ? options.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
    : options.sort((a, b) => a.label.localeCompare(b.label));
}

export function countBy<T>(items: readonly T[], keys: (t: T) => string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) for (const k of keys(item)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}
