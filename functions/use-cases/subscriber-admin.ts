import type { Edition } from '../domain/i18n/language.js';
import { type AddressProblem, checkEmail } from '../domain/subscription/email-address.js';
import type { Subscriber } from '../domain/subscription/subscriber.js';
import { normalizeEmail, subscriberIdFor } from '../domain/subscription/subscriber-id.js';
import type { Clock } from '../ports/clock.js';
import type { SubscriberRepository } from '../ports/repositories.js';
import { newSubscriber } from './new-subscriber.js';
import { stopMail } from './stop-mail.js';

/**
 * The operator's subscriber changes (`bulletin subscribers add/import/remove`, the demo). They skip the
 * double opt-in, since the operator vouches for the address, but obey the same rule as the web form and
 * SES feedback: an address that bounced or complained (suppressed) is never made active again, and one
 * whose owner unsubscribed comes back only through the subscribe page, by its owner.
 */
export interface SubscriberAdminDeps {
  subscribers: SubscriberRepository;
  clock: Clock;
}

export type AdminRefusal =
  | 'invalid-address'
  | 'invisible-characters'
  | 'suppressed'
  | 'unsubscribed'
  | 'not-a-subscriber';

export type AdminOutcome =
  | { status: 'added' | 'updated' | 'removed' | 'already-removed'; subscriber: Subscriber }
  | { status: 'refused'; reason: AdminRefusal; email: string };

/** Why each refusal, in words an operator acts on. */
export const REFUSAL_REASONS: Record<AdminRefusal, string> = {
  'invalid-address': 'not a valid email address',
  'invisible-characters':
    'the address holds control or invisible characters (zero-width, bidi, NUL, ...); type it again by hand',
  suppressed: 'the address bounced or complained (suppressed); it is never mailed again',
  unsubscribed: 'the address unsubscribed; only its owner can subscribe again (the subscribe page)',
  'not-a-subscriber': 'not a subscriber',
};

const refusalOf = (problem: AddressProblem): AdminRefusal =>
  problem === 'invisible-characters' ? 'invisible-characters' : 'invalid-address';

/** Adds an active subscriber, or updates an existing one's edition and name; refuses suppressed and unsubscribed. */
export async function addSubscriber(
  deps: SubscriberAdminDeps,
  input: { email: string; edition: Edition; name?: string | null },
): Promise<AdminOutcome> {
  const checked = checkEmail(input.email);
  if (!checked.ok) return { status: 'refused', reason: refusalOf(checked.problem), email: input.email };
  const email = checked.email;
  const existing = await deps.subscribers.get(subscriberIdFor(email));
  if (existing?.status === 'suppressed' || existing?.status === 'unsubscribed')
    return { status: 'refused', reason: existing.status, email };
  const now = deps.clock.now().toISOString();
  const name = input.name?.trim().slice(0, 100) || existing?.name || null;
  const subscriber: Subscriber = existing
    ? { ...existing, edition: input.edition, name, status: 'active', confirmNonce: null, updatedAt: now }
    : newSubscriber(email, input.edition, now, 'active', name);
  await deps.subscribers.put(subscriber);
  return { status: existing ? 'updated' : 'added', subscriber };
}

/** Unsubscribes an address; a suppressed one stays suppressed (a stronger state that must survive). */
export async function removeSubscriber(deps: SubscriberAdminDeps, address: string): Promise<AdminOutcome> {
  const email = normalizeEmail(address);
  if (!email) return { status: 'refused', reason: 'invalid-address', email: address };
  const existing = await deps.subscribers.get(subscriberIdFor(email));
  if (!existing) return { status: 'refused', reason: 'not-a-subscriber', email };
  if (existing.status === 'unsubscribed' || existing.status === 'suppressed')
    return { status: 'already-removed', subscriber: existing };
  // As an unsubscribe by link: the links mailed before (preferences too) stop working.
  const subscriber: Subscriber = {
    ...stopMail(existing, 'unsubscribed'),
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.subscribers.put(subscriber);
  return { status: 'removed', subscriber };
}

/** Every subscriber, grouped by status in this order. */
export async function listSubscribers(deps: SubscriberAdminDeps): Promise<Subscriber[]> {
  const all: Subscriber[] = [];
  for (const status of ['active', 'pending', 'unsubscribed', 'suppressed'] as const)
    all.push(...(await deps.subscribers.listByStatus(status)));
  return all;
}
