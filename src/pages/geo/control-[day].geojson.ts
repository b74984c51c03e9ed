import type { APIRoute, GetStaticPaths } from 'astro';
import { mapData } from '../../data/map.ts';
import { MAP } from '../../config.ts';

export const getStaticPaths: GetStaticPaths = () => MAP.storyDates.map((day) => ({ params: { day } }));

/** The areas each holder had on a key date and the front line between them. */
export const GET: APIRoute = async ({ params }) => {
  const { model } = await mapData();
  const day = params.day!;
  const features = [
    ...[...model.areasOn(day)].map(([holder, geometry]) => ({
      type: 'Feature',
      properties: { kind: 'area', holder, day },
      geometry,
    })),
    {
      type: 'Feature',
      properties: { kind: 'front-line', day },
      geometry: { type: 'MultiLineString', coordinates: model.frontOn(day) },
    },
  ];
  return new Response(JSON.stringify({ type: 'FeatureCollection', features }), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
};
