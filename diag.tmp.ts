import { readFileSync, readdirSync } from 'node:fs';
import { quotedRanges } from './src/lib/editorial-lint.ts';
const dir = 'content/events';
const re = /\b(liberat\w*|occup\w*|terror\w*|aggress\w*|hero\w*|martyr\w*|genocid\w*|puppet\w*|lackey\w*|invad\w*|invasion\w*|fascis\w*|nazi\w*|mercenar\w*)/gi;
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  for (const line of text.split('\n')) {
    const q = quotedRanges(line);
    for (const m of line.matchAll(re)) {
      const r = q.find(([a, b]) => m.index >= a && m.index < b);
      console.log(f.slice(0, 40), m[0], '=>', r ? line.slice(r[0], r[1]).slice(0, 140) : 'UNQUOTED: ' + line.slice(Math.max(0, m.index - 60), m.index + 40));
    }
  }
}
