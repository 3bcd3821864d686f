import type { Edition } from '../domain/i18n/language.js';
import type { Subscriber, SubscriberStatus } from '../domain/subscription/subscriber.js';
import { subscriberIdFor } from '../domain/subscription/subscriber-id.js';

/** A subscriber record for an already normalized address (operators' imports, demos, tests). */
export function newSubscriber(
  email: string,
  edition: Edition,
  now: string,
  status: SubscriberStatus = 'active',
  name: string | null = null,
): Subscriber {
  return { id: subscriberIdFor(email), email, edition, name, status, createdAt: now, updatedAt: now };
}
