import type { APIRoute } from 'astro';
import { siteData, absoluteUrl, paths } from '../data/index.ts';
import { buildEventsExport } from '../lib/events-export.ts';
import { LICENCE, SITE_TITLE } from '../config.ts';

export const GET: APIRoute = async () => {
  const { events } = await siteData();
  const body = buildEventsExport(events, {
    title: SITE_TITLE,
    licence: LICENCE.statement,
    permalink: (id) => absoluteUrl(paths.event(id)),
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
