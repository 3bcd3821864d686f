import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import { makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { apiEvent } from '../helpers/api-events.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';

const SECRET_SENTENCE = 'The delegation toured the robotics laboratory of the Ganja State University campus';
const ARTICLE = `On 12 November 2026 Azerbaijan and Georgia signed a memorandum on teacher training in Tbilisi. ${SECRET_SENTENCE}.`;
const ADDRESS = 'private.person@example.org';

let config: Config;
const written: string[] = [];
const original = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  config = await useEmulators('logs', { EDITOR_ADDRESSES: 'editor-logs@example.org' });
  // Everything the handlers log, at the most talkative level.
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return original(chunk as string, ...(rest as []));
  }) as typeof process.stdout.write;
});

afterAll(() => {
  process.stdout.write = original;
});

describe('logs', () => {
  it('carry ids, keys and counts, but no email address and no article text, through the whole flow', async () => {
    const ctx = lambdaContext('flow');
    const { handler: api } = await import('../../functions/handlers/subscriptions.js');
    await api(apiEvent('POST', '/subscribe', { email: ADDRESS, edition: 'en' }) as never, ctx);
    const { handler: ingest } = await import('../../functions/handlers/ingest.js');
    const key = 'inbox/georgia.txt';
    const out = await makeS3Client(config).send(
      new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: ARTICLE }),
    );
    await ingest(
      sqsEvent(s3CreatedBody(config.BUCKET_NAME, key, ARTICLE.length, out.ETag), '{"broken":'),
      ctx,
    );
    const jobs: DeliveryJob[] = [];
    const { createCompileHandler } = await import('../../functions/handlers/compile-handler.js');
    const { makeReviewDeps } = await import('../../functions/composition/compile.js');
    const deps = makeReviewDeps(config, { enqueue: async (j) => void jobs.push(...j) });
    const compile = createCompileHandler(deps, 'Asia/Baku');
    // The editors' week: review copy, the review page, a correction, a test send, the approval.
    await compile({ week: '2026-W46', review: true }, ctx);
    const { createReviewHandler } = await import('../../functions/handlers/review-handler.js');
    const review = createReviewHandler(deps) as unknown as (e: unknown, c: unknown) => Promise<unknown>;
    const editor = deps.editors[0];
    if (!editor) throw new Error('no editor');
    const links = await deps.reviewLinks(editor, '2026-W46');
    const query = new URL(links.page).search;
    const [article] = await deps.articles.listWeek('2026-W46');
    await review(apiEvent('GET', `/review${query}`), ctx);
    await review(
      apiEvent('POST', `/review/correct${query}`, { articleId: article?.id ?? '', eventDate: '2026-11-13' }),
      ctx,
    );
    await review(apiEvent('POST', `/review/test${query}`, { address: 'tester-logs@example.org' }), ctx);
    await review(apiEvent('POST', `/review/approve${query}`), ctx);
    await compile({ checkOverdue: true }, ctx);
    const trail = (await deps.reviewLog.list('2026-W46')).map((a) => a.action);
    expect(trail).toEqual(['review-requested', 'correct', 'test-send', 'approve']);
    const { handler: deliver } = await import('../../functions/handlers/deliver.js');
    await deliver(sqsEvent(...jobs.map((j) => JSON.stringify(j))), ctx);

    const logs = written.join('');
    expect(logs).toContain('ingested');
    expect(logs).not.toContain(ADDRESS);
    expect(logs).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(logs).not.toContain('robotics laboratory');
  });
});
