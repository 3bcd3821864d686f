import { editorsFrom } from '../domain/review/editor-token.js';
import { systemClock } from '../ports/clock.js';
import type { DeliveryQueue } from '../ports/queue.js';
import type { Config } from '../shared/config.js';
import { linkSecret } from '../shared/link-secret.js';
import type { CompileDeps } from '../use-cases/compile-bulletin.js';
import type { ReviewDeps } from '../use-cases/review-deps.js';
import { editorLinks } from './links.js';
import { deliveryQueue, mailer, translator } from './messaging.js';
import {
  articleRepository,
  bulletinRepository,
  correctionRepository,
  deliveryLedger,
  objectStore,
  reviewLog,
  subscriberRepository,
} from './storage.js';

/** The queue is SQS in AWS; the local runtime passes its own delivery queue. */
export function makeCompileDeps(config: Config, queue?: DeliveryQueue): CompileDeps {
  return {
    store: objectStore(config),
    articles: articleRepository(config),
    bulletins: bulletinRepository(config),
    subscribers: subscriberRepository(config),
    queue: queue ?? deliveryQueue(config),
    ledger: deliveryLedger(config),
    clock: systemClock,
    archiveBaseUrl: config.ARCHIVE_BASE_URL,
    translator: translator(config),
  };
}

/** Compile plus the review flow: corrections, the audit trail, mail to editors and their signed links. */
export function makeReviewDeps(config: Config, queue?: DeliveryQueue): ReviewDeps {
  const compile = makeCompileDeps(config, queue);
  const secret = () => linkSecret(config);
  return {
    ...compile,
    corrections: correctionRepository(config),
    reviewLog: reviewLog(config),
    mailer: mailer(config),
    editors: editorsFrom(config.EDITOR_ADDRESSES),
    secret,
    timeZone: config.TIME_ZONE,
    reviewLinks: editorLinks(config, secret, compile.clock),
  };
}
