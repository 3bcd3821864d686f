import type { Subscriber } from '../domain/subscription/subscriber.js';

/**
 * The subscriber after mail stops (unsubscribe by link or by an operator, suppression after a bounce): no
 * pending confirmation, and the link generation bumped so every link mailed before stops working. Every path
 * that stops mail should write this, or an old preferences link would keep working.
 */
export function stopMail(subscriber: Subscriber, status: 'unsubscribed' | 'suppressed'): Subscriber {
  return {
    ...subscriber,
    status,
    confirmNonce: null,
    linkGeneration: (subscriber.linkGeneration ?? 0) + 1,
  };
}
