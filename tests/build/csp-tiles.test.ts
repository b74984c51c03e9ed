/** The CSP with map tiles configured: a build of its own (valid-minimal with MAP_TILE_URL), beside the shared build without them. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from '../../src/lib/csp.ts';
import { metaPolicy } from '../../src/integrations/csp-headers.ts';
import { buildSite, cleanup, FIXTURES, type BuildResult } from '../helpers/build.ts';
import { headersFor } from '../helpers/headers.ts';

const dist = inject('siteDist');

describe('the tile option', () => {
  let tiled: BuildResult;
  beforeAll(() => {
    tiled = buildSite({
      contentDir: join(FIXTURES, 'valid-minimal'),
      env: {
        MAP_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
        MAP_TILE_ATTRIBUTION: '© Example contributors',
      },
    });
  });
  afterAll(() => cleanup(tiled.outDir));

  it('adds the tile server to img-src only when it is set, in the header and the meta alike', async () => {
    expect(tiled.status, tiled.output).toBe(0);
    const meta = metaPolicy(readFileSync(join(tiled.outDir, 'map/index.html'), 'utf8'))!;
    expect((await headersFor(tiled.outDir, '/map/'))['Content-Security-Policy']).toBe(meta);
    expect(new Map(parsePolicy(meta)).get('img-src')).toEqual(["'self'", 'https://*.tiles.example.org']);
    // The default build names no image source beyond default-src 'self'.
    expect(new Map(parsePolicy(metaPolicy(readFileSync(join(dist, 'map/index.html'), 'utf8'))!)).has('img-src')).toBe(
      false,
    );
  });
});
