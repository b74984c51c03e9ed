/** Site paths under any base (/ or /karabakh/), always with a trailing slash for pages. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Page n of a paged list: its first page is the list's own path. */
const nth = (path: string, n: number, prefix = '') => (n > 1 ? `${path}${prefix}${n}/` : path);

export const paths = {
  home: () => '',
  timeline: () => 'timeline/',
  event: (id: string) => `events/${id}/`,
  place: (id: string, page = 1) => nth(`places/${id}/`, page),
  actor: (id: string, page = 1) => nth(`actors/${id}/`, page),
  sources: (page = 1) => nth('sources/', page, 'page/'),
  sourcePage: (id: string, page = 1) => nth(`sources/${id}/`, page),
  about: () => 'about/',
  document: (id: string) => `documents/${id}/`,
  search: () => 'search/',
  timelinePage: (slug: string) => `timeline/${slug}/`,
  day: (day: string, page = 1) => nth(`days/${day}/`, page),
  map: (date?: string) => (date ? `map/?date=${date}` : 'map/'),
};
