import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { capturedEmails } from '../../cli/local/mailbox.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo-subscriber-repository.js';
import { subscriberIdFor } from '../../functions/domain/subscription/subscriber-id.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { articleText } from '../fixtures/bad-input/articles.js';
import { type FaultProxy, startFaultProxy } from '../helpers/fault-proxy.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';

type Handler = (event: unknown, context: unknown) => Promise<SQSBatchResponse>;
const run = Date.now().toString(36);
let config: Config;
let ses: FaultProxy;
let deliver: Handler;

// Only SendEmail goes through the faults: the SDK's retries of it are counted and failed like the first try.
const isSend = (req: { method?: string; url?: string }) =>
  req.method === 'POST' && (req.url ?? '').includes('/outbound-emails');

async function subscribe(prefix: string, n: number): Promise<string[]> {
  const repo = new DynamoSubscriberRepository(makeDocumentClient(config), config.TABLE_NAME);
  const now = new Date().toISOString();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const email = `${prefix}-${i}-${run}@example.org`;
    ids.push(subscriberIdFor(email));
    await repo.put({
      id: subscriberIdFor(email),
      email,
      edition: 'en',
      name: null,
      status: 'active',
      createdAt: now,
      updatedAt: now,
    });
  }
  return ids;
}

/** Emails each address of this run received, read from the SES emulator itself (not through the proxy). */
async function inbox(prefix: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const m of await capturedEmails(inject('emulators').ses)) {
    const to = m.destination.to[0] ?? '';
    if (to.startsWith(`${prefix}-`) && to.endsWith(`-${run}@example.org`))
      counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

async function invoke(job: DeliveryJob): Promise<number> {
  try {
    return (await deliver(sqsEvent(JSON.stringify(job)), lambdaContext('deliver'))).batchItemFailures.length;
  } catch {
    return 1; // every record failed: Powertools throws, SQS retries the whole batch
  }
}

beforeAll(async () => {
  ses = await startFaultProxy(inject('emulators').ses, isSend);
  config = await useEmulators('faults-deliver', { SES_ENDPOINT: ses.url });
  const s3 = makeS3Client(config);
  const { handler: ingest } = (await import('../../functions/handlers/ingest.js')) as unknown as {
    handler: Handler;
  };
  const text = articleText(70);
  const put = await s3.send(
    new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: 'inbox/a.txt', Body: text }),
  );
  await ingest(
    sqsEvent(s3CreatedBody(config.BUCKET_NAME, 'inbox/a.txt', text.length, put.ETag)),
    lambdaContext('i'),
  );
  const { createCompileHandler } = await import('../../functions/handlers/compile-handler.js');
  const { makeReviewDeps } = await import('../../functions/composition/compile.js');
  // Compile only: the jobs are built by each test for its own subscribers.
  const compile = createCompileHandler(
    makeReviewDeps(config, { enqueue: async () => undefined }),
    'Asia/Baku',
  );
  // articleText(70) reports an event of 17 November 2026: week 47.
  expect(await compile({ week: '2026-W47', send: false }, lambdaContext('compile'))).toMatchObject({
    status: 'compiled',
  });
  ({ handler: deliver } = (await import('../../functions/handlers/deliver.js')) as unknown as {
    handler: Handler;
  });
});
afterAll(() => ses.close());

describe('delivery with SES failing', () => {
  it('fails the job while SES errors, sends nothing twice, and a rerun gives each subscriber one email', async () => {
    const job = { week: '2026-W47', subscriberIds: await subscribe('down', 4) };
    ses.fail(500);
    expect(await invoke(job)).toBe(1);
    expect(ses.failed).toBeGreaterThanOrEqual(4 * 3); // each send tried three times by the SDK
    expect((await inbox('down')).size).toBe(0);
    ses.heal();
    expect(await invoke(job)).toBe(0);
    expect(await invoke(job)).toBe(0); // a duplicate of the job finds every claim taken
    const got = await inbox('down');
    expect(got.size).toBe(4);
    expect([...got.values()].every((n) => n === 1)).toBe(true);
  });

  it('stops delivery midway and runs it again: every subscriber has exactly one email', async () => {
    const n = 7;
    const k = 3;
    const job = { week: '2026-W47', subscriberIds: await subscribe('midway', n) };
    ses.failAfter(k, 503);
    expect(await invoke(job)).toBe(1);
    expect((await inbox('midway')).size).toBe(k);
    ses.heal();
    expect(await invoke(job)).toBe(0);
    const got = await inbox('midway');
    expect(got.size).toBe(n);
    expect([...got.values()].every((c) => c === 1)).toBe(true);
  });
});
