import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/index.ts';

// Crawlers only read /robots.txt at the origin's root; under a sub-path BASE the host's own file must point here.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
