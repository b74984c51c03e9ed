/** The key a kept test build is found by (tests/helpers/build.ts) changes with every input of the build, and only with them. */
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKey, contentWithFixture, TEST_SITE } from '../helpers/build.ts';

const a = contentWithFixture('bom');
const b = contentWithFixture('bom');
afterAll(() => [a, b].forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the key of a kept build', () => {
  it('is the same for the same content in another folder, and differs for other content', () => {
    const key = buildKey({ contentDir: a });
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(buildKey({ contentDir: b })).toBe(key);
    appendFileSync(join(b, 'events/2020-11-12-fixture-bom.md'), '\nOne more line.\n');
    expect(buildKey({ contentDir: b })).not.toBe(key);
    expect(buildKey({})).not.toBe(key);
  });

  it('differs for each variable the configuration reads, and not for the helper’s own', () => {
    const key = buildKey({ contentDir: a, env: { SITE: TEST_SITE, BASE: '/' } });
    expect(buildKey({ contentDir: a, env: { SITE: TEST_SITE, BASE: '/karabakh/' } })).not.toBe(key);
    expect(buildKey({ contentDir: a, env: { SITE: 'https://other.test', BASE: '/' } })).not.toBe(key);
    expect(
      buildKey({ contentDir: a, env: { SITE: TEST_SITE, BASE: '/', MAP_TILE_URL: 'https://t.test/{z}' } }),
    ).not.toBe(key);
    expect(buildKey({ contentDir: a, env: { SITE: TEST_SITE, BASE: '/', OUT_DIR: '/elsewhere' } })).toBe(key);
  });
});
