// `npm run bench:deliver`: 5,000 active subscribers receive one bulletin through the local SES, via the real
// compile and deliver handlers and a local delivery queue. The emulators run in a process of their own, as the
// AWS services are remote. Prints emails per second; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalQueue, type SqsHandler } from '../cli/local/local-queue.js';
import { provision } from '../cli/local/provision.js';
import { localEnv } from '../cli/local/runtime.js';
import { DynamoDeliveryLedger } from '../functions/adapters/dynamo-delivery-ledger.js';
import { DynamoSubscriberRepository } from '../functions/adapters/dynamo-subscriber-repository.js';
import type { Edition } from '../functions/domain/i18n/language.js';
import { makeDocumentClient } from '../functions/shared/clients.js';
import { parseConfig } from '../functions/shared/config.js';
import { newSubscriber } from '../functions/use-cases/new-subscriber.js';
import { startEmulatorProcess, stopEmulatorProcess } from './emulators.js';
import { ingestSample } from './sample.js';

const COUNT = Number(process.env.BENCH_SUBSCRIBERS ?? 5000);
const WEEK = '2026-W46';
const dir = mkdtempSync(join(tmpdir(), 'bulletin-bench-deliver-'));
// S3 + DynamoDB in one process, SES in another: each service has a core to itself, as in AWS.
const data = await startEmulatorProcess(join(dir, 'data'));
const mail = await startEmulatorProcess(join(dir, 'mail'));
const child = data.child;
const endpoints = { ...data.endpoints, ses: mail.endpoints.ses };
try {
  Object.assign(process.env, localEnv(dir, endpoints, 8787));
  const config = parseConfig(process.env);
  await provision(config);
  await ingestSample(config, 'examples/kazakhstan-universities-memoranda-en.txt');
  const doc = makeDocumentClient(config);
  const subscribers = new DynamoSubscriberRepository(doc, config.TABLE_NAME);
  const editions: Edition[] = ['az', 'en', 'both'];
  const now = new Date().toISOString();
  let next = 0;
  const add = async () => {
    for (let i = next++; i < COUNT; i = next++) {
      const email = `reader-${i}@example.org`;
      const edition = editions[i % 3] ?? 'both';
      await subscribers.put(newSubscriber(email, edition, now));
    }
  };
  await Promise.all(Array.from({ length: 16 }, add));
  const active = (await subscribers.listByStatus('active')).length;

  const { handler: deliver } = await import('../functions/handlers/deliver.js');
  const queue = new LocalQueue('deliver', deliver as SqsHandler, { dlqDir: join(dir, 'dlq', 'deliver') });
  const { createCompileHandler } = await import('../functions/handlers/compile-handler.js');
  const { makeReviewDeps } = await import('../functions/composition/compile.js');
  const { lambdaContext } = await import('../cli/local/lambda-context.js');
  const compile = createCompileHandler(
    makeReviewDeps(config, {
      enqueue: async (jobs) => jobs.forEach((j) => void queue.send(JSON.stringify(j))),
    }),
    config.TIME_ZONE,
  );
  const compileStart = performance.now();
  await compile({ week: WEEK, send: true }, lambdaContext('compile'));
  const start = performance.now();
  const cpu = process.cpuUsage();
  await queue.drain();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  console.log(
    `deliver: this process used ${(((used.user + used.system) / 1e6 / seconds) * 100).toFixed(0)}% of a core`,
  );
  const sent = await new DynamoDeliveryLedger(doc, config.TABLE_NAME).countSent(WEEK);
  console.log(
    `deliver: compile and queueing ${((start - compileStart) / 1000).toFixed(1)} s (not counted below)`,
  );
  console.log(
    `deliver: ${sent} emails through the local SES in ${seconds.toFixed(1)} s: ${(sent / seconds).toFixed(0)} emails/s (target >= 200/s)`,
  );
  console.log(`deliver: sent ${sent} = active subscribers ${active}: ${sent === active ? 'yes' : 'NO'}`);
} finally {
  await Promise.all([stopEmulatorProcess(child), stopEmulatorProcess(mail.child)]);
  rmSync(dir, { recursive: true, force: true });
}
