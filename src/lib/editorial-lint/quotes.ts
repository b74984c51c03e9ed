/** Quote detection: which stretches of a text stand inside quotation marks, where loaded words are someone else's. */

/** A [start, end) stretch of a text, in UTF-16 offsets. */
export type Range = [start: number, end: number];

const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

/**
 * The ranges of `text` inside quotation marks. Curly and straight double quotes pair
 * up in order; a single quote opens only after a space or an opening bracket and closes
 * only where no letter follows, so the apostrophes of "Azerbaijan's" or "don’t" are
 * never quotes. An unclosed quote protects nothing.
 */
export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  // Curly double quotes.
  for (let i = text.indexOf('“'); i !== -1; i = text.indexOf('“', i + 1)) {
    const close = text.indexOf('”', i + 1);
    if (close === -1) break;
    ranges.push([i, close + 1]);
    i = close;
  }
  // Straight double quotes, paired in order.
  const straight: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '"') straight.push(i);
  for (let k = 0; k + 1 < straight.length; k += 2) ranges.push([straight[k]!, straight[k + 1]! + 1]);
  // Single quotes, curly or straight.
  for (const [open, close] of [
    ['‘', '’'],
    ["'", "'"],
  ] as const) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== open) continue;
      const before = text[i - 1];
      const after = text[i + 1];
      const opens =
        open === '‘' ||
        ((isSpace(before) || /[([{“"—–/-]/u.test(before!)) &&
          !isSpace(after) &&
          !/^\d0s/u.test(text.slice(i + 1, i + 4)));
      if (!opens) continue;
      let j = i + 1;
      let found = -1;
      for (; j < text.length; j++) {
        if (text[j] !== close) continue;
        if (!isSpace(text[j - 1]) && !isLetterOrDigit(text[j + 1])) {
          found = j;
          break;
        }
      }
      if (found === -1) continue;
      ranges.push([i, found + 1]);
      i = found;
    }
  }
  return ranges;
}

/** Is [start, end) inside one of `ranges`? */
export const inRanges = (ranges: readonly Range[], start: number, end: number) =>
  ranges.some(([a, b]) => start >= a && end <= b);
