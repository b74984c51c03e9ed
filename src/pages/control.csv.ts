import type { APIRoute } from 'astro';
import { mapData } from '../data/map.ts';
import { controlToCsv } from '../lib/control-export.ts';

export const GET: APIRoute = async () =>
  new Response(controlToCsv((await mapData()).controlExport), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
