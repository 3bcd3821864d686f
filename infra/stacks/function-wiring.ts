import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { InfraConfig } from '../config.js';
import type { ArchiveCdn } from '../constructs/archive-cdn.js';
import {
  bindBucket,
  bindDeliveryQueue,
  bindLinkSecret,
  bindMail,
  bindTable,
  bindTranslate,
} from '../constructs/bind.js';
import type { BulletinFunction } from '../constructs/bulletin-function.js';
import { DELIVERY_CONCURRENCY, type DeliveryPipeline } from '../constructs/delivery-pipeline.js';
import type { IngestPipeline } from '../constructs/ingest-pipeline.js';
import type { Mail } from '../constructs/mail.js';
import type { Monitoring } from '../constructs/monitoring.js';
import type { Storage } from '../constructs/storage.js';
import { WeeklySchedule } from '../constructs/weekly-schedule.js';

/** What the functions are wired to; each wire* function gives one function its names and grants. */
export interface Shared {
  config: InfraConfig;
  storage: Storage;
  mail: Mail;
  linkSecret: ISecret;
  ingest: IngestPipeline;
  delivery: DeliveryPipeline;
  archive: ArchiveCdn;
  monitoring: Monitoring;
}

const mailFor = (s: Shared, maxSendRate: number) => ({
  senderAddress: s.config.senderAddress,
  configurationSet: s.mail.configurationSet,
  maxSendRate,
});

export function wireIngest(fn: BulletinFunction, s: Shared): void {
  bindBucket(fn, s.storage.bucket, { read: ['inbox/'], write: ['articles/', 'rejected/'] });
  bindTable(fn, s.storage.table, ['GetItem', 'PutItem', 'UpdateItem', 'Query']);
  s.ingest.attach(fn);
}

export function wireCompile(scope: Construct, fn: BulletinFunction, s: Shared): void {
  bindBucket(fn, s.storage.bucket, {
    // archive/: the manifest of hashes that keeps a recompile from rewriting unchanged archive pages.
    read: ['articles/', 'bulletins/', 'archive/'],
    write: ['bulletins/', 'archive/', 'feeds/'],
  });
  bindTable(fn, s.storage.table, ['GetItem', 'PutItem', 'UpdateItem', 'Query']);
  bindDeliveryQueue(fn, s.delivery.queue.queue);
  fn.addEnvironment('ARCHIVE_BASE_URL', s.archive.baseUrl);
  if (s.config.translate) bindTranslate(fn, s.config.translateTerminology);
  const weekly = new WeeklySchedule(scope, 'Weekly', {
    expression: s.config.scheduleExpression,
    timeZone: s.config.scheduleTimeZone,
    target: fn,
  });
  s.monitoring.watchDlq('Schedule', weekly.dlq);
}

export function wireDeliver(fn: BulletinFunction, s: Shared): void {
  bindBucket(fn, s.storage.bucket, { read: ['bulletins/'] });
  // BatchGetItem: a job's subscribers are read in one request.
  bindTable(fn, s.storage.table, ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'Query']);
  // Each concurrent copy paces itself, so the account's rate is shared out between them.
  bindMail(fn, mailFor(s, s.config.sesMaxSendRate / DELIVERY_CONCURRENCY));
  // A job short of time hands the rest of its subscribers back to the queue as a new job.
  bindDeliveryQueue(fn, s.delivery.queue.queue);
  bindLinkSecret(fn, s.linkSecret);
  fn.addEnvironment('ARCHIVE_BASE_URL', s.archive.baseUrl);
  s.delivery.attach(fn);
}

export function wireSubscriptions(fn: BulletinFunction, s: Shared): void {
  // The shared config requires a bucket name; this function gets no S3 permission.
  bindBucket(fn, s.storage.bucket, {});
  bindTable(fn, s.storage.table, ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query']);
  // Confirmation emails are one per sign-up, far below the account's rate.
  bindMail(fn, mailFor(s, s.config.sesMaxSendRate));
  bindLinkSecret(fn, s.linkSecret);
  // Links point at the archive's domain, where CloudFront forwards the subscription paths to the API.
  fn.addEnvironment('ARCHIVE_BASE_URL', s.archive.baseUrl);
}

export function wireFeedback(fn: BulletinFunction, s: Shared): void {
  bindBucket(fn, s.storage.bucket, {});
  bindTable(fn, s.storage.table, ['GetItem', 'PutItem', 'UpdateItem', 'Query']);
  s.monitoring.watchDlq('Feedback', s.mail.attachFeedback(fn));
}
