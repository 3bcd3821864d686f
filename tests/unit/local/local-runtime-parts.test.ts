import { describe, expect, it } from 'vitest';
import { LocalQueue } from '../../../cli/local/local-queue.js';
import { encodeS3EventKey } from '../../../cli/local/s3-notifications.js';
import { keyForPath } from '../../../cli/local/server.js';
import { decodeS3Key } from '../../../functions/handlers/ingest-event.js';
import { rateLimiter } from '../../../functions/use-cases/rate-limiter.js';

describe('S3 event keys', () => {
  it('are encoded as S3 does and decoded back by the handler', () => {
    const key = 'inbox/Sub dir/Məqalə 10+11 (final).txt';
    const encoded = encodeS3EventKey(key);
    expect(encoded).toBe('inbox/Sub+dir/M%C9%99qal%C9%99+10%2B11+(final).txt');
    expect(decodeS3Key(encoded)).toBe(key);
  });
});

describe('archive paths', () => {
  it('map to public keys only', () => {
    expect(keyForPath('/')).toBe('archive/index.html');
    expect(keyForPath('/bulletins/2026-W47/az.html')).toBe('bulletins/2026-W47/az.html');
    expect(keyForPath('/bulletins/2026-W47/')).toBe('bulletins/2026-W47/both.html');
    expect(keyForPath('/feeds/en.xml')).toBe('feeds/en.xml');
    expect(keyForPath('/bulletins/2026-W47/email/az.html')).toBeNull();
    expect(keyForPath('/articles/x.json')).toBeNull();
    expect(keyForPath('/../inbox/a.txt')).toBeNull();
  });
});

describe('LocalQueue', () => {
  it('retries failed records with their receive count and parks them after the last try', async () => {
    const seen: number[] = [];
    const dlq = `/tmp/bulletin-test-dlq-${process.pid}`;
    const queue = new LocalQueue(
      'q',
      async (event) => {
        const failures = [];
        for (const r of event.Records) {
          seen.push(Number(r.attributes.ApproximateReceiveCount));
          if (r.body === 'bad') failures.push({ itemIdentifier: r.messageId });
        }
        return { batchItemFailures: failures };
      },
      { dlqDir: dlq, backoffMs: 1, maxReceiveCount: 3 },
    );
    queue.send('good');
    queue.send('bad');
    await queue.drain();
    expect(seen.sort()).toEqual([1, 1, 2, 3]);
    const { readdirSync, rmSync } = await import('node:fs');
    expect(readdirSync(dlq)).toHaveLength(1);
    rmSync(dlq, { recursive: true, force: true });
  });
});

describe('rateLimiter', () => {
  it('spaces calls to the configured rate', async () => {
    const clock = 0;
    const waits: number[] = [];
    const realSetTimeout = globalThis.setTimeout;
    const limiter = rateLimiter(10, () => clock);
    globalThis.setTimeout = ((fn: () => void, ms: number) => {
      waits.push(ms);
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout;
    try {
      for (let i = 0; i < 3; i++) await limiter();
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    expect(waits).toEqual([100, 200]);
  });
});

describe('sourceLine', () => {
  it('prints a file name holding an escape sequence escaped, so status and dev cannot recolour the terminal', async () => {
    const { sourceLine } = await import('../../../cli/local/uploads.js');
    const base = {
      reason: null,
      articleId: null,
      etag: null,
      bytes: 1,
      language: null,
      title: null,
      partners: [],
      processedAt: '',
    };
    const rejected = sourceLine({
      ...base,
      key: 'inbox/\u001b[31mred\u202e.txt',
      status: 'rejected',
      reason: 'empty',
    });
    expect(rejected).toBe('rejected  inbox/\\x1b[31mred\\u202e.txt: empty');
    const ok = sourceLine({
      ...base,
      key: 'inbox/Şəki.txt',
      status: 'ok',
      language: 'az',
      title: 'Bakı\u0085',
      partners: ['Türkiyə'],
    });
    expect(ok).toBe('ok        az  inbox/Şəki.txt  "Bakı\\x85"  [Türkiyə]');
  });
});
