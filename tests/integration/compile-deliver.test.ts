import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { capturedEmails } from '../../cli/local/mailbox.js';
import { DynamoBulletinRepository } from '../../functions/adapters/dynamo-bulletin-repository.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo-subscriber-repository.js';
import type { Edition } from '../../functions/domain/i18n/language.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { newSubscriber } from '../../functions/use-cases/new-subscriber.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';

const EN = `On 17 November 2026 Azerbaijan's Minister of Science and Education Emin Amrullayev and the Minister of
National Education of Türkiye signed a protocol on vocational education in Baku.`;
const AZ = `2026-cı il noyabrın 19-da Elm və Təhsil Nazirliyində Macarıstan ilə təqaüd proqramı imzalanıb. Elm və təhsil
naziri Emin Əmrullayev Macarıstanın səfiri ilə görüşüb.`;

let config: Config;
const run = Date.now().toString(36);
const address = (edition: Edition) => `reader-${edition}-${run}@example.org`;
const editor = `editor-${run}@example.org`;

beforeAll(async () => {
  config = await useEmulators('compile', { EDITOR_ADDRESSES: editor });
  const s3 = makeS3Client(config);
  const { handler: ingest } = await import('../../functions/handlers/ingest.js');
  const bodies = [];
  for (const [key, text] of [
    ['inbox/tr.txt', EN],
    ['inbox/hu.txt', AZ],
  ] as const) {
    const out = await s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: text }));
    bodies.push(s3CreatedBody(config.BUCKET_NAME, key, Buffer.byteLength(text), out.ETag));
  }
  await ingest(sqsEvent(...bodies), lambdaContext('ingest'));
  const subscribers = new DynamoSubscriberRepository(makeDocumentClient(config), config.TABLE_NAME);
  const now = new Date().toISOString();
  for (const edition of ['az', 'en', 'both'] as const) {
    await subscribers.put(newSubscriber(address(edition), edition, now));
  }
});

describe('compile and deliver handlers against the emulators', () => {
  it('the schedule emails a review copy to the editors only; the approval sends each subscriber one email through SES v2', async () => {
    const jobs: DeliveryJob[] = [];
    const { createCompileHandler } = await import('../../functions/handlers/compile-handler.js');
    const { makeReviewDeps } = await import('../../functions/composition/compile.js');
    const compile = createCompileHandler(
      makeReviewDeps(config, { enqueue: async (j) => void jobs.push(...j) }),
      'Asia/Baku',
    );
    const mine = async () =>
      (await capturedEmails(config.SES_ENDPOINT ?? '')).filter((m) =>
        m.destination.to[0]?.endsWith(`-${run}@example.org`),
      );
    const review = await compile({ week: '2026-W47', review: true }, lambdaContext('compile'));
    expect(review).toMatchObject({ status: 'review-requested', events: 2, editors: 1 });
    expect(jobs).toEqual([]);
    const copies = await mine();
    expect(copies.map((m) => m.destination.to[0])).toEqual([editor]);
    expect(copies[0]?.subject).toMatch(/^\[Review · Yoxlama\] Həftəlik əməkdaşlıq bülleteni/);
    expect(copies[0]?.body.text).toMatch(/\/review\/approve\?token=[\w-]+\.[\w-]+/);
    expect(copies[0]?.body.html).toMatch(/Türkiye/);

    const outcome = await compile({ week: '2026-W47', send: true }, lambdaContext('compile'));
    expect(outcome).toMatchObject({ status: 'approved', events: 2, queuedSubscribers: 3 });
    expect(jobs.flatMap((j) => j.subscriberIds)).toHaveLength(3);
    const bulletins = new DynamoBulletinRepository(makeDocumentClient(config), config.TABLE_NAME);
    // Queued is not sent: the week is 'sent' once its deliveries are done.
    expect(await bulletins.get('2026-W47')).toMatchObject({ status: 'sending', recipients: 3 });

    const { handler: deliver } = await import('../../functions/handlers/deliver.js');
    const event = sqsEvent(...jobs.map((j) => JSON.stringify(j)));
    expect((await deliver(event, lambdaContext('deliver'))).batchItemFailures).toEqual([]);
    // The same messages again (an SQS redelivery): the DELIVERY records stop a second send.
    await deliver(event, lambdaContext('deliver'));
    const sent = await bulletins.get('2026-W47');
    expect(sent).toMatchObject({ status: 'sent', sentArticleIds: sent?.articleIds });
    expect(sent?.sentAt).toBe(sent?.sendingSince);

    const readers = (await mine()).filter((m) => m.destination.to[0] !== editor);
    expect(readers).toHaveLength(3);
    const en = readers.find((m) => m.destination.to[0] === address('en'));
    const az = readers.find((m) => m.destination.to[0] === address('az'));
    expect(en?.body.html).toContain('<html');
    expect(en?.body.text).toMatch(/Türkiye/);
    expect(az?.subject).toMatch(/bülleten/i);
    expect(en?.body.text).toMatch(/\/unsubscribe\?token=/);

    const again = await compile({ week: '2026-W47', send: true }, lambdaContext('compile'));
    expect(again).toMatchObject({ status: 'already-approved' });
    expect(jobs.flatMap((j) => j.subscriberIds)).toHaveLength(3);
  });

  it('an empty week sends no review either, and records why in the audit trail', async () => {
    const { createCompileHandler } = await import('../../functions/handlers/compile-handler.js');
    const { makeReviewDeps } = await import('../../functions/composition/compile.js');
    const deps = makeReviewDeps(config, { enqueue: async () => undefined });
    const compile = createCompileHandler(deps, 'Asia/Baku');
    const before = (await capturedEmails(config.SES_ENDPOINT ?? '')).length;
    expect(await compile({ week: '2026-W10', review: true }, lambdaContext('compile'))).toMatchObject({
      status: 'empty',
    });
    expect(await capturedEmails(config.SES_ENDPOINT ?? '')).toHaveLength(before);
    const trail = await deps.reviewLog.list('2026-W10');
    expect(trail).toMatchObject([{ action: 'empty', actor: 'schedule' }]);
    expect(trail[0]?.detail).toMatch(/no review sent: no articles/);
  });
});
