import { describe, expect, it } from 'vitest';
import { lintEvent, type LintEvent } from '../../src/lib/editorial-lint.ts';
import { bodyProse, textProse } from '../../src/lib/editorial-lint/prose.ts';
import { loadedWords } from '../../src/lib/editorial-lint/loaded-words.ts';
import { unattributedFigures } from '../../src/lib/editorial-lint/unattributed-figures.ts';
import { disputedWithoutClaims } from '../../src/lib/editorial-lint/disputed-claims.ts';
import { makeRng } from '../../tools/synthetic-content.ts';

/** The rules over every block and text, none skipped: what lintEvent must equal. */
function everyBlock(data: LintEvent, body: string) {
  const claims = data.claims ?? [];
  const front = [...textProse('title', data.title), ...textProse('summary', data.summary)];
  const claimProse = claims.flatMap((c, i) => textProse(`claims[${i}].statement`, c.statement));
  const blocks = bodyProse(body);
  return [
    ...[...front, ...claimProse, ...blocks].flatMap(loadedWords),
    ...[...front, ...blocks].flatMap(unattributedFigures),
    ...disputedWithoutClaims(data.certainty, claims.length),
  ];
}

// Words split by emphasis, entities, inline code, images, lists, quotes, code and tables: where a skipped block could go wrong.
const PIECES = [
  ...[
    'Officials said.',
    'Residents confirmed',
    'village',
    'road.',
    '**Talks about Agdam.**',
    'night.',
    'often',
    'none',
  ],
  ...[
    'two',
    't*wo*',
    'dr*one*',
    'pris*one*rs',
    'one',
    '*one*',
    'one-sided',
    'o&#110;e',
    '12',
    '1,200',
    '`12`',
    '&#49;2',
  ],
  ...[
    'killed',
    'kil**led**',
    'dead',
    'wounded',
    'tanks',
    'drone',
    'bodies',
    'shot',
    'down',
    '![two dead](/assets/x.png)',
  ],
  ...[
    'terrorist',
    'ter*ror*ist',
    'anti-terrorist',
    'liberated',
    'fell',
    'to',
    'the',
    'fall',
    'of',
    'had',
    'fallen',
    'and',
  ],
  ...[
    'the ministry said',
    '"occupied"',
    '‘heroes’',
    'tens of thousands fled',
    '[two killed](https://x.example)',
    '1992',
  ],
  ...[',', ';', '.', '—', '*', '_', 'hard  \nbreak', '\n', '\n\n', '\n\n> ', '\n\n- ', '\n- ', '\n\n## ', '<b>x</b>'],
  ...['\n\n| a | b |\n| - | - |\n| 5 | killed |\n\n', '\n\n```\n5 killed\n```\n\n'],
];

describe('the lint reads as prose only the blocks a rule could find something in', () => {
  it('finds exactly what it finds reading every block (2,000 seeded random bodies)', () => {
    const rng = makeRng(2020);
    let findings = 0;
    for (let i = 0; i < 2000; i++) {
      const body = Array.from({ length: rng.int(1, 40) }, () => rng.pick(PIECES))
        .join(rng.chance(0.7) ? ' ' : '')
        .trim();
      const summary = Array.from({ length: rng.int(1, 8) }, () => rng.pick(PIECES))
        .join(' ')
        .replace(/\n/g, ' ');
      const data = { title: 'x', summary, certainty: 'confirmed' };
      const expected = everyBlock(data, body);
      findings += expected.length;
      expect(lintEvent(data, body), body).toEqual(expected);
    }
    // The bodies exercise the rules: a generator that found nothing would prove nothing.
    expect(findings).toBeGreaterThan(1000);
  });
});
