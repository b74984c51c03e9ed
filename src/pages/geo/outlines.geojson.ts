import type { APIRoute } from 'astro';
import { outlinesCollection } from '../../data/geo.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(outlinesCollection()), { headers: { 'Content-Type': 'application/geo+json' } });
