/**
 * Rule `unattributed-figure` (EDITORIAL.md rule 4): a clause with a number near a casualty or
 * equipment word must name who gave it (said, reported, according to, put … at …). Sentences
 * come from the prose tree; a figure's tokens keep their separators ("1,960", "1992-1994", "13:00").
 */
import type { LintFinding } from './finding.ts';
import { excerpt } from './finding.ts';
import type { Prose } from './prose.ts';
import { inRanges, type Range } from './quotes.ts';
import {
  ATTRIBUTION,
  CASUALTY_WORDS,
  FIGURE_WINDOW,
  IDENTIFIER_BEFORE,
  MONTHS,
  NUMBER_WORDS,
  ONE_IDIOM_NEXT,
  ONE_IDIOM_PREV,
  UNIT_AFTER,
} from './words.ts';

const wordsIn = (words: Iterable<string>) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words].join('|')})(?![\\p{L}\\p{N}])`, 'u');
const FIGURE_WORD = wordsIn(NUMBER_WORDS);
const CASUALTY_WORD = wordsIn([...CASUALTY_WORDS, 'shot']);
/** Could a text (in lower case) hold a figure finding? Only if it holds a digit or a number word, and a casualty word. */
export const mayHoldFigure = (lower: string) =>
  (/\d/u.test(lower) || FIGURE_WORD.test(lower)) && CASUALTY_WORD.test(lower);

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[.,:'’\-–][\p{L}\p{N}]+)*/gu)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/u;
const DIGIT_RANGE = /^(\d[\d,]*)[–-](\d[\d,]*)$/u;
const isYear = (s: string) => /^\d{4}$/u.test(s) && Number(s) >= 1000 && Number(s) <= 2100;
const isNumeric = (s: string) => DIGITS.test(s) || DIGIT_RANGE.test(s);

/** Is tokens[i] a quantity, not a year, a day of the month, an identifier or a measure of something else? */
function isFigure(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1]?.lower;
  const next = toks[i + 1]?.lower;
  if (NUMBER_WORDS.has(t.lower)) {
    if (t.lower === 'one' && ((next && ONE_IDIOM_NEXT.has(next)) || (prev && ONE_IDIOM_PREV.has(prev)))) return false;
    return !(next && UNIT_AFTER.has(next));
  }
  if (!isNumeric(t.text)) return false;
  const range = DIGIT_RANGE.exec(t.text);
  const parts = range ? [range[1]!, range[2]!] : [t.text];
  if (parts.every(isYear)) return false;
  if (parts.every((p) => DIGITS.test(p) && Number(p) >= 1 && Number(p) <= 31)) {
    const dayOfMonth =
      (next && MONTHS.has(next)) ||
      (prev && MONTHS.has(prev)) ||
      (next &&
        ['and', 'to', 'or', 'until', 'till'].includes(next) &&
        isNumeric(toks[i + 2]?.text ?? '') &&
        MONTHS.has(toks[i + 3]?.lower ?? ''));
    if (dayOfMonth) return false;
  }
  if (prev && IDENTIFIER_BEFORE.has(prev)) return false;
  if (next && UNIT_AFTER.has(next)) return false;
  return true;
}

const isCasualtyWord = (toks: Token[], i: number) =>
  CASUALTY_WORDS.has(toks[i]!.lower) || (toks[i]!.lower === 'shot' && toks[i + 1]?.lower === 'down');

/**
 * The clauses of a block: its sentences, split further at semicolons outside quotes, so
 * that "…, killing two crew; the ministry said …" does not borrow the next clause's "said".
 */
function clauses(block: Prose): Range[] {
  const out: Range[] = [];
  for (const {
    range: [start, end],
  } of block.sentences) {
    let from = start;
    for (let i = start; i < end; i++) {
      if (block.text[i] === ';' && !inRanges(block.quotes, i, i + 1)) {
        out.push([from, i]);
        from = i + 1;
      }
    }
    out.push([from, end]);
  }
  return out;
}

export function unattributedFigures(block: Prose): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const [start, end] of clauses(block)) {
    const sentence = block.text.slice(start, end);
    const toks = tokens(sentence).filter((t) => !inRanges(block.code, start + t.start, start + t.end));
    const numbers = toks.map((_, i) => i).filter((i) => isFigure(toks, i));
    const casualties = toks.map((_, i) => i).filter((i) => isCasualtyWord(toks, i));
    // A number after the casualty word and a comma starts another phrase:
    // "officers killed near Tovuz, tens of thousands marched" is a crowd, not a toll.
    const commaBetween = (a: number, b: number) => /[,:—–(]/u.test(sentence.slice(toks[a]!.end, toks[b]!.start));
    const pair = numbers
      .flatMap((n) => casualties.map((c) => [n, c] as const))
      .find(([n, c]) => Math.abs(n - c) <= FIGURE_WINDOW && !(c < n && commaBetween(c, n)));
    if (!pair) continue;
    if (ATTRIBUTION.test(sentence)) continue;
    const [n, c] = pair;
    const a = toks[Math.min(n, c)]!;
    const b = toks[Math.max(n, c)]!;
    findings.push({
      field: block.fieldAt(start + a.start),
      rule: 'unattributed-figure',
      message: `figure "${sentence.slice(a.start, b.end)}" without an attributing actor: say who gave it and when ("X said on <date> that …") (EDITORIAL rule 4) — in "${excerpt(sentence, 0, sentence.length, 160)}"`,
    });
  }
  return findings;
}
