import { normalizeEmail, subscriberIdFor } from '../domain/subscription/subscriber-id.js';
import type { Clock } from '../ports/clock.js';
import type { SubscriberRepository } from '../ports/repositories.js';
import { stopMail } from './stop-mail.js';

export interface FeedbackDeps {
  subscribers: SubscriberRepository;
  clock: Clock;
  /** Soft (transient) bounces after which an address is suppressed. */
  softBounceLimit: number;
}

export type Feedback =
  | { kind: 'hard-bounce' | 'complaint'; addresses: string[] }
  | { kind: 'soft-bounce'; addresses: string[] };

/**
 * SES feedback: a hard bounce or a complaint suppresses the address at once, soft bounces after a few. A
 * suppressed subscriber is never sent to again (deliver sends only to active ones) and cannot re-subscribe
 * itself through the API.
 */
export async function recordFeedback(deps: FeedbackDeps, feedback: Feedback): Promise<number> {
  let suppressed = 0;
  for (const address of feedback.addresses) {
    const email = normalizeEmail(address);
    const subscriber = email ? await deps.subscribers.get(subscriberIdFor(email)) : null;
    if (!subscriber || subscriber.status === 'suppressed') continue;
    const softBounces = (subscriber.softBounces ?? 0) + (feedback.kind === 'soft-bounce' ? 1 : 0);
    const suppress = feedback.kind !== 'soft-bounce' || softBounces >= deps.softBounceLimit;
    if (suppress) suppressed++;
    // Suppression stops mail as an unsubscribe does: every link mailed before stops working too.
    await deps.subscribers.put({
      ...(suppress ? stopMail(subscriber, 'suppressed') : subscriber),
      softBounces,
      updatedAt: deps.clock.now().toISOString(),
    });
  }
  return suppressed;
}
