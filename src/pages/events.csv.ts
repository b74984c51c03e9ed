import type { APIRoute } from 'astro';
import { siteData, absoluteUrl, paths } from '../data/index.ts';
import { eventsToCsv } from '../lib/events-csv.ts';

export const GET: APIRoute = async () => {
  const { events } = await siteData();
  return new Response(
    eventsToCsv(events, (id) => absoluteUrl(paths.event(id))),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
