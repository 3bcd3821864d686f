// `npm run bench:extract`: warm extraction time of a ~3 KB article, and the ingest Lambda bundle's size and
// cold load time, built with the same esbuild options as infra/ (NodejsFunction). Prints figures; asserts none.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { extractArticle } from '../functions/domain/extract/extract-article.js';
import { translateRole } from '../functions/domain/knowledge/role-translation.js';
import { matchStory } from '../functions/domain/stories/assign-story.js';
import { LAMBDA_ESBUILD_OPTIONS } from '../infra/constructs/bulletin-function.js';
import { FUNCTION_SPECS } from '../infra/constructs/function-specs.js';
import { busyWindow, NATIONAL_UNIVERSITY } from '../tests/helpers/story-reports.js';

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

/** Role translation per call (both editions), over roles of every shape in the three languages. */
function roleTranslation() {
  const roles = [
    ['ru', 'Министр образования, науки и молодежи Грузии'],
    ['az', 'Gürcüstanın təhsil, elm və gənclərlə iş üzrə nazirinin birinci müavini'],
    ['en', "China's Ambassador to Azerbaijan"],
    ['en', 'Chairman of the Council of Higher Education of Türkiye'],
    ['az', 'ADA Universitetinin rektoru'],
  ] as const;
  for (const [from, role] of roles) translateRole(role, from, 'az');
  const started = performance.now();
  for (let round = 0; round < 200; round++)
    for (const [from, role] of roles) {
      translateRole(role, from, 'en');
      translateRole(role, from, 'az');
    }
  return (performance.now() - started) / (200 * roles.length * 2);
}

/** One new report matched against a week window of 200 stored reports (what ingest does per article). */
function storyMatching() {
  const window = busyWindow(200);
  const target = NATIONAL_UNIVERSITY[2];
  if (!target) return 0;
  matchStory(target, window);
  const started = performance.now();
  for (let i = 0; i < 20; i++) matchStory(target, window);
  return (performance.now() - started) / 20;
}

const warm = await warmExtraction();
console.log(`extract: role translation ${roleTranslation().toFixed(3)} ms per call`);
console.log(`extract: matching one report against 200 stored: ${storyMatching().toFixed(2)} ms`);
console.log(
  `extract: warm ${warm.kb.toFixed(1)} KB article: median ${warm.median.toFixed(2)} ms, p95 ${warm.p95.toFixed(2)} ms (target <= 15 ms median)`,
);
const bundle = await ingestBundle();
console.log(`extract: ingest bundle ${bundle.kib.toFixed(0)} KiB minified (target <= 1024 KiB)`);
console.log(
  `extract: ingest bundle import in a fresh node: median of 5 ${bundle.loadMedian.toFixed(0)} ms (target <= 250 ms)`,
);
