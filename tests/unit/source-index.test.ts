import { describe, expect, it } from 'vitest';
import { byPublisher } from '../../src/lib/source-index.ts';

const source = (id: string, publisher: string) => ({
  id,
  publisher,
  kind: 'news' as const,
  perspective: 'Azerbaijani news site',
});

describe('byPublisher', () => {
  it('puts spellings of one publisher that differ only in case into one group, named by the commonest', () => {
    const groups = byPublisher([
      source('a', 'Today.Az'),
      source('b', 'TODAY.AZ'),
      source('c', 'Today.Az'),
      source('d', 'Bianet'),
      source('e', 'bianet'),
    ]);
    expect(groups.map((g) => [g.publisher, g.sources.map((s) => s.id)])).toEqual([
      ['Today.Az', ['a', 'b', 'c']],
      ['bianet', ['d', 'e']],
    ]);
  });
});
