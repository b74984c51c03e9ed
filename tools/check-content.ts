/**
 * Fast check of content/ without a full build: every file against its zod
 * schema, then the cross-entry rules. Usage: npm run check:content [-- <content-dir>]
 */
import { checkContentDir } from './load-content.ts';
import { balance, balanceLines } from '../src/lib/balance.ts';

const root = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { content, problems: lines } = checkContentDir(root);
if (lines.length) {
  console.error(lines.join('\n'));
  console.error(`\n${lines.length} problem(s) in ${root}/`);
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
