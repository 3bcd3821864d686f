import { TranslateClient } from '@aws-sdk/client-translate';
import { AmazonTranslator } from '../adapters/amazon-translator.js';
import { DynamoTranslationCache } from '../adapters/dynamo-translation-cache.js';
import { SesMailer } from '../adapters/ses-mailer.js';
import { SqsDeliveryQueue } from '../adapters/sqs-delivery-queue.js';
import type { Mailer } from '../ports/mailer.js';
import type { DeliveryQueue } from '../ports/queue.js';
import { noTranslator, type Translator } from '../ports/translator.js';
import { makeSesClient, makeSqsClient } from '../shared/clients.js';
import { type Config, ConfigError } from '../shared/config.js';
import { cachedTranslator } from '../use-cases/translate-summaries.js';
import { documentClient } from './storage.js';

/* The ports that leave the data stores: mail (SES), the delivery queue (SQS), translation (Amazon Translate). */

export const mailer = (config: Config): Mailer =>
  new SesMailer(makeSesClient(config), config.SENDER_ADDRESS, config.SES_CONFIGURATION_SET);

/** The delivery queue; without DELIVERY_QUEUE_URL every enqueue fails with the reason (nothing is lost). */
export function deliveryQueue(config: Config): DeliveryQueue {
  const url = config.DELIVERY_QUEUE_URL;
  if (url) return new SqsDeliveryQueue(makeSqsClient(config), url);
  return {
    enqueue: async () => {
      throw new ConfigError('DELIVERY_QUEUE_URL is required to queue deliveries');
    },
  };
}

/** Amazon Translate behind the DynamoDB cache; off unless TRANSLATE_ENABLED (locally: needs AWS credentials). */
export function translator(config: Config): Translator {
  if (!config.TRANSLATE_ENABLED) return noTranslator;
  // No endpoint override: even in local mode this is the real service, reached with the default credentials.
  const client = new TranslateClient({ region: config.AWS_REGION });
  const amazon = new AmazonTranslator(client, { terminologyNames: config.TRANSLATE_TERMINOLOGY });
  return cachedTranslator(amazon, new DynamoTranslationCache(documentClient(config), config.TABLE_NAME));
}
