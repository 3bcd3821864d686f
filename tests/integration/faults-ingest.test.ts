import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { LocalQueue, type SqsHandler } from '../../cli/local/local-queue.js';
import { replayDeadLetters } from '../../cli/local/replay.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { articleText } from '../fixtures/bad-input/articles.js';
import { type FaultProxy, startFaultProxy } from '../helpers/fault-proxy.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';
import { tempDir } from '../helpers/temp-dir.js';
import { waitFor } from '../helpers/wait-for.js';

let config: Config;
let direct: Config;
let dynamo: FaultProxy;
let s3: FaultProxy;
let handler: SqsHandler;

/** The handler's view goes through the proxies; the test reads the truth straight from the emulators. */
beforeAll(async () => {
  const endpoints = inject('emulators');
  dynamo = await startFaultProxy(endpoints.dynamo);
  // Only object reads fail: the test's own uploads (PUT) still reach the bucket.
  s3 = await startFaultProxy(endpoints.s3, (req) => req.method === 'GET' || req.method === 'HEAD');
  config = await useEmulators('faults-ingest', { DYNAMODB_ENDPOINT: dynamo.url, S3_ENDPOINT: s3.url });
  direct = { ...config, DYNAMODB_ENDPOINT: endpoints.dynamo, S3_ENDPOINT: endpoints.s3 };
  ({ handler } = (await import('../../functions/handlers/ingest.js')) as unknown as { handler: SqsHandler });
});
afterAll(async () => {
  await dynamo.close();
  await s3.close();
});

async function drop(key: string, text: string): Promise<string> {
  const put = await makeS3Client(direct).send(
    new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: text }),
  );
  return s3CreatedBody(config.BUCKET_NAME, key, Buffer.byteLength(text), put.ETag);
}

/** Powertools throws when every record failed; SQS sees that as the whole batch failing. */
async function invoke(event: SQSEvent): Promise<string[]> {
  try {
    const out = (await handler(event, lambdaContext('ingest'))) as SQSBatchResponse;
    return out.batchItemFailures.map((f) => f.itemIdentifier);
  } catch {
    return event.Records.map((r) => r.messageId);
  }
}

const source = async (key: string) =>
  (
    await makeDocumentClient(direct).send(
      new GetCommand({ TableName: config.TABLE_NAME, Key: { pk: `SOURCE#${key}`, sk: 'SOURCE' } }),
    )
  ).Item;

async function articleItems(id: string) {
  const out = await makeDocumentClient(direct).send(
    new ScanCommand({
      TableName: config.TABLE_NAME,
      FilterExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `ARTICLE#${id}` },
    }),
  );
  return out.Items ?? [];
}

describe('ingest with failing infrastructure', () => {
  it('reports the message as failed while DynamoDB is down, then records it once when it is back', async () => {
    const event = sqsEvent(await drop('inbox/dynamo-down.txt', articleText(60)));
    dynamo.fail(503);
    expect(await invoke(event)).toEqual([event.Records[0]?.messageId]);
    expect(dynamo.failed).toBeGreaterThanOrEqual(3); // the SDK retried before giving up
    dynamo.heal();
    expect(await source('inbox/dynamo-down.txt')).toBeUndefined();
    expect(await invoke(event)).toEqual([]);
    expect(await invoke(event)).toEqual([]); // and a redelivery changes nothing
    const record = await source('inbox/dynamo-down.txt');
    expect(record).toMatchObject({ status: 'ok' });
    expect(await articleItems(String(record?.articleId))).toHaveLength(1);
  });

  it('rides out a brief DynamoDB blip through the SDK retries alone', async () => {
    const event = sqsEvent(await drop('inbox/dynamo-blip.txt', articleText(61)));
    dynamo.failNext(2, 500);
    expect(await invoke(event)).toEqual([]);
    expect(await source('inbox/dynamo-blip.txt')).toMatchObject({ status: 'ok' });
  });

  it('fails the message on S3 read errors and records it once S3 answers again', async () => {
    const event = sqsEvent(await drop('inbox/s3-errors.txt', articleText(62)));
    s3.fail(500);
    expect(await invoke(event)).toHaveLength(1);
    s3.heal();
    expect(await source('inbox/s3-errors.txt')).toBeUndefined();
    expect(await invoke(event)).toEqual([]);
    expect(await source('inbox/s3-errors.txt')).toMatchObject({ status: 'ok' });
  });

  it('waits out a stalled DynamoDB without losing the message', async () => {
    const event = sqsEvent(await drop('inbox/dynamo-stall.txt', articleText(63)));
    dynamo.stall();
    const pending = invoke(event);
    // Healed only once the handler is really waiting on a held DynamoDB request.
    await waitFor(() => dynamo.stalled > 0, { what: 'a DynamoDB request held by the stall' });
    dynamo.heal();
    expect(await pending).toEqual([]);
    expect(await source('inbox/dynamo-stall.txt')).toMatchObject({ status: 'ok' });
  });

  it('parks a message that keeps failing in the DLQ with its body, and the replay ingests it once', async () => {
    const state = tempDir('bulletin-faults-');
    const dlqDir = join(state, 'dlq', 'ingest');
    const queue = new LocalQueue('ingest', handler, { dlqDir, backoffMs: 20, maxReceiveCount: 3 });
    const body = await drop('inbox/poison.txt', articleText(64));
    dynamo.fail(503);
    queue.send(body);
    await queue.drain();
    const parked = readdirSync(dlqDir).map((f) => JSON.parse(readFileSync(join(dlqDir, f), 'utf8')));
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({ body, receiveCount: 3 });
    dynamo.heal();
    expect(await source('inbox/poison.txt')).toBeUndefined();

    expect(replayDeadLetters(state, { ingest: queue })).toEqual({ ingest: 1 });
    await queue.drain();
    expect(readdirSync(dlqDir)).toEqual([]);
    const record = await source('inbox/poison.txt');
    expect(record).toMatchObject({ status: 'ok' });
    expect(await articleItems(String(record?.articleId))).toHaveLength(1);
  });
});
