import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoArticleRepository, DynamoSourceRepository } from '../adapters/dynamo-article-repository.js';
import { DynamoBulletinRepository } from '../adapters/dynamo-bulletin-repository.js';
import { DynamoDeliveryLedger } from '../adapters/dynamo-delivery-ledger.js';
import { DynamoCorrectionRepository, DynamoReviewLog } from '../adapters/dynamo-review-repositories.js';
import { DynamoSubscriberRepository } from '../adapters/dynamo-subscriber-repository.js';
import { S3ObjectStore } from '../adapters/s3-object-store.js';
import type { ObjectStore } from '../ports/object-store.js';
import type {
  ArticleRepository,
  BulletinRepository,
  DeliveryLedger,
  SourceRepository,
  SubscriberRepository,
} from '../ports/repositories.js';
import type { CorrectionRepository, ReviewLog } from '../ports/review.js';
import { makeDocumentClient, makeS3Client } from '../shared/clients.js';
import type { Config } from '../shared/config.js';

/*
 * The storage ports (S3 and DynamoDB), one builder each. With handlers and use cases, these builders are the
 * only code that names an adapter class: the Lambdas, the local runtime and the CLI all get their ports here.
 * One builder per port (not one object holding all) so that a Lambda's bundle holds only the adapters it uses.
 */

// One DynamoDB client per configuration: every repository of a process shares its connections.
const documentClients = new WeakMap<Config, DynamoDBDocumentClient>();
export function documentClient(config: Config): DynamoDBDocumentClient {
  let doc = documentClients.get(config);
  if (!doc) {
    doc = makeDocumentClient(config);
    documentClients.set(config, doc);
  }
  return doc;
}

export const objectStore = (config: Config): ObjectStore =>
  new S3ObjectStore(makeS3Client(config), config.BUCKET_NAME);

export const articleRepository = (config: Config): ArticleRepository =>
  new DynamoArticleRepository(documentClient(config), config.TABLE_NAME);

export const sourceRepository = (config: Config): SourceRepository =>
  new DynamoSourceRepository(documentClient(config), config.TABLE_NAME);

export const bulletinRepository = (config: Config): BulletinRepository =>
  new DynamoBulletinRepository(documentClient(config), config.TABLE_NAME);

export const subscriberRepository = (config: Config): SubscriberRepository =>
  new DynamoSubscriberRepository(documentClient(config), config.TABLE_NAME);

export const deliveryLedger = (config: Config): DeliveryLedger =>
  new DynamoDeliveryLedger(documentClient(config), config.TABLE_NAME);

export const correctionRepository = (config: Config): CorrectionRepository =>
  new DynamoCorrectionRepository(documentClient(config), config.TABLE_NAME);

export const reviewLog = (config: Config): ReviewLog =>
  new DynamoReviewLog(documentClient(config), config.TABLE_NAME);
