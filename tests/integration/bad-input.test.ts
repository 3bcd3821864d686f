import { createHash } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { sourceLine } from '../../cli/local/uploads.js';
import { DynamoSourceRepository } from '../../functions/adapters/dynamo-article-repository.js';
import type { SourceRecord } from '../../functions/domain/article/article-record.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { rejectedKeyFor } from '../../functions/shared/storage-keys.js';
import { CASES, SIZE_CAP } from '../fixtures/bad-input/cases.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';

type Handler = (event: unknown, context: unknown) => Promise<SQSBatchResponse>;

let config: Config;
let s3: S3Client;
let sources: DynamoSourceRepository;
const outcomes = new Map<string, { response: SQSBatchResponse; body: Uint8Array; event: string }>();

async function read(key: string): Promise<Uint8Array | null> {
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: config.BUCKET_NAME, Key: key }));
    return (await out.Body?.transformToByteArray()) ?? null;
  } catch {
    return null;
  }
}

/** Powertools throws when every record of a batch failed: that is a failure of this one message. */
async function invoke(handler: Handler, ...bodies: string[]): Promise<SQSBatchResponse> {
  try {
    return await handler(sqsEvent(...bodies), lambdaContext('ingest'));
  } catch (error) {
    const causes = (error as { errors?: unknown[] }).errors ?? [];
    if (process.env.DEBUG_BAD_INPUT) console.error(causes);
    return { batchItemFailures: [{ itemIdentifier: `all: ${(error as Error).message}` }] };
  }
}

// Every case goes through the real handler, one SQS message each, in table order (a duplicate follows its
// original): exactly what the bucket notification would deliver.
beforeAll(async () => {
  config = await useEmulators('bad-input', { MAX_UPLOAD_BYTES: String(SIZE_CAP) });
  s3 = makeS3Client(config);
  sources = new DynamoSourceRepository(makeDocumentClient(config), config.TABLE_NAME);
  const { handler } = (await import('../../functions/handlers/ingest.js')) as unknown as { handler: Handler };
  for (const c of CASES) {
    const body = c.body();
    const put = await s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: c.key, Body: body }));
    const event = s3CreatedBody(config.BUCKET_NAME, c.key, body.length, put.ETag);
    outcomes.set(c.key, { response: await invoke(handler, event), body, event });
  }
}, 120_000);

describe(`bad input through the ingest handler (${CASES.length} cases)`, () => {
  it('has a distinct key per case', () => {
    expect(new Set(CASES.map((c) => c.key)).size).toBe(CASES.length);
  });

  it.each(CASES)('$name -> $expect.status $expect.code', async (c) => {
    const outcome = outcomes.get(c.key);
    // Bad input is recorded, never thrown: the message must not come back as a batch item failure.
    expect(outcome?.response.batchItemFailures).toEqual([]);
    const record = await sources.get(c.key);
    expect(record?.status).toBe(c.expect.status);
    if (c.expect.status === 'ok') {
      expect(record?.reason).toBeNull();
      expect(record?.articleId).toBeTruthy();
      return;
    }
    expect(record?.reason).toMatch(new RegExp(`^${c.expect.code}: .+`));
    if (c.expect.status === 'duplicate') return;
    const target = rejectedKeyFor(c.key);
    expect(Buffer.byteLength(`${target}.reason.json`)).toBeLessThanOrEqual(1024);
    // The refused file is kept byte for byte, with its reason beside it.
    expect(sha256(await read(target))).toBe(sha256(outcome?.body ?? null));
    const reason = JSON.parse(Buffer.from((await read(`${target}.reason.json`)) ?? []).toString('utf8'));
    expect(reason).toEqual({ key: c.key, reason: record?.reason });
  });

  it('leaves exactly one SOURCE record per dropped key, and status lists each with its reason', async () => {
    const all = await sources.list();
    expect(all.map((s) => s.key).sort()).toEqual(CASES.map((c) => c.key).sort());
    const lines = new Map(all.map((s) => [s.key, sourceLine(s)]));
    for (const c of CASES) {
      const line = lines.get(c.key) ?? '';
      expect(line.startsWith(c.expect.status)).toBe(true);
      if (c.expect.status === 'rejected') expect(line).toContain(`${c.key}: ${c.expect.code}: `);
    }
  });

  it('keeps the same records when SQS delivers every message again', async () => {
    const before = new Map((await sources.list()).map((s) => [s.key, s]));
    const { handler } = (await import('../../functions/handlers/ingest.js')) as unknown as {
      handler: Handler;
    };
    const events = [...outcomes.values()].map((o) => o.event);
    for (let i = 0; i < events.length; i += 10) {
      const response = await invoke(handler, ...events.slice(i, i + 10));
      expect(response.batchItemFailures).toEqual([]);
    }
    const after = await sources.list();
    expect(after).toHaveLength(CASES.length);
    for (const s of after) expect(pick(s)).toEqual(pick(before.get(s.key)));
  });

  it('stores the article with <script> and javascript: links as text with no markup left to execute', async () => {
    const record = await sources.get('inbox/xss.html');
    const stored = JSON.parse(
      Buffer.from((await read(`articles/${record?.articleId}.json`)) ?? []).toString('utf8'),
    ) as { text: string; title: string; summary: string };
    for (const field of [stored.text, stored.title, stored.summary]) {
      expect(field).not.toMatch(/[<>]|javascript:|alert\(|onerror|onload|document\.cookie/i);
    }
    expect(stored.title).toBe('Azerbaijan and Estonia sign a protocol on digital education');
    expect(stored.text).toContain('Read the protocol.');
    expect(stored.text).toContain('The sides also agreed on a joint summer school.');
  });
});

// Hashes, not a deep equality that would walk 6 MB byte by byte.
const sha256 = (b: Uint8Array | null) => b && createHash('sha256').update(b).digest('hex');
const pick = (s: SourceRecord | undefined) =>
  s && { status: s.status, reason: s.reason, articleId: s.articleId };
