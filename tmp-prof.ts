import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from './tools/synthetic-content.ts';
import { checkContent } from './src/content/load-content.ts';
const d = mkdtempSync(join(tmpdir(), 'prof-'));
generateContent(d, 2000, 42);
for (let i = 0; i < 3; i++) { const t = process.cpuUsage(); checkContent(d); const u = process.cpuUsage(t); console.log('new cpu', Math.round((u.user + u.system) / 1000), 'ms'); }
