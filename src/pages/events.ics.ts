import type { APIRoute } from 'astro';
import { siteData, absoluteUrl, paths } from '../data/index.ts';
import { eventsToIcs } from '../lib/ics-export.ts';
import { SITE_TITLE } from '../config.ts';

export const GET: APIRoute = async () => {
  const { events } = await siteData();
  const body = eventsToIcs(events, {
    calName: SITE_TITLE,
    host: new URL(absoluteUrl(paths.home())).hostname,
    permalink: (id) => absoluteUrl(paths.event(id)),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
