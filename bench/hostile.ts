// `npm run bench:hostile`: every hostile kind of tests/helpers/hostile-files.ts (issue 16) extracted in a child
// process limited to a 512 MB heap (half a 1 GB Lambda), one at a time. Prints per kind the outcome, the wall
// time of the extraction and the child's peak memory (maxRSS, heap included, and the heap's size at the end).
// Budget: each answered (ok or refused with a reason) in <= 5 s and <= 512 MB. Prints figures; asserts none.
import { parseArgs } from 'node:util';
import { HOSTILE_KINDS } from '../tests/helpers/hostile-files.js';
import { runHostile } from '../tests/helpers/run-hostile.js';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const kinds = HOSTILE_KINDS.filter((k) => !values.only || k.name.includes(values.only));
const kib = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KiB`;
console.log('kind | file | outcome | time | peak RSS | heap | within 5 s / 512 MB');
for (const kind of kinds) {
  const out = await runHostile(kind);
  const a = out.answer;
  const outcome = a
    ? `${a.status}${a.reason ? ` (${a.reason.split(':')[0]})` : ''}`
    : `CRASHED (exit ${out.exitCode}): ${/heap out of memory/i.test(out.stderr) ? 'heap out of memory' : (out.stderr.split('\n').find((l) => l.trim()) ?? '')}`;
  const within = a ? (a.ms <= 5000 && a.peakRssMiB <= 512 ? 'yes' : 'NO') : 'NO';
  console.log(
    `${kind.name} | ${kib(out.bytes)} | ${outcome} | ${a ? `${a.ms} ms` : '-'} | ${a ? `${a.peakRssMiB} MiB` : '-'} | ${a ? `${a.heapMiB} MiB` : '-'} | ${within}`,
  );
}
