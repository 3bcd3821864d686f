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

/** Structural role translation, per call (moved here from a unit test: tests assert no timings). */
function roleTranslation() {
  const roles: ['en' | 'az' | 'ru', string][] = [
    ['ru', 'Министр образования, науки и молодежи Грузии'],
    ['en', 'Rector of Tbilisi State University'],
    ['az', 'Elm və təhsil naziri'],
    ['en', 'Deputy Minister of Science and Education of the Republic of Azerbaijan'],
  ];
  for (const [from, role] of roles) translateRole(role, from, 'az');
  const rounds = 500;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const [from, role] of roles) {
      translateRole(role, from, 'en');
      translateRole(role, from, 'az');
    }
  }
  return (performance.now() - start) / (rounds * roles.length * 2);
}

/** Ingest's same-event matcher: one report against a window of 200 stored ones (moved here from a unit test). */
function storyMatching() {
  const window = busyWindow(200);
  const target = NATIONAL_UNIVERSITY[2] as StoryArticle;
  matchStory(target, window);
  const start = performance.now();
  for (let i = 0; i < 50; i++) matchStory(target, window);
  return (performance.now() - start) / 50;
}

const warm = await warmExtraction();
console.log(
  `extract: story matching against 200 stored reports ${storyMatching().toFixed(2)} ms per report (target < 25 ms)`,
);
console.log(
  `extract: role translation ${(roleTranslation() * 1000).toFixed(0)} µs per call (target < 200 µs)`,
);
console.log(
  `extract: warm ${warm.kb.toFixed(1)} KB article: median ${warm.median.toFixed(2)} ms, p95 ${warm.p95.toFixed(2)} ms (target <= 15 ms median)`,
);
const bundle = await ingestBundle();
console.log(`extract: ingest bundle ${bundle.kib.toFixed(0)} KiB minified (target <= 1024 KiB)`);
console.log(
  `extract: ingest bundle import in a fresh node: median of 5 ${bundle.loadMedian.toFixed(0)} ms (target <= 250 ms)`,
);
