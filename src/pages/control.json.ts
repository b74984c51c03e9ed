import type { APIRoute } from 'astro';
import { mapData } from '../data/map.ts';
import { controlExportSchema } from '../lib/control-export.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(controlExportSchema.parse((await mapData()).controlExport)), {
    headers: { 'Content-Type': 'application/json' },
  });
