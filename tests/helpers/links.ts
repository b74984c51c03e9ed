/** linkinator over a built folder or a served URL: every broken link or fragment, as "url (from parent, status)". */
import { LinkChecker } from 'linkinator';
import { serve } from './browser.ts';

export async function brokenLinks(
  path: string,
  isExternal: (url: string) => boolean,
): Promise<{ broken: string[]; ok: number }> {
  // A folder is served here, not by linkinator: its own server makes it map every URL to a file path once per repeated link (minutes of path.join on 1,400 pages).
  if (!/^https?:/.test(path)) {
    const server = await serve(path);
    try {
      return await brokenLinks(server.url, isExternal);
    } finally {
      await server.close();
    }
  }
  const result = await new LinkChecker().check({
    path,
    recurse: true,
    checkFragments: true,
    // A loaded two-core machine can time out a local request; retry before calling a link broken.
    concurrency: 8,
    timeout: 30_000,
    retryErrors: true,
    retryErrorsCount: 3,
    linksToSkip: async (link) => isExternal(link),
  });
  return {
    broken: result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}, ${l.status})`),
    ok: result.links.filter((l) => l.state === 'OK').length,
  };
}

/** Links that leave the machine are not followed. */
export const leavesMachine = (link: string) =>
  /^https?:/.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link);
