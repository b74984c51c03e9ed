import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { plainSchemas } from './src/lib/schema.ts';
import { lintEvent, formatFinding } from './src/lib/el.tmp.ts';
const dir = 'content/events';
const counts: Record<string, number> = {};
let n = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)!;
  const data = plainSchemas.event.parse(yaml.load(m[1]!));
  for (const x of lintEvent(data, m[2]!)) { counts[x.rule] = (counts[x.rule] ?? 0) + 1; n++; console.log(formatFinding(`${dir}/${f}`, x)); }
}
console.log(n, counts);
