import { TranslateClient } from '@aws-sdk/client-translate';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AmazonTranslator } from '../adapters/amazon-translator.js';
import { DynamoArticleRepository } from '../adapters/dynamo-article-repository.js';
import { DynamoBulletinRepository } from '../adapters/dynamo-bulletin-repository.js';
import { DynamoDeliveryLedger } from '../adapters/dynamo-delivery-ledger.js';
import { DynamoSubscriberRepository } from '../adapters/dynamo-subscriber-repository.js';
import { DynamoTranslationCache } from '../adapters/dynamo-translation-cache.js';
import { S3ObjectStore } from '../adapters/s3-object-store.js';
import { SesMailer } from '../adapters/ses-mailer.js';
import { SqsDeliveryQueue } from '../adapters/sqs-delivery-queue.js';
import { LINK_LIFETIME_SECONDS } from '../domain/subscription/link-subject.js';
import { type SubscriberLinkPurpose, signLinkToken } from '../domain/subscription/link-token.js';
import { systemClock } from '../ports/clock.js';
import type { DeliveryQueue } from '../ports/queue.js';
import { noTranslator, type Translator } from '../ports/translator.js';
import { makeDocumentClient, makeS3Client, makeSesClient, makeSqsClient } from '../shared/clients.js';
import { type Config, ConfigError } from '../shared/config.js';
import type { CompileDeps } from './compile-bulletin.js';
import type { DeliverDeps } from './deliver-bulletin.js';
import type { SubscriptionDeps } from './manage-subscription.js';
import { rateLimiter } from './rate-limiter.js';
import { cachedTranslator } from './translate-summaries.js';

export function makeCompileDeps(config: Config, queue?: DeliveryQueue): CompileDeps {
  const doc = makeDocumentClient(config);
  return {
    store: new S3ObjectStore(makeS3Client(config), config.BUCKET_NAME),
    articles: new DynamoArticleRepository(doc, config.TABLE_NAME),
    bulletins: new DynamoBulletinRepository(doc, config.TABLE_NAME),
    subscribers: new DynamoSubscriberRepository(doc, config.TABLE_NAME),
    queue: queue ?? sqsQueue(config),
    ledger: new DynamoDeliveryLedger(doc, config.TABLE_NAME),
    clock: systemClock,
    archiveBaseUrl: config.ARCHIVE_BASE_URL,
    translator: config.TRANSLATE_ENABLED ? amazonTranslator(config, doc) : noTranslator,
  };
}

/** Amazon Translate behind the DynamoDB cache; off unless TRANSLATE_ENABLED (locally: needs AWS credentials). */
function amazonTranslator(config: Config, doc: DynamoDBDocumentClient): Translator {
  // No endpoint override: even in local mode this is the real service, reached with the default credentials.
  const client = new TranslateClient({ region: config.AWS_REGION });
  const translator = new AmazonTranslator(client, { terminologyNames: config.TRANSLATE_TERMINOLOGY });
  return cachedTranslator(translator, new DynamoTranslationCache(doc, config.TABLE_NAME));
}

/** The delivery queue; without DELIVERY_QUEUE_URL every enqueue fails with the reason (nothing is lost). */
function sqsQueue(config: Config): DeliveryQueue {
  const url = config.DELIVERY_QUEUE_URL;
  if (url) return new SqsDeliveryQueue(makeSqsClient(config), url);
  return {
    enqueue: async () => {
      throw new ConfigError('DELIVERY_QUEUE_URL is required to queue deliveries');
    },
  };
}

/** Signed absolute links to the subscription pages, each kind valid for its LINK_LIFETIME_SECONDS. */
function linkMaker(config: Config, secret: string) {
  const base = (config.API_BASE_URL ?? config.ARCHIVE_BASE_URL).replace(/\/$/, '');
  return (purpose: SubscriberLinkPurpose, subject: string) => {
    const expiresAt = Math.floor(Date.now() / 1000) + LINK_LIFETIME_SECONDS[purpose];
    return `${base}/${purpose}?token=${signLinkToken(secret, { purpose, subscriberId: subject, expiresAt })}`;
  };
}

export function makeSubscriptionDeps(config: Config, secret: string): SubscriptionDeps {
  return {
    subscribers: new DynamoSubscriberRepository(makeDocumentClient(config), config.TABLE_NAME),
    mailer: new SesMailer(makeSesClient(config), config.SENDER_ADDRESS, config.SES_CONFIGURATION_SET),
    clock: systemClock,
    secret,
    link: linkMaker(config, secret),
  };
}

/** The queue is SQS in AWS; the local runtime passes its own delivery queue. */
export function makeDeliverDeps(config: Config, secret: string, queue?: DeliveryQueue): DeliverDeps {
  const doc = makeDocumentClient(config);
  return {
    store: new S3ObjectStore(makeS3Client(config), config.BUCKET_NAME),
    bulletins: new DynamoBulletinRepository(doc, config.TABLE_NAME),
    subscribers: new DynamoSubscriberRepository(doc, config.TABLE_NAME),
    ledger: new DynamoDeliveryLedger(doc, config.TABLE_NAME),
    mailer: new SesMailer(makeSesClient(config), config.SENDER_ADDRESS, config.SES_CONFIGURATION_SET),
    queue: queue ?? sqsQueue(config),
    link: linkMaker(config, secret),
    throttle: rateLimiter(config.SES_MAX_SEND_RATE),
  };
}
