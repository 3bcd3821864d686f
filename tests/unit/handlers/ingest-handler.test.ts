import { afterEach, describe, expect, it, vi } from 'vitest';
import { lambdaContext } from '../../../cli/local/lambda-context.js';
import { extractArticle } from '../../../functions/domain/extract/extract-article.js';
import { createIngestHandler } from '../../../functions/handlers/ingest-handler.js';
import { logger } from '../../../functions/shared/logger.js';
import { fixedClock, MemoryArticles, MemorySources, MemoryStore } from '../../helpers/fakes.js';
import { s3CreatedBody, sqsEvent } from '../../helpers/sqs-events.js';

afterEach(() => {
  vi.restoreAllMocks();
  logger.setLogLevel('WARN');
});

describe('the ingest log line', () => {
  it('carries a file name holding an escape sequence escaped, never the raw ESC', async () => {
    const key = 'inbox/\u001b[31mred\u202e.txt';
    const text = 'On 12 November 2026 Azerbaijan and Georgia signed a memorandum on teacher training.';
    const store = new MemoryStore();
    store.objects.set(key, {
      bytes: new TextEncoder().encode(text),
      type: 'text/plain',
      metadata: {},
      at: new Date(),
    });
    const deps = {
      store,
      articles: new MemoryArticles(),
      sources: new MemorySources(),
      extract: extractArticle,
      clock: fixedClock(),
      timeZone: 'Asia/Baku',
      maxBytes: 1_000_000,
    };
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    logger.setLogLevel('INFO');
    const handler = createIngestHandler(deps);
    await handler(sqsEvent(s3CreatedBody('bucket', key, text.length)) as never, lambdaContext('ingest'));
    const line = written.find((l) => l.includes('"ingested"')) ?? '';
    expect(JSON.parse(line).key).toBe('inbox/\\x1b[31mred\\u202e.txt');
    expect(line).not.toContain('\u202e');
    expect(line).not.toContain('\\u001b');
    expect((await deps.sources.get(key))?.status).toBe('ok');
  });
});
