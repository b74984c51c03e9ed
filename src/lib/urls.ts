/** Site paths under any base (/ or /karabakh/), always with a trailing slash for pages. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

export const paths = {
  home: () => '',
  timeline: () => 'timeline/',
  event: (id: string) => `events/${id}/`,
  place: (id: string) => `places/${id}/`,
  actor: (id: string) => `actors/${id}/`,
  sources: () => 'sources/',
  source: (id: string) => `sources/#${id}`,
  sourcePage: (id: string) => `sources/${id}/`,
  about: () => 'about/',
  document: (id: string) => `documents/${id}/`,
  search: () => 'search/',
  timelinePage: (slug: string) => `timeline/${slug}/`,
  day: (day: string) => `days/${day}/`,
  map: (date?: string) => (date ? `map/?date=${date}` : 'map/'),
};
