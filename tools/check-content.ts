/**
 * Fast check of a content folder without a build: the build's own loader
 * (src/content/load-content.ts), so the same problems in the same lines.
 * Usage: npm run check:content [-- <content-dir>]; DEBUG=1 shows a crash's stack.
 */
import { displayRoot, loadContent } from '../src/content/load-content.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { balance, balanceLines } from '../src/lib/balance.ts';

const root = process.argv[2] ?? contentDir();
try {
  const { content, lines } = loadContent(root);
  if (lines.length) {
    console.error(lines.join('\n'));
    console.error(`\n${lines.length} problem(s) in ${displayRoot(root)}/`);
    process.exit(1);
  }
  console.log(
    [
      "Balance (entries citing each side's outlets; claims made by each side):",
      ...balanceLines(
        balance(
          content.events,
          new Map(content.sources.map((s) => [s.id, s.data])),
          new Map(content.actors.map((a) => [a.id, a.data])),
        ),
      ),
    ].join('\n'),
  );
  console.log(
    `content OK: ${content.events.length} events, ${content.places.length} places, ${content.actors.length} actors, ${content.sources.length} sources, ${content.documents.length} documents, ${content.bulletins.length} bulletins`,
  );
} catch (e) {
  // A crash is a bug of the loader, not of the content: its message, and the stack only when asked for.
  console.error(process.env.DEBUG ? (e as Error).stack : `check:content failed: ${(e as Error).message}`);
  process.exit(2);
}
