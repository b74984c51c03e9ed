import type { APIRoute } from 'astro';
import { unitsCollection } from '../../data/geo.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(unitsCollection()), { headers: { 'Content-Type': 'application/geo+json' } });
