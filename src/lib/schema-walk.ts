/**
 * Reading the shape of a zod schema: the fields an object allows and the schema at a
 * field path. Wrappers (optional, default, pipes of transforms) are looked through.
 */
import type { z } from 'zod';
import type { FieldPath } from './content-problems.ts';

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  options?: z.ZodType[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under wrappers that do not change the shape (optional, default, nullable, pipe into a transform). */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The schema one step down: an object's field, a list's element, a tuple's item. */
export function childSchema(schema: z.ZodType, key: string | number): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && typeof key === 'string') return def.shape?.[key];
  if (def.type === 'array' && typeof key === 'number') return def.element;
  if (def.type === 'tuple' && typeof key === 'number') return def.items?.[key];
  return undefined;
}

export function schemaAt(schema: z.ZodType, path: FieldPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) current = current && childSchema(current, key);
  return current;
}

/** The fields an object schema at `path` allows, in the schema's order. */
export function fieldsAt(schema: z.ZodType, path: FieldPath): string[] {
  const at = schemaAt(schema, path);
  const def = at && defOf(unwrap(at));
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** Every path below `schema` (lists as "[]") whose schema satisfies `test`, with that schema, depth first in the schema's order. */
export function pathsWhere(
  schema: z.ZodType,
  test: (s: z.ZodType) => boolean,
): { path: (string | '[]')[]; schema: z.ZodType }[] {
  const out: { path: (string | '[]')[]; schema: z.ZodType }[] = [];
  const walk = (s: z.ZodType, path: (string | '[]')[]) => {
    if (test(s)) {
      out.push({ path, schema: s });
      return;
    }
    const def = defOf(s);
    if (def.innerType) walk(def.innerType, path);
    else if (def.type === 'pipe' && def.in) walk(def.in, path);
    else if (def.type === 'object') for (const [k, v] of Object.entries(def.shape ?? {})) walk(v, [...path, k]);
    else if (def.type === 'array' && def.element) walk(def.element, [...path, '[]']);
    else if (def.type === 'union') for (const o of def.options ?? []) walk(o, path);
  };
  walk(schema, []);
  return out;
}
