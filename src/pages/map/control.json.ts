import type { APIRoute } from 'astro';
import { mapData } from '../../data/map.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await mapData()).client), { headers: { 'Content-Type': 'application/json' } });
