import type { APIRoute } from 'astro';
import { siteData, href, paths } from '../data/index.ts';
import { buildEventsExport } from '../lib/export.ts';
import { DATA_LICENCE, SITE_TITLE } from '../config.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events } = await siteData();
  const body = buildEventsExport(events, {
    title: SITE_TITLE,
    licence: DATA_LICENCE,
    permalink: (id) => new URL(href(paths.event(id)), site).href,
  });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
