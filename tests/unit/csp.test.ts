import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  cspHash,
  headersFile,
  JS_CLASS_SCRIPT,
  mergePolicies,
  parsePolicy,
  policyDirectives,
  SECURITY_HEADERS,
  tileSource,
} from '../../src/lib/csp.ts';
import { metaPolicy } from '../../src/integrations/csp-headers.ts';

describe('the CSP directives', () => {
  it('allow only the site itself by default, with nothing third-party', () => {
    const directives = policyDirectives({ tileUrl: '' });
    expect(directives[0]).toBe("default-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("base-uri 'none'");
    expect(directives).toContain("form-action 'self'");
    expect(directives.join(' ')).not.toMatch(/https?:|\*|unsafe-inline/);
  });

  it('name a tile server only when tiles are configured, with a {s} subdomain as a wildcard', () => {
    expect(policyDirectives({ tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png' })).toContain(
      "img-src 'self' https://tiles.example.org",
    );
    expect(tileSource('https://{s}.Tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(() => tileSource('tiles.example.org/{z}/{x}/{y}.png')).toThrow(/MAP_TILE_URL/);
    expect(() => tileSource('https://a.{s}.example.org/{z}.png')).toThrow(/first label/);
  });
});

describe('hashes', () => {
  it('are the base64 SHA-256 of the exact text, as a browser computes them', () => {
    const expected = createHash('sha256').update("document.documentElement.classList.add('js');").digest('base64');
    expect(cspHash(JS_CLASS_SCRIPT)).toBe(`sha256-${expected}`);
    // The empty string's well-known digest: the function hashes bytes, not a trimmed or escaped form.
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('one policy for every page', () => {
  const a = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S';";
  it('is the pages’ policy verbatim when they agree', () => {
    expect(mergePolicies([a, a, a])).toBe(a);
  });
  it('takes each directive’s union when hashes differ, so it holds every page’s own policy', () => {
    const b = a.replace("'sha256-A'", "'sha256-B'");
    const merged = parsePolicy(mergePolicies([a, b]));
    expect(merged.find(([n]) => n === 'script-src')![1]).toEqual(["'self'", "'sha256-A'", "'sha256-B'"]);
    expect(merged.find(([n]) => n === 'style-src')![1]).toEqual(["'self'", "'sha256-S'"]);
  });
  it('refuses pages whose directives differ, and a build with no policy', () => {
    expect(() => mergePolicies([a, "default-src 'self'"])).toThrow(/differ/);
    expect(() => mergePolicies([])).toThrow(/no page/);
  });
});

describe('the _headers file', () => {
  const file = headersFile("default-src 'self';");
  it('sends the policy and the security headers for every path', () => {
    expect(file).toMatch(/^\/\*$/m);
    expect(file).toContain("  Content-Security-Policy: default-src 'self';\n");
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toMatch(/ {2}Referrer-Policy: (no-referrer|strict-origin-when-cross-origin)\n/);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(SECURITY_HEADERS['Permissions-Policy']).toContain(`${feature}=()`);
  });
});

describe('the policy of a built page', () => {
  it('is read from its meta element, entities decoded', () => {
    expect(
      metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;"></head>`),
    ).toBe("default-src 'self';");
    expect(metaPolicy('<head><title>none</title></head>')).toBeUndefined();
  });
});
