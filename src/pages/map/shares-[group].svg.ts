import type { APIRoute, GetStaticPaths } from 'astro';
import { shareChart } from '../../data/map.ts';
import { SHARE_CHARTS } from '../../config.ts';

export const getStaticPaths: GetStaticPaths = () => SHARE_CHARTS.map((c) => ({ params: { group: c.key } }));

/** A share chart as a self-contained SVG file, shown with <img> below the map. */
export const GET: APIRoute = async ({ params }) => {
  const chart = SHARE_CHARTS.find((c) => c.key === params.group)!;
  return new Response((await shareChart(chart.units, chart.title)).svg, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
