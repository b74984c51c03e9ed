/** One page of each type of the built real content, by name, as paths under the site's base. */
import { inject } from 'vitest';
import { timelinePageOf } from './timeline.ts';

export const PAGE_TYPES = {
  home: '',
  // /timeline/ lists the period pages; the events and their filters are on the period pages.
  periods: 'timeline/',
  timeline: timelinePageOf(inject('siteDist'), '2020-11-08-shusha-capture-announced'),
  event: 'events/2020-11-08-shusha-capture-announced/',
  day: 'days/2020-11-09/',
  place: 'places/shusha/',
  actor: 'actors/russia/',
  source: 'sources/azertac-2020-11-08-aliyev-shusha-address/',
  sources: 'sources/',
  document: 'documents/trilateral-statement-2020-11-09/',
  map: 'map/?date=2020-11-10',
  search: 'search/?q=Agdam',
  about: 'about/',
  '404': 'no-such-page/',
};

export type PageType = keyof typeof PAGE_TYPES;

/** What a page's script must have done before it is measured or photographed. */
export const READY: Partial<Record<PageType, string>> = {
  map: 'control-map[data-ready="true"]',
  search: 'site-search[data-results]',
  timeline: 'timeline-filters[data-ready]',
};
