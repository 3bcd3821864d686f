// `npm run bench:extract`: warm extraction time of a ~3 KB article, and the ingest Lambda bundle's size and
// cold load time, built with the same esbuild options as infra/ (NodejsFunction). Prints figures; asserts none.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { extractArticle } from '../functions/domain/extract/extract-article.js';
import { translateRole } from '../functions/domain/knowledge/role-translation.js';
import { matchStory } from '../functions/domain/stories/assign-story.js';
import type { StoryArticle } from '../functions/domain/stories/story-facts.js';
import { LAMBDA_ESBUILD_OPTIONS } from '../infra/constructs/bulletin-function.js';
import { FUNCTION_SPECS } from '../infra/constructs/function-specs.js';
import { busyWindow, NATIONAL_UNIVERSITY } from '../tests/unit/stories/reports.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function warmExtraction() {
  const seed = readFileSync('examples/kazakhstan-universities-memoranda-en.txt', 'utf8');
  // About 3 KB of article text: the example, with its last paragraphs repeated as needed.
  let text = seed;
  while (Buffer.byteLength(text) < 3000) text += `\n\n${seed.split('\n\n').slice(-2).join('\n\n')}`;
  const bytes = new TextEncoder().encode(text.slice(0, 3072));
  for (let i = 0; i < 5; i++)
    await extractArticle({ bytes, key: 'inbox/bench.txt', publishedAt: '2026-11-20' });
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    await extractArticle({ bytes, key: 'inbox/bench.txt', publishedAt: '2026-11-20' });
    times.push(performance.now() - start);
  }
  return { kb: bytes.length / 1024, median: median(times), p95: [...times].sort((a, b) => a - b)[47] ?? 0 };
}

async function ingestBundle() {
  const dir = join('node_modules', '.cache', 'bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'ingest.mjs');
  await build({
    entryPoints: ['functions/handlers/ingest.ts'],
    ...LAMBDA_ESBUILD_OPTIONS,
    // The packages infra/ ships beside the ingest bundle (pdf.js, mammoth, zod): not part of its size.
    external: [...(FUNCTION_SPECS.ingest.bundling?.externalModules ?? [])],
    outfile,
    logLevel: 'error',
  });
  const env = {
    ...process.env,
    BUCKET_NAME: 'bench-bucket',
    TABLE_NAME: 'bench-table',
    AWS_REGION: 'eu-central-1',
  };
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const script = `const t=performance.now();await import(${JSON.stringify(`./${outfile}`)});console.log(performance.now()-t)`;
    loads.push(
      Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env }).toString()),
    );
  }
  return { kib: statSync(outfile).size / 1024, loadMedian: median(loads) };
}

/** Per-call figures of two steps inside extraction and ingest (formerly timing assertions in unit tests). */
function stepTimings() {
  const roles: ['en' | 'az' | 'ru', string][] = [
    ['en', "Azerbaijan's Minister of Science and Education"],
    ['az', 'Türkiyənin milli təhsil nazirinin müavini'],
    ['ru', 'Заместитель министра науки и образования'],
    ['en', 'Rector of Baku State University'],
  ];
  const time = (rounds: number, run: () => void) => {
    run();
    const start = performance.now();
    for (let i = 0; i < rounds; i++) run();
    return (performance.now() - start) / rounds;
  };
  const role = time(500, () => {
    for (const [from, text] of roles) translateRole(text, from, 'az');
  });
  const window = busyWindow(200);
  const story = time(20, () => matchStory(NATIONAL_UNIVERSITY[2] as StoryArticle, window));
  return { rolePerCall: role / roles.length, story };
}

const steps = stepTimings();
console.log(`extract: role translation ${steps.rolePerCall.toFixed(3)} ms per role (target < 0.2 ms)`);
console.log(
  `extract: same-event match against 200 stored reports ${steps.story.toFixed(1)} ms (target < 25 ms)`,
);
const warm = await warmExtraction();
console.log(
  `extract: warm ${warm.kb.toFixed(1)} KB article: median ${warm.median.toFixed(2)} ms, p95 ${warm.p95.toFixed(2)} ms (target <= 15 ms median)`,
);
const bundle = await ingestBundle();
console.log(`extract: ingest bundle ${bundle.kib.toFixed(0)} KiB minified (target <= 1024 KiB)`);
console.log(
  `extract: ingest bundle import in a fresh node: median of 5 ${bundle.loadMedian.toFixed(0)} ms (target <= 250 ms)`,
);
