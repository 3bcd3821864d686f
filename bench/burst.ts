// `npm run bench:burst [-- --files N]`: drops N files (default 1,000) at once into the local system (s3rver
// notifications -> local SQS queue -> the real ingest handler), waits for every SOURCE record, and prints the
// throughput against a floor: the same number of bare S3 GetObject + DynamoDB PutItem calls on the same
// emulators. Fails (exit 1) only if a dropped file does not end with exactly one correct SOURCE record.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

// s3rver pages ListObjectsV2 with DES (OpenSSL legacy provider): the flag must be there at process start.
const flag = '--openssl-legacy-provider';
if (!process.execArgv.includes(flag) && !(process.env.NODE_OPTIONS ?? '').includes(flag)) {
  const child = spawnSync(process.execPath, [flag, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';

const { GetObjectCommand } = await import('@aws-sdk/client-s3');
const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
const { openLocalSystem } = await import('../cli/local/runtime.js');
const { waitForSources } = await import('../cli/local/uploads.js');
const { makeDocumentClient, makeS3Client } = await import('../functions/shared/clients.js');
const { burstFiles, burstRecords, checkBurst, dropAll } = await import(
  '../tests/fixtures/bad-input/burst-files.js'
);

const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' } } });
const n = Number(values.files);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** `count` tasks run `concurrency` at a time. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) await task(i);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const state = mkdtempSync(join(tmpdir(), 'bulletin-bench-burst-'));
const system = await openLocalSystem(state, { attach: false });
try {
  const files = burstFiles(n);
  const start = performance.now();
  const uploads = await dropAll(system, files);
  const uploaded = performance.now();
  const waited = await waitForSources(system, uploads, 30 * 60_000);
  const done = performance.now();
  const records = await burstRecords(system, files);
  const problems = checkBurst(files, records);

  // The floor: what the same emulators give for one read of each file and one table write, no processing.
  // Concurrency 20 = the local ingest queue's 2 concurrent batches of 10 records.
  const s3 = makeS3Client(system.config);
  const doc = makeDocumentClient(system.config);
  const floorStart = performance.now();
  await pool(n, 20, async (i) => {
    const out = await s3.send(
      new GetObjectCommand({ Bucket: system.config.BUCKET_NAME, Key: uploads[i]?.key }),
    );
    await out.Body?.transformToByteArray();
    await doc.send(
      new PutCommand({
        TableName: system.config.TABLE_NAME,
        Item: { pk: `FLOOR#${i}`, sk: 'FLOOR', kind: 'FLOOR' },
      }),
    );
  });
  const floor = performance.now() - floorStart;

  const count = (s: string) => records.filter((r) => r.status === s).length;
  const total = done - start;
  console.log(`files dropped:      ${n} (PutObject, concurrency 16, ${seconds(uploaded - start)} s)`);
  console.log(
    `processed:          ${waited.filter(Boolean).length}/${n} with a SOURCE record (ok ${count('ok')}, duplicate ${count('duplicate')}, rejected ${count('rejected')})`,
  );
  console.log(`drop to last record: ${seconds(total)} s = ${(n / (total / 1000)).toFixed(1)} articles/s`);
  console.log(
    `floor (GetObject + PutItem x ${n}, concurrency 20): ${seconds(floor)} s = ${(n / (floor / 1000)).toFixed(1)} /s`,
  );
  console.log(`ratio to the floor: ${(total / floor).toFixed(1)}x`);
  console.log(
    problems.length === 0
      ? 'nothing lost: every key has exactly one correct SOURCE record'
      : problems.join('\n'),
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
} finally {
  await system.stop();
  rmSync(state, { recursive: true, force: true });
}
