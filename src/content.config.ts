import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { makeSchemas, type RefFactory } from './lib/schema.ts';
import { contentDir } from './lib/content-dir.ts';

// Astro's reference() returns the same { id, collection } shape as the plain one used in tests.
const schemas = makeSchemas(reference as unknown as RefFactory);

/**
 * glob() whose schema errors read as z.prettifyError lines naming the file,
 * collected over the whole collection so an editor sees every problem at once.
 */
function validatedGlob(collection: string, pattern: string, schema: z.ZodType): Loader {
  const base = `${contentDir()}/${collection}`;
  // Every file seen in this load, by id: glob() itself only warns, and racily, when two files share one.
  const filesById = new Map<string, string[]>();
  const inner = glob({
    pattern,
    base,
    generateId: ({ entry }) => {
      // The file name is the permanent id and URL; folders only organise.
      const id = entry.replace(/^.*\//, '').replace(/\.(md|ya?ml|json)$/, '');
      const files = filesById.get(id) ?? [];
      if (!files.includes(entry)) files.push(entry);
      filesById.set(id, files);
      return id;
    },
  });
  return {
    name: `validated-${collection}`,
    load: async (context) => {
      const problems: string[] = [];
      filesById.clear();
      await inner.load({
        ...context,
        parseData: async (props) => {
          const result = schema.safeParse(props.data);
          if (!result.success) {
            const file = props.filePath ? props.filePath.replace(`${process.cwd()}/`, '') : props.id;
            for (const issue of result.error.issues) {
              const message = z
                .prettifyError(new z.ZodError([issue]))
                .split('\n')[0]!
                .replace(/^✖\s*/, '');
              problems.push(`${file}: ${issue.path.join('.') || '(frontmatter)'}: ${message}`);
            }
            return props.data;
          }
          return context.parseData(props);
        },
      });
      for (const [id, files] of filesById) {
        if (files.length > 1) {
          const [first, ...others] = files.sort();
          for (const other of others)
            problems.push(`${base}/${other}: id: a unique file name, but "${id}" is also ${base}/${first}`);
        }
      }
      if (problems.length) {
        throw new Error(`Invalid content in ${collection} (${problems.length} problem(s)):\n${problems.join('\n')}`);
      }
    },
  };
}

export const collections = {
  events: defineCollection({ loader: validatedGlob('events', '**/*.md', schemas.event), schema: schemas.event }),
  places: defineCollection({
    loader: validatedGlob('places', '**/*.{yaml,yml,json}', schemas.place),
    schema: schemas.place,
  }),
  actors: defineCollection({
    loader: validatedGlob('actors', '**/*.{yaml,yml,json}', schemas.actor),
    schema: schemas.actor,
  }),
  sources: defineCollection({
    loader: validatedGlob('sources', '**/*.{yaml,yml,json}', schemas.source),
    schema: schemas.source,
  }),
  documents: defineCollection({
    loader: validatedGlob('documents', '**/*.{yaml,yml,json}', schemas.document),
    schema: schemas.document,
  }),
  bulletins: defineCollection({
    loader: validatedGlob('bulletins', '**/*.{yaml,yml,json}', schemas.bulletin),
    schema: schemas.bulletin,
  }),
};
