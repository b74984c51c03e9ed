/**
 * The reference fields of the content, as one table (collection, field path, target
 * collection) read off the schemas: every `ref(…)` in schema.ts is a row. The reference
 * check and the tests iterate this table; no reference field is listed by hand.
 */
import type { z } from 'zod';
import { makeSchemas, plainRef, type CollectionName, type Ref } from './schema.ts';
import { pathsWhere } from './schema-walk.ts';
import type { FieldPath } from './content-problems.ts';

export interface ReferenceField {
  collection: CollectionName;
  /** The field path with "[]" for every list, e.g. ["claims", "[]", "actor"]. */
  path: readonly (string | '[]')[];
  target: CollectionName;
}

const COLLECTION_OF_SCHEMA = {
  event: 'events',
  place: 'places',
  actor: 'actors',
  source: 'sources',
  document: 'documents',
  bulletin: 'bulletins',
} as const satisfies Partial<Record<keyof ReturnType<typeof makeSchemas>, CollectionName>>;

function referenceTable(): ReferenceField[] {
  // The schemas once more, with a ref factory that remembers which schema points where.
  const targets = new WeakMap<z.ZodType, CollectionName>();
  const schemas = makeSchemas((collection) => {
    const schema = plainRef(collection);
    targets.set(schema, collection);
    return schema;
  });
  return Object.entries(COLLECTION_OF_SCHEMA).flatMap(([name, collection]) =>
    pathsWhere(schemas[name as keyof typeof schemas], (s) => targets.has(s)).map((found) => ({
      collection,
      path: found.path,
      target: targets.get(found.schema)!,
    })),
  );
}

export const REFERENCE_FIELDS: readonly ReferenceField[] = referenceTable();

/** A table path as editors write it: claims[].actor. */
export const formatReferencePath = (path: readonly (string | '[]')[]): string =>
  path.join('.').replace(/\.\[\]/g, '[]');

export interface FoundReference {
  /** The concrete path, e.g. ["claims", 2, "actor"]. */
  path: FieldPath;
  id: string;
  target: CollectionName;
}

/** Every reference an entry's (parsed) data holds, in table order. */
export function referencesIn(collection: CollectionName, data: unknown): FoundReference[] {
  const found: FoundReference[] = [];
  for (const field of REFERENCE_FIELDS) {
    if (field.collection !== collection) continue;
    const visit = (value: unknown, rest: readonly (string | '[]')[], path: (string | number)[]) => {
      if (value === undefined || value === null) return;
      if (rest.length === 0) {
        const ref = value as Ref;
        if (typeof ref.id === 'string') found.push({ path, id: ref.id, target: field.target });
        return;
      }
      const [head, ...tail] = rest;
      if (head === '[]') {
        if (Array.isArray(value)) value.forEach((item, i) => visit(item, tail, [...path, i]));
      } else visit((value as Record<string, unknown>)[head!], tail, [...path, head!]);
    };
    visit(data, field.path, []);
  }
  return found;
}
