/**
 * Rule `loaded-word` (EDITORIAL.md rule 2): a loaded word or phrase is allowed only inside
 * quotation marks, a blockquote or inline code, where it is someone else's and attributed.
 * The words are matched by nlcst-search over the prose tree, each part of a compound as a word.
 */
import { search } from 'nlcst-search';
import type { Sentence, SentenceContent } from 'nlcst';
import type { LintFinding } from './finding.ts';
import { excerpt } from './finding.ts';
import type { Prose } from './prose.ts';
import { inRanges } from './quotes.ts';
import {
  CLAUSE_ENDING_PHRASES,
  DISPLACEMENT_ATTRIBUTION,
  DISPLACEMENT_PHRASES,
  LOADED_PHRASES,
  LOADED_WORDS,
} from './words.ts';

const WORDS = new Set(LOADED_WORDS);
const CLAUSE_ENDING = new Set(CLAUSE_ENDING_PHRASES);
const DISPLACEMENT = new Set(DISPLACEMENT_PHRASES);
const PATTERNS = [...LOADED_WORDS, ...LOADED_PHRASES, ...CLAUSE_ENDING_PHRASES, ...DISPLACEMENT_PHRASES];
/** A match needs every word of its pattern, so a sentence without the longest word of any pattern has none: most sentences are not searched at all. */
const KEY_WORDS = new Set(PATTERNS.map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a))));

/** Could a text (in lower case) hold a loaded word or phrase? Only if it holds the longest word of one somewhere. */
export const mayHoldLoadedWord = (lower: string) => [...KEY_WORDS].some((w) => lower.includes(w));

/** A sentence with each word split at its inner punctuation: "anti-terrorist" and "enemy's" are read as "anti", "terrorist", "enemy", "s". */
function wordParts(sentence: Sentence): Sentence {
  const split = (node: SentenceContent): SentenceContent[] =>
    node.type === 'WordNode' && node.children.length > 1
      ? node.children.map((c) => (c.type === 'TextNode' ? { type: 'WordNode', children: [c] } : c))
      : [node];
  return { ...sentence, children: sentence.children.flatMap(split) };
}

/** A clause-ending phrase counts where its clause ends: right before a full stop, comma or semicolon, or before "and". */
function endsClause(prose: Prose, siblings: readonly SentenceContent[], after: number): boolean {
  const next = siblings[after];
  if (next?.type === 'PunctuationNode') return ['.', ',', ';'].includes(next.value);
  const word = siblings[after + 1];
  return (
    next?.type === 'WhiteSpaceNode' &&
    word?.type === 'WordNode' &&
    prose.text.slice(prose.startOf(word), prose.endOf(word)).toLowerCase() === 'and'
  );
}

export function loadedWords(prose: Prose): LintFinding[] {
  const found: { start: number; finding: LintFinding }[] = [];
  for (const sentence of prose.sentences) {
    if (![...sentence.words].some((w) => KEY_WORDS.has(w))) continue;
    search(
      wordParts(sentence.tree),
      PATTERNS,
      (nodes, index, parent, pattern) => {
        const start = prose.startOf(nodes[0]!);
        const end = prose.endOf(nodes.at(-1)!);
        const matched = prose.text.slice(start, end);
        if (inRanges([...prose.quotes, ...prose.code], start, end)) return;
        if (
          CLAUSE_ENDING.has(pattern) &&
          !endsClause(prose, parent.children as SentenceContent[], index + nodes.length)
        )
          return;
        // "Tens of thousands fled" is a figure: someone named as saying so makes it a report (EDITORIAL rule 4).
        if (
          DISPLACEMENT.has(pattern) &&
          DISPLACEMENT_ATTRIBUTION.test(prose.text.slice(Math.max(0, start - 120), start + 160))
        )
          return;
        const context = excerpt(prose.text, start, end);
        found.push({
          start,
          finding: {
            field: prose.fieldAt(start),
            rule: 'loaded-word',
            message: WORDS.has(pattern)
              ? `loaded word "${matched}" outside a quotation: quote it with who said it and when, or say it neutrally (EDITORIAL rule 2) — in "${context}"`
              : `loaded phrase "${matched}" outside a quotation: say who said it and when, or say it neutrally, e.g. "was captured by" (EDITORIAL rules 2 and 4) — in "${context}"`,
          },
        });
      },
      { allowLiterals: true },
    );
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.finding);
}
