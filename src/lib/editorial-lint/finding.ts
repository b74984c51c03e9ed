/** What a rule reports: the field (with the body's line), the rule and a message an editor can act on. */
export type LintRule = 'loaded-word' | 'unattributed-figure' | 'disputed-without-claims';
export interface LintFinding {
  field: string;
  rule: LintRule;
  message: string;
}

/** The words around [start, end) of a text, on one line, for a message. */
export function excerpt(text: string, start: number, end: number, max = 90): string {
  const pad = Math.max(0, Math.floor((max - (end - start)) / 2));
  const a = Math.max(0, start - pad);
  const b = Math.min(text.length, end + pad);
  return `${a > 0 ? '…' : ''}${text.slice(a, b).replace(/\s+/gu, ' ').trim()}${b < text.length ? '…' : ''}`;
}
