import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { siteData, absoluteUrl, paths } from '../data/index.ts';
import { eventStart } from '../lib/ics-export.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from '../config.ts';

// Newest first: the site's chronological order reversed; the link also becomes the guid (isPermaLink="true").
export const GET: APIRoute = async () => {
  const { events } = await siteData();
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: absoluteUrl(paths.home()),
    items: [...events].reverse().map((e) => ({
      title: e.title,
      link: absoluteUrl(paths.event(e.id)),
      pubDate: new Date(eventStart(e)),
      description: e.summary,
    })),
    customData: '<language>en</language>',
  });
};
