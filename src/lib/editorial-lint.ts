/**
 * Editorial lint: the parts of the editorial policy (EDITORIAL.md) that a machine can check
 * with a heuristic, over one event's frontmatter and Markdown body.
 *
 * - `loaded-word` (rule 2): liberated, occupied, terrorist, aggressor, heroic, martyr,
 *   genocide, puppet, lackey and the like are allowed only inside quotation marks
 *   (“…”, "…", ‘…’, '…'), a Markdown blockquote or inline code. A legal status is
 *   quoted from the document that states it.
 * - `unattributed-figure` (rule 4): a sentence with a number near a casualty or
 *   equipment word must name who gave it (said, reported, according to, put … at …).
 * - `disputed-without-claims` (rule 1): `certainty: disputed` needs at least two claims.
 *
 * Pure functions: no file system, no Astro. Sentences are split by retext-english,
 * the body is read as mdast by remark-parse.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import retextEnglish from 'retext-english';
import { visit, SKIP } from 'unist-util-visit';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';

export type LintRule = 'loaded-word' | 'unattributed-figure' | 'disputed-without-claims';
export interface LintFinding {
  field: string;
  rule: LintRule;
  message: string;
}

/** The frontmatter fields the lint reads; an EventData from schema.ts fits. */
export interface LintEvent {
  title: string;
  summary: string;
  certainty: string;
  claims?: readonly { statement: string }[] | undefined;
}

// ---------------------------------------------------------------------------
// Word lists

/** Loaded words: EDITORIAL.md rule 2 plus a few of "the like". Matched on whole words, case-insensitive. */
export const LOADED_WORD_PATTERNS: readonly RegExp[] = [
  /^liberat\p{L}*$/u, // liberated, liberation, liberator, liberating
  /^(?:occupy|occupies|occupied|occupying|occupation|occupations|occupier|occupiers)$/u,
  /^terror(?:ism|ist|ists|istic)?$/u,
  /^(?:aggressor|aggressors|aggression|aggressions)$/u,
  /^(?:hero|heroes|heroic|heroically|heroism|heroine|heroines)$/u,
  /^martyr\p{L}*$/u, // martyr, martyrs, martyrdom, martyred
  /^genocid\p{L}*$/u, // genocide, genocidal
  /^puppet\p{L}*$/u,
  /^lackey\p{L}*$/u,
  /^invader\p{L}*$/u,
  /^(?:invasion|invasions)$/u,
  /^fascis\p{L}*$/u, // fascist, fascists, fascism
  /^nazi\p{L}*$/u,
  /^(?:barbaric|barbarian|barbarians|barbarism|barbarity|barbarous)$/u,
  /^mercenar\p{L}*$/u,
  /^separatis\p{L}*$/u, // separatist, separatists, separatism
  /^(?:enemy|enemies)$/u, // "the enemy"
  /^(?:provocation|provocations|provocative|provocateur|provocateurs)$/u,
  /^(?:regain|regained|regaining|regains)$/u,
];

const NUMBER_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'dozen',
  'dozens',
  'score',
  'scores',
  'one',
]);
/** "one" is a figure ("one civilian was killed") except in these idioms. */
const ONE_IDIOM_NEXT = new Set([
  'of',
  'another',
  'day',
  'side',
  'point',
  'time',
  'hand',
  'way',
  'week',
  'month',
  'year',
  'night',
  'morning',
  'evening',
  'afternoon',
]);
const ONE_IDIOM_PREV = new Set(['no', 'any', 'every', 'the', 'which', 'each', 'this', 'that', 'at']);

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** A number right after these names a thing, not a quantity ("resolution 822", "point 9"). */
const IDENTIFIER_BEFORE = new Set([
  'resolution',
  'resolutions',
  'article',
  'articles',
  'point',
  'points',
  'paragraph',
  'paragraphs',
  'section',
  'sections',
  'page',
  'pages',
  'chapter',
  'no',
  'number',
  'report',
  'clause',
  'item',
  'protocol',
  'flight',
  'route',
  'highway',
  'road',
  'brigade',
  'regiment',
  'division',
  'corps',
  'unit',
  'hospital',
  'school',
  'block',
  'building',
  'street',
]);
/** A number right before these measures something else ("10 kilometres", "44 days"). */
const UNIT_AFTER = new Set([
  'km',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'metre',
  'metres',
  'meter',
  'meters',
  'm',
  'mile',
  'miles',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'minute',
  'minutes',
  'second',
  'seconds',
  'am',
  'pm',
  'votes',
  'vote',
  'kg',
  'tonnes',
  'tons',
  'degrees',
  // counts of parties, not of casualties ("the casualty figures come from the two sides")
  'sides',
  'parties',
  'countries',
  'states',
  'leaders',
  'presidents',
  'ministers',
  'co-chairs',
  'sources',
  'reports',
  'accounts',
  'versions',
]);
/** Casualty and equipment words ("shot" counts only as "shot down"). */
const CASUALTY_WORDS = new Set([
  'kill',
  'kills',
  'killed',
  'killing',
  'dead',
  'die',
  'dies',
  'died',
  'dying',
  'death',
  'deaths',
  'toll',
  'tolls',
  'wounded',
  'wounding',
  'injured',
  'injuring',
  'injury',
  'injuries',
  'casualty',
  'casualties',
  'victim',
  'victims',
  'tank',
  'tanks',
  'drone',
  'drones',
  'uav',
  'uavs',
  'aircraft',
  'plane',
  'planes',
  'jet',
  'jets',
  'helicopter',
  'helicopters',
  'vehicles',
  'destroyed',
  'downed',
  'prisoner',
  'prisoners',
  'pow',
  'pows',
  'captives',
  'hostages',
  'bodies',
  'missing',
  'losses',
]);
const FIGURE_WINDOW = 6;

/** Words and phrases that name who gave a figure. */
const ATTRIBUTION =
  /\b(?:said|says|say|saying|stated|states|reported|reports|reporting|according to|claimed|claims|claiming|announced|announces|announcing|gave|gives|giving|counted|counts|estimated|estimates|estimating|told|tells|wrote|writes|listed|lists|recorded|records|cited|cites|citing|alleged|alleges|alleging|acknowledged|acknowledges|confirmed|confirms|denied|denies|published|publishes|documented|documents|tallied|tallies|provided for|provides for|provide for|stipulated|stipulates|put\b[^.;]*?\bat|puts\b[^.;]*?\bat|putting\b[^.;]*?\bat)\b/iu;

// ---------------------------------------------------------------------------
// Text blocks: a run of text with the ranges that count as quoted and the line of each offset

interface Block {
  field: string;
  text: string;
  /** [start, end) ranges of `text` inside quotation marks: loaded words are allowed there. */
  quotes: [number, number][];
  /** [start, end) ranges of inline code: neither rule looks inside. */
  code: [number, number][];
  /** Maps an offset in `text` to a field label (the body's line). */
  fieldAt: (offset: number) => string;
}

function plainBlock(field: string, text: string): Block {
  return { field, text, quotes: quotedRanges(text), code: [], fieldAt: () => field };
}

const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

/**
 * The ranges of `text` inside quotation marks. Curly and straight double quotes pair
 * up in order; a single quote opens only after a space or an opening bracket and closes
 * only where no letter follows, so the apostrophes of "Azerbaijan's" or "don’t" are
 * never quotes. An unclosed quote protects nothing.
 */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
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

const inRanges = (ranges: [number, number][], start: number, end: number) =>
  ranges.some(([a, b]) => start >= a && end <= b);

/** The body's text blocks (paragraphs, headings), without blockquotes and code; inline code is kept as protected text. */
function bodyBlocks(markdown: string): Block[] {
  const tree = unified().use(remarkParse).parse(markdown) as MdastRoot;
  const blocks: Block[] = [];
  visit(tree, (node) => {
    if (node.type === 'blockquote' || node.type === 'code' || node.type === 'html') return SKIP;
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const pieces: { start: number; line: number; value: string }[] = [];
    const code: [number, number][] = [];
    let text = '';
    const add = (value: string, line: number, isCode = false) => {
      pieces.push({ start: text.length, line, value });
      if (isCode) code.push([text.length, text.length + value.length]);
      text += value;
    };
    const walk = (n: MdastNodes) => {
      const line = n.position?.start.line ?? 1;
      if (n.type === 'text') add(n.value, line);
      else if (n.type === 'inlineCode') add(n.value, line, true);
      else if (n.type === 'break') add('\n', line);
      else if ('children' in n) for (const child of n.children as MdastNodes[]) walk(child);
    };
    walk(node as MdastNodes);
    const lineAt = (offset: number) => {
      let piece = pieces[0];
      for (const p of pieces) if (p.start <= offset) piece = p;
      if (!piece) return 1;
      return piece.line + (piece.value.slice(0, offset - piece.start).match(/\n/g)?.length ?? 0);
    };
    blocks.push({
      field: 'body',
      text,
      quotes: quotedRanges(text),
      code,
      fieldAt: (offset) => `body (line ${lineAt(offset)})`,
    });
    return SKIP;
  });
  return blocks;
}

// ---------------------------------------------------------------------------
// Rule 1: loaded words

/** Phrases whose words are neutral alone but take a side together: a town that "fell", "the fall of" a town. */
export const LOADED_PHRASE_PATTERNS: readonly RegExp[] = [
  /\b(?:fell|fallen) to\b/giu,
  /\bthe fall of\b/giu,
  /\b(?:has|had|have) fallen(?=[.,;]| and\b)/giu,
  /\btens of thousands (?:fled|were displaced|were expelled)\b/giu,
];

function loadedWords(block: Block): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const re of LOADED_PHRASE_PATTERNS)
    for (const m of block.text.matchAll(re)) {
      const start = m.index;
      if (inRanges([...block.quotes, ...block.code], start, start + m[0].length)) continue;
      // "Tens of thousands fled" is a figure: it needs who said so, like any other (EDITORIAL rule 4).
      if (
        /^tens/i.test(m[0]) &&
        /\b(?:said|says|according to|estimated|reported)\b/i.test(
          block.text.slice(Math.max(0, start - 120), start + 160),
        )
      )
        continue;
      findings.push({
        field: block.fieldAt(start),
        rule: 'loaded-word',
        message: `loaded phrase "${m[0]}" outside a quotation: say who said it and when, or say it neutrally, e.g. "was captured by" (EDITORIAL rules 2 and 4) — in "${excerpt(block.text, start, start + m[0].length)}"`,
      });
    }
  for (const m of block.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].toLowerCase();
    if (!LOADED_WORD_PATTERNS.some((re) => re.test(word))) continue;
    const start = m.index;
    if (inRanges([...block.quotes, ...block.code], start, start + m[0].length)) continue;
    findings.push({
      field: block.fieldAt(start),
      rule: 'loaded-word',
      message: `loaded word "${m[0]}" outside a quotation: quote it with who said it and when, or say it neutrally (EDITORIAL rule 2) — in "${excerpt(block.text, start, start + m[0].length)}"`,
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------
// Rule 2: figures without an attributing actor

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

/** The sentences of a block, split by retext-english, as [start, end) offsets. */
function sentences(text: string): [number, number][] {
  const tree = unified().use(retextEnglish).parse(text);
  const out: [number, number][] = [];
  visit(tree, 'SentenceNode', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) out.push([start, end]);
    return SKIP;
  });
  return out;
}

/**
 * The clauses of a block: its sentences, split further at semicolons outside quotes, so
 * that "…, killing two crew; the ministry said …" does not borrow the next clause's "said".
 */
function clauses(block: Block): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of sentences(block.text)) {
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

function unattributedFigures(block: Block): LintFinding[] {
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

// ---------------------------------------------------------------------------

function excerpt(text: string, start: number, end: number, max = 90): string {
  const pad = Math.max(0, Math.floor((max - (end - start)) / 2));
  const a = Math.max(0, start - pad);
  const b = Math.min(text.length, end + pad);
  return `${a > 0 ? '…' : ''}${text.slice(a, b).replace(/\s+/gu, ' ').trim()}${b < text.length ? '…' : ''}`;
}

/** Every editorial finding for one event: its frontmatter data and its Markdown body. */
export function lintEvent(data: LintEvent, body = ''): LintFinding[] {
  const claims = data.claims ?? [];
  const frontBlocks = [plainBlock('title', data.title), plainBlock('summary', data.summary)];
  const claimBlocks = claims.map((c, i) => plainBlock(`claims[${i}].statement`, c.statement));
  const body_ = bodyBlocks(body);
  const findings: LintFinding[] = [];
  for (const block of [...frontBlocks, ...claimBlocks, ...body_]) findings.push(...loadedWords(block));
  // A claim is attributed by construction (its actor, date and source): figures there need no "said".
  for (const block of [...frontBlocks, ...body_]) findings.push(...unattributedFigures(block));
  if (data.certainty === 'disputed' && claims.length < 2) {
    findings.push({
      field: 'claims',
      rule: 'disputed-without-claims',
      message: `at least two claims (who claims, who denies) for certainty "disputed", but found ${claims.length} (EDITORIAL rule 1)`,
    });
  }
  return findings;
}

export function formatFinding(file: string, f: LintFinding): string {
  return `${file}: ${f.field}: ${f.message}`;
}
