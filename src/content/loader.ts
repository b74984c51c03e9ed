/**
 * The build's collection loader: every collection's load() reads the shared result of
 * loadContent() (one run per build), so a build fails on the problems of every collection
 * at once, in the lines check:content prints. Markdown bodies are rendered with the
 * site's own Markdown pipeline (context.renderMarkdown).
 */
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../lib/schema.ts';
import { formatProblem, type Problem } from '../lib/content-problems.ts';
import { loadContent, type LoadedEntry } from './load-content.ts';

/** An error whose message is the problem lines; its stack only with DEBUG set, as the lines already say where. */
export class ContentProblems extends Error {
  constructor(lines: readonly string[]) {
    super(`${lines.length} content problem(s):\n${lines.join('\n')}`);
    this.name = 'ContentProblems';
    if (!process.env.DEBUG) this.stack = '';
  }
}

/**
 * Put before a body for renderMarkdown: the frontmatter is parsed and checked already and no plugin reads it (rendered again,
 * it was parsed twice and stored twice); an empty one, so that a body opening with a --- line is not read as frontmatter.
 */
const EMPTY_FRONTMATTER = '---\n---\n';

/** The problems last logged in dev, shared by the collections' loaders. */
let lastReported = '';

export function contentLoader(collection: CollectionName, root: string): Loader {
  const load = async (context: LoaderContext) => {
    const result = loadContent(root);
    if (result.lines.length) throw new ContentProblems(result.lines);
    const { store, config, generateDigest } = context;
    const previous = new Map(store.entries());
    const problems: Problem[] = [];
    const entries = result.content[collection] as LoadedEntry<Record<string, unknown>>[];
    const stored = await Promise.all(
      entries.map(async (entry) => {
        const digest = generateDigest(entry.text);
        const filePath = relative(fileURLToPath(config.root), entry.path).split(sep).join('/');
        if (entry.body === undefined) return { id: entry.id, data: entry.data, filePath, digest };
        const before = previous.get(entry.id);
        let rendered = before?.digest === digest ? before.rendered : undefined;
        try {
          rendered ??= await context.renderMarkdown(EMPTY_FRONTMATTER + entry.body, { fileURL: pathToFileURL(entry.path) });
        } catch (e) {
          problems.push({
            file: entry.file,
            line: entry.bodyLine,
            field: 'body',
            message: `expected Markdown that renders, got an error from the Markdown pipeline: ${(e as Error).message.split('\n')[0]}`,
          });
        }
        return {
          id: entry.id,
          data: entry.data,
          // No body: pages read the rendered HTML only, and every build compiles the whole store into its bundle (the bodies were a third of it at 10,000 events).
          filePath,
          digest,
          ...(rendered ? { rendered, assetImports: rendered.metadata?.imagePaths ?? [] } : {}),
        };
      }),
    );
    if (problems.length) throw new ContentProblems(problems.map(formatProblem));
    store.clear();
    for (const entry of stored) store.set(entry);
  };

  return {
    name: `content-${collection}`,
    load: async (context) => {
      await load(context);
      // In dev, a change under the content folder loads again; the shared result is recomputed once per change.
      const { watcher, logger } = context;
      if (!watcher) return;
      const absolute = fileURLToPath(new URL(root.endsWith('/') ? root : `${root}/`, context.config.root));
      watcher.add(absolute);
      const reload = (path: string) => {
        if (!path.startsWith(absolute)) return;
        load(context).then(
          () => (lastReported = ''),
          (e: Error) => {
            // Every collection reloads on a change; the shared problems are logged once.
            if (e.message !== lastReported) logger.error(e.message);
            lastReported = e.message;
          },
        );
      };
      watcher.on('add', reload);
      watcher.on('change', reload);
      watcher.on('unlink', reload);
    },
  };
}
