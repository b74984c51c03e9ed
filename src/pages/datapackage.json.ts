import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../data/index.ts';
import { buildDataPackage } from '../lib/datapackage.ts';
import { LICENCE, DATA_PACKAGE_NAME, SITE_DESCRIPTION, SITE_TITLE } from '../config.ts';

export const GET: APIRoute = () => {
  const body = buildDataPackage({
    name: DATA_PACKAGE_NAME,
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    homepage: absoluteUrl(paths.home()),
    license: LICENCE.data,
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
