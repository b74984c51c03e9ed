import type { APIRoute } from 'astro';
import { eventsGeoJson } from '../data/exports.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await eventsGeoJson()), { headers: { 'Content-Type': 'application/geo+json' } });
