import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { keys } from '../../functions/adapters/dynamo-keys.js';
import {
  ARCHIVE_PREFIX,
  ARTICLES_PREFIX,
  BULLETINS_PREFIX,
  FEEDS_PREFIX,
  INBOX_PREFIX,
  KNOWLEDGE_PREFIX,
  REJECTED_PREFIX,
} from '../../functions/shared/storage-keys.js';
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

const prefixOf = (pk: string) => pk.slice(0, pk.indexOf('#') + 1);

/**
 * The partition-key prefix of each item kind (functions/adapters/dynamo-keys.ts; corrections and review
 * actions live under their article's and bulletin's keys). Translation-cache items are keyed in their
 * adapter (dynamo-translation-cache.ts), which the IAM test checks against this value.
 */
export const ITEM_PREFIX = {
  article: prefixOf(keys.article('x').pk),
  source: prefixOf(keys.source('x').pk),
  bulletin: prefixOf(keys.bulletin('x').pk),
  subscriber: prefixOf(keys.subscriber('x').pk),
  delivery: prefixOf(keys.delivery('x', 'y').pk),
  translation: 'TRANSLATION#',
} as const;

const mailFor = (s: Shared, maxSendRate: number) => ({
  senderAddress: s.config.senderAddress,
  configurationSet: s.mail.configurationSet,
  maxSendRate,
});

export function wireIngest(fn: BulletinFunction, s: Shared): void {
  // knowledge/: the knowledge files editors add without a deploy (read each minute by a running function).
  bindBucket(fn, s.storage.bucket, {
    read: [INBOX_PREFIX, KNOWLEDGE_PREFIX],
    write: [ARTICLES_PREFIX, REJECTED_PREFIX],
  });
  bindTable(fn, s.storage.table, {
    read: ['GetItem', 'Query'],
    write: ['PutItem', 'UpdateItem'],
    writePrefixes: [ITEM_PREFIX.article, ITEM_PREFIX.source],
  });
  s.ingest.attach(fn);
}

/**
 * What compile and the review page share: they compile drafts, approve them and mail the editors.
 * `alsoWrites`: item kinds beyond bulletins (the review page records corrections under article keys).
 */
function bindReviewWork(fn: BulletinFunction, s: Shared, alsoWrites: string[] = []): void {
  bindBucket(fn, s.storage.bucket, {
    // archive/: the manifest of hashes that keeps a recompile from rewriting unchanged archive pages.
    read: [ARTICLES_PREFIX, BULLETINS_PREFIX, ARCHIVE_PREFIX],
    write: [BULLETINS_PREFIX, ARCHIVE_PREFIX, FEEDS_PREFIX],
  });
  // The translation cache reads and writes in batches (dynamo-translation-cache.ts).
  const translate = s.config.translate;
  bindTable(fn, s.storage.table, {
    read: translate ? ['GetItem', 'BatchGetItem', 'Query'] : ['GetItem', 'Query'],
    write: translate ? ['PutItem', 'UpdateItem', 'BatchWriteItem'] : ['PutItem', 'UpdateItem'],
    writePrefixes: [ITEM_PREFIX.bulletin, ...alsoWrites, ...(translate ? [ITEM_PREFIX.translation] : [])],
  });
  bindDeliveryQueue(fn, s.delivery.queue.queue);
  // Review copies (a few per week) and test sends: far below the account's rate.
  bindMail(fn, mailFor(s, s.config.sesMaxSendRate));
  bindLinkSecret(fn, s.linkSecret);
  fn.addEnvironment('EDITOR_ADDRESSES', s.config.editorAddresses.join(','));
  // Review links point at the archive's domain, where CloudFront forwards /review* to the API.
  fn.addEnvironment('ARCHIVE_BASE_URL', s.archive.baseUrl);
  if (s.config.translate) bindTranslate(fn, s.config.translateTerminology);
}

export function wireCompile(scope: Construct, fn: BulletinFunction, s: Shared): void {
  bindReviewWork(fn, s);
  const weekly = new WeeklySchedule(scope, 'Weekly', {
    expression: s.config.scheduleExpression,
    timeZone: s.config.scheduleTimeZone,
    target: fn,
  });
  s.monitoring.watchDlq('Schedule', weekly.dlq);
  const overdue = new WeeklySchedule(scope, 'ReviewOverdueCheck', {
    expression: 'rate(1 hour)',
    timeZone: s.config.scheduleTimeZone,
    target: fn,
    input: { checkOverdue: true },
    description: 'Counts drafts unapproved 24 h after their review copy (the ReviewOverdue alarm)',
  });
  s.monitoring.watchDlq('ReviewOverdueCheck', overdue.dlq);
  s.monitoring.watchOverdueDrafts();
  if (!s.config.autoSendSchedule) return;
  const auto = new WeeklySchedule(scope, 'AutoSend', {
    expression: s.config.autoSendSchedule,
    timeZone: s.config.scheduleTimeZone,
    target: fn,
    input: { autoSend: true },
    description: 'Sends the last week’s draft when no editor approved it by now (optional)',
  });
  s.monitoring.watchDlq('AutoSend', auto.dlq);
}

export function wireReview(fn: BulletinFunction, s: Shared): void {
  bindReviewWork(fn, s, [ITEM_PREFIX.article]);
}

export function wireDeliver(fn: BulletinFunction, s: Shared): void {
  bindBucket(fn, s.storage.bucket, { read: [BULLETINS_PREFIX] });
  // BatchGetItem: a job's subscribers and ledger entries are read in one request each. Writes: the ledger,
  // and the bulletin's status once every recipient is settled (markSentIfSettled, queue-delivery.ts).
  bindTable(fn, s.storage.table, {
    read: ['GetItem', 'BatchGetItem', 'Query'],
    write: ['PutItem', 'UpdateItem'],
    writePrefixes: [ITEM_PREFIX.delivery, ITEM_PREFIX.bulletin],
  });
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
  // One record read and written whole (conditional puts); unsubscribing keeps it, so nothing deletes.
  bindTable(fn, s.storage.table, {
    read: ['GetItem'],
    write: ['PutItem'],
    writePrefixes: [ITEM_PREFIX.subscriber],
  });
  // Confirmation emails are one per sign-up, far below the account's rate.
  bindMail(fn, mailFor(s, s.config.sesMaxSendRate));
  bindLinkSecret(fn, s.linkSecret);
  // Links point at the archive's domain, where CloudFront forwards the subscription paths to the API.
  fn.addEnvironment('ARCHIVE_BASE_URL', s.archive.baseUrl);
}

export function wireFeedback(fn: BulletinFunction, s: Shared): void {
  bindBucket(fn, s.storage.bucket, {});
  // Suppression is a status on the subscriber record, read and written whole.
  bindTable(fn, s.storage.table, {
    read: ['GetItem'],
    write: ['PutItem'],
    writePrefixes: [ITEM_PREFIX.subscriber],
  });
  s.monitoring.watchDlq('Feedback', s.mail.attachFeedback(fn));
}
