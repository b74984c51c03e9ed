import type { APIRoute } from 'astro';
import { placesCollection } from '../data/geo.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await placesCollection()), { headers: { 'Content-Type': 'application/geo+json' } });
