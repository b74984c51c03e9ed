import type { APIRoute, GetStaticPaths } from 'astro';
import { staticMap } from '../../data/map.ts';
import { MAP } from '../../config.ts';

export const getStaticPaths: GetStaticPaths = () => MAP.storyDates.map((day) => ({ params: { day } }));

/** The small map of a key date, self-contained (its own fills and styles), for <img> on the home page and /map/. */
export const GET: APIRoute = async ({ params }) =>
  new Response((await staticMap(params.day!, { size: 'small', standalone: true })).html, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
