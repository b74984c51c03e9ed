import { defineCollection, reference } from 'astro:content';
import { makeSchemas, type RefFactory } from './lib/schema.ts';
import { contentDir } from './lib/content-dir.ts';
import { contentLoader } from './content/loader.ts';

// The schemas give the entries their types; the loader has already validated every entry with the same schemas.
// Astro's reference() returns the same { id, collection } shape as the plain one the loader uses.
const schemas = makeSchemas(reference as unknown as RefFactory);
const root = contentDir();

export const collections = {
  events: defineCollection({ loader: contentLoader('events', root), schema: schemas.event }),
  places: defineCollection({ loader: contentLoader('places', root), schema: schemas.place }),
  actors: defineCollection({ loader: contentLoader('actors', root), schema: schemas.actor }),
  sources: defineCollection({ loader: contentLoader('sources', root), schema: schemas.source }),
  documents: defineCollection({ loader: contentLoader('documents', root), schema: schemas.document }),
  bulletins: defineCollection({ loader: contentLoader('bulletins', root), schema: schemas.bulletin }),
};
