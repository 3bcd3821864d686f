import { HeadBucketCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { inboxKeyProblem } from '../../cli/local/key-limits.js';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { DynamoSourceRepository } from '../../functions/adapters/dynamo-article-repository.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';

const ARTICLE = `On 17 November 2026 the Minister of Science and Education Emin Amrullayev met the Ambassador of
Hungary. Two memoranda of understanding on scholarships were signed between universities of Azerbaijan and Hungary.`;

let config: Config;
let s3: S3Client;

beforeAll(async () => {
  config = await useEmulators('key-limits');
  s3 = makeS3Client(config);
});

/** The longest name the local system takes: its rejected copy and the reason beside it must fit too. */
function longestName(ext: string): string {
  let name = `${'n'.repeat(150)}${ext}`;
  while (!inboxKeyProblem(`inbox/x${name}`)) name = `x${name}`;
  return name;
}

describe('file names the local S3 emulator cannot keep', () => {
  it('a 250-byte name is refused before it reaches s3rver, which keeps answering', async () => {
    const key = `inbox/${'ə'.repeat(121)}.txt`; // 242 + 4 bytes
    expect(Buffer.byteLength(key)).toBe(6 + 246);
    expect(inboxKeyProblem(key)).toMatch(/^name-too-long: .* has 246 bytes; .* at most 221 bytes per name/);
    const put = s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: 'text' }));
    await expect(put).rejects.toMatchObject({ name: 'KeyTooLongError' });
    await s3.send(new HeadBucketCommand({ Bucket: config.BUCKET_NAME }));
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: config.BUCKET_NAME, Prefix: 'inbox/' }));
    expect(listed.$metadata.httpStatusCode).toBe(200);
  });

  it.each([
    ['an article', '.txt', ARTICLE, 'ok'],
    [
      'a refused file (copied under rejected/ with its reason)',
      '.bin',
      '\u0000\u0001\u0002binary',
      'rejected',
    ],
  ])('the longest accepted name works end to end for %s', async (_what, ext, body, status) => {
    const key = `inbox/${longestName(ext)}`;
    expect(inboxKeyProblem(key)).toBeNull();
    const out = await s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: body }));
    const { handler } = await import('../../functions/handlers/ingest.js');
    const event = sqsEvent(s3CreatedBody(config.BUCKET_NAME, key, Buffer.byteLength(body), out.ETag));
    const response = (await handler(event, lambdaContext('ingest'))) as SQSBatchResponse;
    expect(response.batchItemFailures).toEqual([]);
    const sources = new DynamoSourceRepository(makeDocumentClient(config), config.TABLE_NAME);
    expect(await sources.get(key)).toMatchObject({ status });
  });
});
