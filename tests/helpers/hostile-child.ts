// Runs one file through the real extraction path (normalize + extract) in a process of its own, started by
// tests/unit/normalize/hostile-files.test.ts and bench/hostile.ts with --max-old-space-size=512 (half a 1 GB
// Lambda). Prints one JSON line: the outcome, the wall time and the peak memory. A heap crash prints nothing
// and exits non-zero, which is what the callers look for.
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { extractArticle } from '../../functions/domain/extract/extract-article.js';

const [file, key] = process.argv.slice(2);
if (!file || !key) throw new Error('usage: hostile-child.ts <file> <key>');
const bytes = new Uint8Array(readFileSync(file));
const start = performance.now();
const article = await extractArticle({ bytes, key, publishedAt: '2026-11-20' });
const ms = performance.now() - start;
const MiB = 1024 * 1024;
console.log(
  JSON.stringify({
    status: article.status,
    reason: article.error,
    ms: Math.round(ms),
    // maxRSS is in KiB: the process's peak resident memory, heap included.
    peakRssMiB: Math.round((process.resourceUsage().maxRSS * 1024) / MiB),
    heapMiB: Math.round(getHeapStatistics().total_heap_size / MiB),
  }),
);
