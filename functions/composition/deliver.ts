import type { DeliveryQueue } from '../ports/queue.js';
import type { Config } from '../shared/config.js';
import type { DeliverDeps } from '../use-cases/deliver-bulletin.js';
import { rateLimiter } from '../use-cases/rate-limiter.js';
import { subscriberLinks } from './links.js';
import { deliveryQueue, mailer } from './messaging.js';
import { bulletinRepository, deliveryLedger, objectStore, subscriberRepository } from './storage.js';

/** The queue is SQS in AWS; the local runtime passes its own delivery queue. */
export function makeDeliverDeps(config: Config, secret: string, queue?: DeliveryQueue): DeliverDeps {
  return {
    store: objectStore(config),
    bulletins: bulletinRepository(config),
    subscribers: subscriberRepository(config),
    ledger: deliveryLedger(config),
    mailer: mailer(config),
    queue: queue ?? deliveryQueue(config),
    link: subscriberLinks(config, secret),
    throttle: rateLimiter(config.SES_MAX_SEND_RATE),
  };
}
