import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { HOSTILE_KINDS } from '../helpers/hostile-files.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsRecord } from '../helpers/sqs-events.js';

// Issue 16: one hostile file in a batch of ten (the ingest queue's batch size) is answered for itself, and the
// other files of the batch are stored; a message that cannot be handled at all fails alone, and only it is
// handed back to the queue (partial batch response).

const article = (city: string) => `Azerbaijan and Kazakhstan sign university memoranda in ${city}

On 10 November 2026, the Minister of Science and Education of Azerbaijan Emin Amrullayev met the Minister of
Science and Higher Education of Kazakhstan in ${city}. Twelve memoranda of understanding were signed between
universities of the two countries on joint degree programmes and student exchange.

The sides agreed to hold a forum of rectors in ${city} next spring.
`;
const hostile = (name: string) => {
  const kind = HOSTILE_KINDS.find((k) => k.name === name);
  if (!kind) throw new Error(name);
  return kind;
};

let config: Config;
let s3: S3Client;
let response: SQSBatchResponse;
const okKeys = ['inbox/baku.txt', 'inbox/astana.txt', 'inbox/ganja.txt'];
const hostileKeys = ['inbox/bomb.docx', 'inbox/elements.html', 'inbox/runs.pdf'];
let badMessageId = '';

async function source(key: string) {
  const out = await makeDocumentClient(config).send(
    new GetCommand({ TableName: config.TABLE_NAME, Key: { pk: `SOURCE#${key}`, sk: 'SOURCE' } }),
  );
  return out.Item;
}

beforeAll(async () => {
  config = await useEmulators('ingest-isolation');
  s3 = makeS3Client(config);
  const { handler } = (await import('../../functions/handlers/ingest.js')) as unknown as {
    handler: (event: unknown, context: unknown) => Promise<SQSBatchResponse>;
  };
  const files: [string, Uint8Array][] = [
    [okKeys[0] ?? '', new TextEncoder().encode(article('Baku'))],
    [hostileKeys[0] ?? '', hostile('docx-lying-1.5mb').make()],
    [okKeys[1] ?? '', new TextEncoder().encode(article('Astana'))],
    [hostileKeys[1] ?? '', hostile('html-elements').make()],
    [hostileKeys[2] ?? '', hostile('pdf-runs-in-place').make()],
    [okKeys[2] ?? '', new TextEncoder().encode(article('Ganja'))],
  ];
  const records = [];
  for (const [key, body] of files) {
    const put = await s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: body }));
    records.push(sqsRecord(s3CreatedBody(config.BUCKET_NAME, key, body.length, put.ETag)));
  }
  // A message no handler can read (not an S3 event): it fails, alone.
  const bad = sqsRecord('{"not":"an S3 event"}');
  badMessageId = bad.messageId;
  records.splice(3, 0, bad);
  response = await handler({ Records: records }, lambdaContext('ingest'));
}, 120_000);

describe('one hostile file in an ingest batch', () => {
  it('hands back only the message that could not be handled', () => {
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: badMessageId }]);
  });

  it('refuses each hostile file with its reason, recorded and kept under rejected/', async () => {
    for (const key of hostileKeys) {
      const record = await source(key);
      expect(record).toMatchObject({ status: 'rejected' });
      expect(record?.reason).toMatch(/^too-large: /u);
    }
  });

  it('stores every other file of the batch', async () => {
    for (const key of okKeys) {
      const record = await source(key);
      expect(record).toMatchObject({ status: 'ok', language: 'en' });
      const stored = await s3.send(
        new GetObjectCommand({ Bucket: config.BUCKET_NAME, Key: `articles/${record?.articleId}.json` }),
      );
      expect(await stored.Body?.transformToString()).toContain('memoranda');
    }
  });
});
