/**
 * The site's Content Security Policy and the headers that carry it. Astro writes the
 * policy into every page's <meta> (with the hashes of the scripts and styles it bundles);
 * this module owns the rest: the directives Astro leaves to the site, the inline code it
 * must allow, and the `_headers` file (Netlify, Cloudflare Pages) that sends the same
 * policy as an HTTP header.
 */
import { createHash } from 'node:crypto';

/** The one inline script of every page: styles for scripted behaviour apply before the first paint. */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.add('js');";

/** script-src beyond Astro's hashes; Pagefind compiles its search index's WebAssembly, which CSP allows only with 'wasm-unsafe-eval'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** A CSP hash source (without quotes, as Astro's config takes it) of an inline script's or style's exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The CSP source of a Leaflet tile URL template: its scheme and host, a `{s}`-style
 * subdomain placeholder becoming a wildcard (CSP allows one only as the first label).
 */
export function tileSource(template: string): string {
  const m = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!m)
    throw new Error(
      `MAP_TILE_URL: an http(s) URL template such as https://tiles.example.org/{z}/{x}/{y}.png, got "${template}"`,
    );
  const labels = m[2]!.toLowerCase().split('.');
  const host = labels
    .map((label, i) => {
      if (!label.includes('{')) return label;
      if (i === 0) return '*';
      throw new Error(`MAP_TILE_URL: a placeholder only in the first label of the host, got "${m[2]}"`);
    })
    .join('.');
  return `${m[1]!.toLowerCase()}://${host}`;
}

type Directive = `${'default-src' | 'base-uri' | 'form-action' | 'object-src' | 'img-src'} ${string}`;

/**
 * The directives Astro does not write itself (it adds script-src and style-src with their
 * hashes). Nothing third-party: a tile server's origin appears only when tiles are configured.
 */
export function policyDirectives(options: { tileUrl?: string | undefined }): Directive[] {
  return [
    "default-src 'self'",
    // These three do not fall back to default-src (object-src does, but says 'none' outright).
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
    ...(options.tileUrl ? [`img-src 'self' ${tileSource(options.tileUrl)}` as const] : []),
  ];
}

/** A policy as its directives in order, each with its sources. */
export function parsePolicy(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
}

/**
 * One policy for every page of a build. Astro's hashes are the same on every page today, so
 * this is that policy, verbatim; should pages ever differ (a per-page hash), each directive
 * takes the union of their sources, which still holds every page's own meta policy.
 */
export function mergePolicies(policies: string[]): string {
  if (policies.length === 0) throw new Error('no page carries a Content-Security-Policy');
  if (policies.every((p) => p === policies[0])) return policies[0]!;
  const parsed = policies.map(parsePolicy);
  const names = parsed[0]!.map(([n]) => n).join(' ');
  const odd = parsed.findIndex((p) => p.map(([n]) => n).join(' ') !== names);
  if (odd >= 0)
    throw new Error(
      `pages differ in their CSP directives: "${policies[0]}" and "${policies[odd]}"; one header cannot hold both`,
    );
  return `${parsed[0]!.map(([name], i) => [name, ...new Set(parsed.flatMap((p) => p[i]![1]))].join(' ')).join('; ')};`;
}

/**
 * Headers sent with the policy. Referrer: no referrer at all, because a reader who follows a
 * citation to a belligerent's outlet should not tell it which page of this record they came
 * from, and the site itself reads no Referer. Framing is denied by X-Frame-Options, since
 * frame-ancestors cannot be set by a <meta> policy and the header policy equals the meta one.
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': [
    'accelerometer',
    'autoplay',
    'bluetooth',
    'browsing-topics',
    'camera',
    'display-capture',
    'geolocation',
    'gyroscope',
    'hid',
    'idle-detection',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'publickey-credentials-get',
    'screen-wake-lock',
    'serial',
    'usb',
    'xr-spatial-tracking',
  ]
    .map((feature) => `${feature}=()`)
    .join(', '),
} as const;

/** The `_headers` file: the policy and the security headers for every path. */
export function headersFile(policy: string): string {
  const headers = { 'Content-Security-Policy': policy, ...SECURITY_HEADERS };
  return [
    '# Written by the build from the policy Astro put into every page (src/integrations/csp-headers.ts); do not edit.',
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}
