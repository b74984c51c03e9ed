import type { APIRoute } from 'astro';
import { corridorsCollection } from '../../data/geo.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await corridorsCollection()), { headers: { 'Content-Type': 'application/geo+json' } });
