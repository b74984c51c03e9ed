/** The sources index: sources grouped by publisher, and how many of each side and kind the record cites. */
import { slug } from 'github-slugger';
import { SOURCE_KINDS } from './schema.ts';
import { SIDES, sourceSide, type Side } from './balance.ts';

export interface IndexedSource {
  id: string;
  publisher: string;
  kind: (typeof SOURCE_KINDS)[number];
  perspective: string;
}

export function byPublisher<S extends IndexedSource>(
  sources: readonly S[],
): { publisher: string; sources: (S & { side: Side })[] }[] {
  // One group per publisher however its name is capitalised ("Today.az", "TODAY.AZ"), named by its commonest spelling.
  const groups = Map.groupBy(
    sources.map((s) => ({ ...s, side: sourceSide(s) })),
    (s) => slug(s.publisher),
  );
  const commonest = (names: string[]) =>
    [...Map.groupBy(names, (n) => n)].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]![0];
  return [...groups.values()]
    .map((list) => ({ publisher: commonest(list.map((s) => s.publisher)), sources: list }))
    .sort((a, b) => b.sources.length - a.sources.length || a.publisher.localeCompare(b.publisher));
}

/** Counts by side and kind, with totals: the balance of what the record cites. */
export function sideKindCounts(sources: readonly IndexedSource[]): {
  sides: Record<Side, Record<string, number> & { total: number }>;
  kinds: string[];
} {
  const kinds = SOURCE_KINDS.filter((k) => sources.some((s) => s.kind === k));
  const sides = Object.fromEntries(
    SIDES.map((side) => [side, { total: 0, ...Object.fromEntries(kinds.map((k) => [k, 0])) }]),
  ) as Record<Side, Record<string, number> & { total: number }>;
  for (const s of sources) {
    const row = sides[sourceSide(s)];
    row[s.kind] = (row[s.kind] ?? 0) + 1;
    row.total += 1;
  }
  return { sides, kinds };
}
