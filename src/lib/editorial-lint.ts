/**
 * Editorial lint: the parts of the editorial policy (EDITORIAL.md) that a machine can check
 * with a heuristic, over one event's frontmatter and Markdown body. A content rule: the
 * build and `npm run check:content` both run it (src/lib/content-checks.ts).
 *
 * - `loaded-word` (rule 2): editorial-lint/loaded-words.ts
 * - `unattributed-figure` (rule 4): editorial-lint/unattributed-figures.ts
 * - `disputed-without-claims` (rule 1): editorial-lint/disputed-claims.ts
 *
 * The word lists are the project's own (editorial-lint/words.ts); quotation marks are found by
 * editorial-lint/quotes.ts; the prose comes from remark-retext (editorial-lint/prose.ts).
 * Pure functions: no file system, no Astro.
 */
import { disputedWithoutClaims } from './editorial-lint/disputed-claims.ts';
import type { LintFinding } from './editorial-lint/finding.ts';
import { loadedWords, mayHoldLoadedWord } from './editorial-lint/loaded-words.ts';
import { bodyProse, textProse } from './editorial-lint/prose.ts';
import { mayHoldFigure, unattributedFigures } from './editorial-lint/unattributed-figures.ts';
import type { Root } from 'mdast';

export type { LintFinding, LintRule } from './editorial-lint/finding.ts';
export { quotedRanges } from './editorial-lint/quotes.ts';

/** The frontmatter fields the lint reads; an EventData from schema.ts fits. */
export interface LintEvent {
  title: string;
  summary: string;
  certainty: string;
  claims?: readonly { statement: string }[] | undefined;
}

/** Text a rule could find something in: the others are not read as prose at all. */
const mayFind = (lower: string) => mayHoldLoadedWord(lower) || mayHoldFigure(lower);

/** Every editorial finding for one event: its frontmatter data and its Markdown body (and the body's mdast tree, if already parsed). */
export function lintEvent(data: LintEvent, body = '', bodyTree?: Root): LintFinding[] {
  const claims = data.claims ?? [];
  const front = [...textProse('title', data.title, mayFind), ...textProse('summary', data.summary, mayFind)];
  const claimProse = claims.flatMap((c, i) => textProse(`claims[${i}].statement`, c.statement, mayHoldLoadedWord));
  const bodyBlocks = bodyProse(body, bodyTree, mayFind);
  return [
    ...[...front, ...claimProse, ...bodyBlocks].flatMap(loadedWords),
    // A claim is attributed by construction (its actor, date and source): figures there need no "said".
    ...[...front, ...bodyBlocks].flatMap(unattributedFigures),
    ...disputedWithoutClaims(data.certainty, claims.length),
  ];
}

export function formatFinding(file: string, f: LintFinding): string {
  return `${file}: ${f.field}: ${f.message}`;
}
