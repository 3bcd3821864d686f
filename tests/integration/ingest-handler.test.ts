import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';

const ARTICLE = `Azerbaijan and Kazakhstan sign university memoranda

On 10 November 2026, the Minister of Science and Education of Azerbaijan Emin Amrullayev met the Minister of
Science and Higher Education of Kazakhstan in Baku. Twelve memoranda of understanding were signed between
universities of the two countries on joint degree programmes and student exchange.

The sides agreed to hold a forum of rectors next spring.
`;

let config: Config;
let s3: S3Client;
let handler: (event: unknown, context: unknown) => Promise<SQSBatchResponse>;

async function drop(key: string, body: string | Uint8Array) {
  const out = await s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: body }));
  return s3CreatedBody(
    config.BUCKET_NAME,
    key,
    typeof body === 'string' ? Buffer.byteLength(body) : body.length,
    out.ETag,
  );
}

async function source(key: string) {
  const out = await makeDocumentClient(config).send(
    new GetCommand({ TableName: config.TABLE_NAME, Key: { pk: `SOURCE#${key}`, sk: 'SOURCE' } }),
  );
  return out.Item;
}

beforeAll(async () => {
  config = await useEmulators('ingest');
  s3 = makeS3Client(config);
  ({ handler } = (await import('../../functions/handlers/ingest.js')) as unknown as {
    handler: typeof handler;
  });
});

describe('ingest handler (SQS of S3 events) against the emulators', () => {
  it('stores the article in S3 and DynamoDB and records the source as ok, for a key S3 had to encode', async () => {
    const key = 'inbox/Kazakhstan news 10 noyabr ü+ə.txt';
    const response = await handler(sqsEvent(await drop(key, ARTICLE)), lambdaContext('ingest'));
    expect(response.batchItemFailures).toEqual([]);
    const record = await source(key);
    expect(record).toMatchObject({ status: 'ok', language: 'en', reason: null });
    const stored = await s3.send(
      new GetObjectCommand({ Bucket: config.BUCKET_NAME, Key: `articles/${record?.articleId}.json` }),
    );
    const article = JSON.parse(await (stored.Body?.transformToString() ?? '')) as {
      eventDate: string;
      countries: string[];
    };
    expect(article.eventDate).toBe('2026-11-10');
    expect(article.countries).toContain('KZ');
    const item = await makeDocumentClient(config).send(
      new GetCommand({
        TableName: config.TABLE_NAME,
        Key: { pk: `ARTICLE#${record?.articleId}`, sk: 'ARTICLE' },
      }),
    );
    expect(item.Item).toMatchObject({ week: '2026-W46', weekPk: 'WEEK#2026-W46', language: 'en' });
    expect(item.Item?.text).toBeUndefined();
  });

  it('marks the same text dropped again, with other whitespace, as a duplicate', async () => {
    const key = 'inbox/kazakhstan-copy.txt';
    await handler(
      sqsEvent(await drop(key, ARTICLE.replace(/\n/g, '\r\n').replace(/ /g, '  '))),
      lambdaContext('ingest'),
    );
    expect(await source(key)).toMatchObject({ status: 'duplicate' });
  });

  it('refuses a binary file with a reason, keeps a copy under rejected/, and goes on with the batch', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
    const bad = await drop('inbox/photo.txt', png);
    const good = await drop('inbox/second.txt', ARTICLE.replace('Twelve', 'Fourteen'));
    const response = await handler(sqsEvent(bad, good), lambdaContext('ingest'));
    expect(response.batchItemFailures).toEqual([]);
    const rejected = await source('inbox/photo.txt');
    expect(rejected?.status).toBe('rejected');
    expect(String(rejected?.reason)).toMatch(/unsupported-format/);
    const copy = await s3.send(
      new GetObjectCommand({ Bucket: config.BUCKET_NAME, Key: 'rejected/photo.txt' }),
    );
    expect(Buffer.from(await (copy.Body?.transformToByteArray() ?? new Uint8Array()))).toEqual(
      Buffer.from(png),
    );
    expect((await source('inbox/second.txt'))?.status).toBe('ok');
  });

  it('reports only the broken message as a batch item failure', async () => {
    const good = await drop('inbox/third.txt', ARTICLE.replace('Twelve', 'Sixteen'));
    const event = sqsEvent('{"not":"an s3 event"}', good);
    const response = await handler(event, lambdaContext('ingest'));
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: event.Records[0]?.messageId }]);
    expect((await source('inbox/third.txt'))?.status).toBe('ok');
  });

  it('acknowledges the s3:TestEvent S3 sends when the notification is set up', async () => {
    const body = JSON.stringify({
      Service: 'Amazon S3',
      Event: 's3:TestEvent',
      Time: new Date().toISOString(),
      Bucket: 'b',
    });
    const response = await handler(sqsEvent(body), lambdaContext('ingest'));
    expect(response.batchItemFailures).toEqual([]);
  });
});
