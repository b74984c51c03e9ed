/**
 * The prose the rules read, as natural-language trees (nlcst): a body through remark-retext,
 * which maps Markdown to prose and keeps each word's place in the source, or a frontmatter
 * text through parse-english. One block per paragraph, heading or list item; blockquotes and
 * code blocks are left out (quoted matter is not the site's voice), inline code is kept as source.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { unified } from 'unified';
import remarkRetext from 'remark-retext';
import { ParseEnglish } from 'parse-english';
import type { Literal, Nodes, Paragraph, Root, Sentence } from 'nlcst';
import type { Nodes as Nodes$, Paragraph as Paragraph$, Root as MdastRoot } from 'mdast';
import type { Position } from 'unist';
import { quotedRanges, type Range } from './quotes.ts';

export interface Prose {
  /** The block's text as read: link text without its address, inline code with its backticks. */
  text: string;
  tree: Paragraph;
  /** Stretches of `text` inside quotation marks (loaded words are allowed there) and of inline code (no rule looks inside). */
  quotes: Range[];
  code: Range[];
  /** The sentences: each one's stretch of `text`, its tree, and its words and the parts of its compound words, in lower case ("anti-terrorist": "anti", "terrorist"). */
  sentences: { range: Range; tree: Sentence; words: Set<string> }[];
  /** Where a node of `tree` (or a node wrapping some of its children) starts and ends in `text`. */
  startOf: (node: Nodes) => number;
  endOf: (node: Nodes) => number;
  /** The field a finding at an offset of `text` names: "summary", or "body (line 4)" for a body. */
  fieldAt: (offset: number) => string;
}

const markdownToProse = unified()
  // Code blocks carry no text for it; blockquotes do, and they are someone else's words.
  .use(remarkRetext, ParseEnglish, { ignore: ['blockquote'] })
  .freeze();

/** The node types whose text the prose leaves out: remark-retext's own (tables) and ours (blockquotes). */
const IGNORED = new Set(['table', 'tableRow', 'tableCell', 'blockquote']);

/** A block's prose as one string in lower case: its leaves' text in order, a line break where remark-retext puts one between nodes on different lines. */
function proseText(node: Nodes$, markdown: string): string {
  if (IGNORED.has(node.type)) return '';
  if (node.type === 'text') return node.value.toLowerCase();
  if (node.type === 'break') return '\n';
  if (node.type === 'inlineCode')
    return markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? markdown.length).toLowerCase();
  if (node.type === 'image' || node.type === 'imageReference') return (node.alt ?? '').toLowerCase();
  if (!('children' in node)) return '';
  let out = '';
  let end: Position['end'] | undefined;
  for (const child of node.children) {
    const start = child.position?.start;
    if (end && start && start.line !== end.line) out += '\n';
    out += proseText(child, markdown);
    end = child.position?.end;
  }
  return out;
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);
const leaves = (node: Nodes$): Nodes$[] => ('children' in node ? node.children.flatMap(leaves) : [node]);
/**
 * A block of words only: a paragraph or heading of text, emphasis and links, one line, starting and ending with a
 * letter or digit, or a list of such items.
 */
function plain(block: Nodes$): boolean {
  if (block.type === 'list')
    return block.children.every((item) => item.children.length === 1 && plain(item.children[0]!));
  if (block.type !== 'paragraph' && block.type !== 'heading') return false;
  const all = leaves(block);
  const text = all.map((l) => ('value' in l ? l.value : '')).join('');
  return (
    all.every((l) => l.type === 'text') &&
    block.children.every(function ok(n: Nodes$): boolean {
      return PHRASING.has(n.type) && (!('children' in n) || n.children.every(ok));
    }) &&
    !/[\r\n]/.test(text) &&
    /^[\p{L}\p{N}]/u.test(text) &&
    /[\p{L}\p{N}.]$/u.test(text)
  );
}

/** A paragraph of one letter where a block stood, spanning its lines: no rule finds anything in it. */
function stub(position: Position): Paragraph$ {
  const { start } = position;
  const end = { line: start.line, column: start.column + 1, offset: (start.offset ?? 0) + 1 };
  return { type: 'paragraph', position, children: [{ type: 'text', value: 'x', position: { start, end } }] };
}

/**
 * A Markdown body, block by block; `mdast` is its tree from fromMarkdown when the caller has parsed it already
 * (remark-retext leaves it unchanged). With `mayFind`, only the top-level blocks whose text it accepts become
 * prose: turning Markdown into prose is the lint's largest cost, and most blocks hold nothing any rule looks for.
 */
export function bodyProse(
  markdown: string,
  mdast: MdastRoot = fromMarkdown(markdown),
  mayFind?: (lowerText: string) => boolean,
): Prose[] {
  let skipped = 0;
  // A block no rule can find anything in is read as one word in its place: its neighbours' prose is unchanged.
  const children = mayFind
    ? ((texts) =>
        mdast.children.map((c, i) => {
          // Only plain blocks between plain blocks: elsewhere, where the white space between blocks goes depends on what they hold.
          const plainAt = (j: number) => j < 0 || j >= texts.length || plain(mdast.children[j]!);
          if (!plainAt(i) || !plainAt(i - 1) || !plainAt(i + 1) || mayFind(texts[i]!) || !c.position) return c;
          skipped++;
          return stub(c.position);
        }))(mdast.children.map((c) => proseText(c, markdown)))
    : mdast.children;
  // Only stubs: nothing for any rule.
  if (skipped > 0 && skipped === children.length) return [];
  const tree = markdownToProse.runSync({ ...mdast, children }, markdown) as unknown as Root;
  return paragraphs(tree).map((p) => prose(p, (line) => `body (line ${line})`));
}

/** A frontmatter text (title, summary, a claim's statement): plain text, not Markdown; with `mayFind`, only if it accepts the text. */
export function textProse(field: string, text: string, mayFind?: (lowerText: string) => boolean): Prose[] {
  if (!text.trim() || (mayFind && !mayFind(text.toLowerCase()))) return [];
  return paragraphs(new ParseEnglish().parse(text)).map((p) => prose(p, () => field));
}

const paragraphs = (root: Root) => root.children.filter((c): c is Paragraph => c.type === 'ParagraphNode');

function prose(tree: Paragraph, field: (line: number) => string): Prose {
  const leafStart = new Map<Literal, number>();
  const leaves: { start: number; node: Literal }[] = [];
  let words = new Set<string>();
  const sentenceWords = new Map<Sentence, Set<string>>();
  let text = '';
  const walk = (node: Nodes) => {
    if ('value' in node) {
      leafStart.set(node, text.length);
      leaves.push({ start: text.length, node });
      if (node.type === 'TextNode') words.add(node.value.toLowerCase());
      text += node.value;
      return;
    }
    if (node.type === 'SentenceNode') sentenceWords.set(node, (words = new Set()));
    for (const child of node.children) walk(child);
  };
  walk(tree);
  // A node starts at its first leaf and ends at its last, so a wrapper a rule makes (a compound's part as a word) has a place too.
  const startOf = (node: Nodes): number =>
    'value' in node ? (leafStart.get(node) ?? 0) : node.children[0] ? startOf(node.children[0]) : 0;
  const endOf = (node: Nodes): number =>
    'value' in node
      ? (leafStart.get(node) ?? 0) + node.value.length
      : node.children.length
        ? endOf(node.children.at(-1)!)
        : 0;
  const lineAt = (offset: number) => {
    const leaf = leaves.findLast((l) => l.start <= offset);
    if (!leaf) return 1;
    const before = leaf.node.value.slice(0, offset - leaf.start);
    return (leaf.node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0);
  };
  return {
    text,
    tree,
    quotes: quotedRanges(text),
    code: leaves.filter((l) => l.node.type === 'SourceNode').map((l) => [l.start, l.start + l.node.value.length]),
    sentences: tree.children
      .filter((c) => c.type === 'SentenceNode')
      .map((c) => ({ range: [startOf(c), endOf(c)], tree: c, words: sentenceWords.get(c)! })),
    startOf,
    endOf,
    fieldAt: (offset) => field(lineAt(offset)),
  };
}
