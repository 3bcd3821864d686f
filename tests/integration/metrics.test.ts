import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo-subscriber-repository.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { newSubscriber } from '../../functions/use-cases/new-subscriber.js';
import { useEmulators } from '../helpers/local-env.js';
import { snsEvent } from '../helpers/sns-events.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';

const ARTICLE =
  'On 12 November 2026 Azerbaijan and Georgia signed a memorandum on teacher training in Tbilisi. The ministers agreed on joint programmes.';

let config: Config;
const written: string[] = [];
const original = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  config = await useEmulators('metrics');
  // The test config keeps metrics quiet everywhere else; here they are what is checked.
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
});

afterAll(() => {
  process.stdout.write = original;
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
});

interface EmfLine {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
  [key: string]: unknown;
}

/** Every EMF line written so far: what CloudWatch would turn into metrics. */
function emf(): EmfLine[] {
  return written
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{"_aws"'))
    .map((line) => JSON.parse(line) as EmfLine);
}

/** The values published for a metric, with the dimensions each line carries besides `service`. */
function published(name: string): { value: unknown; dimensions: Record<string, unknown> }[] {
  return emf()
    .filter((line) => line._aws.CloudWatchMetrics[0]?.Metrics.some((m) => m.Name === name))
    .map((line) => {
      const [set = []] = line._aws.CloudWatchMetrics[0]?.Dimensions ?? [];
      expect(line._aws.CloudWatchMetrics[0]?.Namespace).toBe('CooperationBulletin');
      expect(line.service).toBe('cooperation-bulletin');
      const dimensions = Object.fromEntries(set.filter((d) => d !== 'service').map((d) => [d, line[d]]));
      return { value: line[name], dimensions };
    });
}

describe('the figures operators watch, published by the handlers as Powertools Metrics', () => {
  it('counts files by status, items compiled, emails sent, bounces, complaints and overdue drafts', async () => {
    const ctx = lambdaContext('metrics');
    const s3 = makeS3Client(config);
    const drop = async (key: string, body: string) => {
      const out = await s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: body }));
      return s3CreatedBody(config.BUCKET_NAME, key, Buffer.byteLength(body), out.ETag);
    };
    const { handler: ingest } = await import('../../functions/handlers/ingest.js');
    await ingest(
      sqsEvent(await drop('inbox/georgia.txt', ARTICLE), await drop('inbox/empty.txt', '   ')),
      ctx,
    );
    // The batch's records are processed side by side: the order of the lines is not fixed.
    expect(published('FilesIngested')).toHaveLength(2);
    expect(published('FilesIngested')).toEqual(
      expect.arrayContaining([
        { value: 1, dimensions: { status: 'ok' } },
        { value: 1, dimensions: { status: 'rejected' } },
      ]),
    );

    const subscribers = new DynamoSubscriberRepository(makeDocumentClient(config), config.TABLE_NAME);
    await subscribers.put(newSubscriber('reader-metrics@example.org', 'en', '2026-11-01T00:00:00Z'));
    const jobs: DeliveryJob[] = [];
    const { createCompileHandler } = await import('../../functions/handlers/compile-handler.js');
    const { makeReviewDeps } = await import('../../functions/composition/compile.js');
    const compile = createCompileHandler(
      makeReviewDeps(config, { enqueue: async (j) => void jobs.push(...j) }),
      'Asia/Baku',
    );
    await compile({ week: '2026-W46', send: true }, ctx);
    expect(published('ItemsCompiled')).toEqual([{ value: 1, dimensions: {} }]);
    await compile({ checkOverdue: true }, ctx);
    expect(published('OverdueDrafts')).toEqual([{ value: 0, dimensions: {} }]);

    const { handler: deliver } = await import('../../functions/handlers/deliver.js');
    await deliver(sqsEvent(...jobs.map((j) => JSON.stringify(j))), ctx);
    expect(published('EmailsSent')).toEqual([{ value: 1, dimensions: {} }]);

    const { createFeedbackHandler } = await import('../../functions/handlers/feedback-handler.js');
    const feedback = createFeedbackHandler({
      subscribers,
      clock: { now: () => new Date() },
      softBounceLimit: 3,
    });
    const sns = (message: object) => snsEvent(message);
    const recipients = [{ emailAddress: 'reader-metrics@example.org' }];
    await feedback(
      sns({
        eventType: 'Bounce',
        bounce: { bounceType: 'Transient', bouncedRecipients: recipients },
      }) as never,
      ctx,
    );
    await feedback(
      sns({ notificationType: 'Complaint', complaint: { complainedRecipients: recipients } }) as never,
      ctx,
    );
    expect(published('Bounces')).toEqual([{ value: 1, dimensions: {} }]);
    expect(published('Complaints')).toEqual([{ value: 1, dimensions: {} }]);
    // Counts only: no address reaches the metric lines.
    expect(JSON.stringify(emf())).not.toContain('@');
  });
});
