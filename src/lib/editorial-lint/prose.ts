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
import type { Root as MdastRoot } from 'mdast';
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

/** A Markdown body, block by block; `mdast` is its tree from fromMarkdown when the caller has parsed it already (remark-retext leaves it unchanged). */
export function bodyProse(markdown: string, mdast: MdastRoot = fromMarkdown(markdown)): Prose[] {
  const tree = markdownToProse.runSync(mdast, markdown) as unknown as Root;
  return paragraphs(tree).map((p) => prose(p, (line) => `body (line ${line})`));
}

/** A frontmatter text (title, summary, a claim's statement): plain text, not Markdown. */
export function textProse(field: string, text: string): Prose[] {
  return text.trim() ? paragraphs(new ParseEnglish().parse(text)).map((p) => prose(p, () => field)) : [];
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
