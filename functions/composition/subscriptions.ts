import { systemClock } from '../ports/clock.js';
import type { Config } from '../shared/config.js';
import type { SubscriptionDeps } from '../use-cases/manage-subscription.js';
import type { FeedbackDeps } from '../use-cases/record-feedback.js';
import type { SubscriberAdminDeps } from '../use-cases/subscriber-admin.js';
import { subscriberLinks } from './links.js';
import { mailer } from './messaging.js';
import { subscriberRepository } from './storage.js';

/** The public subscription pages: double opt-in mail and signed links. */
export function makeSubscriptionDeps(config: Config, secret: string): SubscriptionDeps {
  return {
    subscribers: subscriberRepository(config),
    mailer: mailer(config),
    clock: systemClock,
    secret,
    link: subscriberLinks(config, secret),
  };
}

/** SES bounces and complaints. */
export function makeFeedbackDeps(config: Config): FeedbackDeps {
  return {
    subscribers: subscriberRepository(config),
    clock: systemClock,
    softBounceLimit: config.SOFT_BOUNCE_LIMIT,
  };
}

/** The operator's subscriber commands (`bulletin subscribers`, the demo). */
export function makeSubscriberAdminDeps(config: Config): SubscriberAdminDeps {
  return { subscribers: subscriberRepository(config), clock: systemClock };
}
