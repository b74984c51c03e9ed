/** The headers a built `_headers` file gives a path, as Netlify's own parser reads it. */
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { expect } from 'vitest';

export async function headersFor(outDir: string, path: string): Promise<Record<string, string>> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [join(outDir, '_headers')],
    configHeaders: [],
    minimal: false,
  });
  expect(errors).toEqual([]);
  return Object.assign({}, ...headers.filter((h) => 'forRegExp' in h && h.forRegExp.test(path)).map((h) => h.values));
}
