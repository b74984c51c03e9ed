/** Raw HTML in an event body is an error: bodies are Markdown only, so the site stays safe and consistent. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { rawHtmlIn } from '../lib/markdown.ts';

export default function remarkNoRawHtml() {
  return (tree: Root, file: VFile) => {
    const [first] = rawHtmlIn(tree);
    if (first) {
      const where = file.path ? `${file.path}:${first.line}` : `line ${first.line}`;
      throw new Error(`${where}: body: Markdown only, but found raw HTML ${JSON.stringify(first.html)}`);
    }
  };
}
