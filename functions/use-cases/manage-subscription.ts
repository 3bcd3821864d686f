import { randomBytes } from 'node:crypto';
import { BulletinError } from '../domain/errors.js';
import type { Edition } from '../domain/i18n/language.js';
import { InvalidTokenError, type LinkPurpose, verifyLinkToken } from '../domain/subscription/link-token.js';
import type { Subscriber } from '../domain/subscription/subscriber.js';
import { normalizeEmail, subscriberIdFor } from '../domain/subscription/subscriber-id.js';
import type { Clock } from '../ports/clock.js';
import type { Mailer } from '../ports/mailer.js';
import type { SubscriberRepository } from '../ports/repositories.js';
import { confirmationEmail } from './confirmation-email.js';

export interface SubscriptionDeps {
  subscribers: SubscriberRepository;
  mailer: Mailer;
  clock: Clock;
  secret: string;
  /** Absolute signed link; `subject` is what the token names (the subscriber id, with a nonce for confirm). */
  link: (purpose: LinkPurpose, subject: string) => string;
}

export class InvalidSubscriptionError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'InvalidSubscriptionError';
}

/** Double opt-in, step one: a pending subscriber and a confirmation email. Subscribing twice is harmless. */
export async function subscribe(
  deps: SubscriptionDeps,
  input: { email: string; edition: Edition; name?: string | null },
) {
  const email = normalizeEmail(input.email);
  if (!email) throw new InvalidSubscriptionError('not a valid email address');
  const id = subscriberIdFor(email);
  const existing = await deps.subscribers.get(id);
  const now = deps.clock.now().toISOString();
  if (existing?.status === 'active') return { subscriber: existing, emailed: false };
  if (existing?.status === 'suppressed') return { subscriber: existing, emailed: false };
  const nonce = randomBytes(9).toString('base64url');
  const subscriber: Subscriber = {
    id,
    email,
    edition: input.edition,
    name: input.name?.trim().slice(0, 100) || existing?.name || null,
    status: 'pending',
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    confirmNonce: nonce,
    softBounces: 0,
  };
  await deps.subscribers.put(subscriber);
  await deps.mailer.send(confirmationEmail(subscriber, deps.link('confirm', `${id}:${nonce}`)));
  return { subscriber, emailed: true };
}

/** Reads and checks a token: the subscriber it names, or a typed error (never a stack trace for the reader). */
async function holder(deps: SubscriptionDeps, token: string, purpose: LinkPurpose) {
  const nowSeconds = Math.floor(deps.clock.now().getTime() / 1000);
  const claims = verifyLinkToken(deps.secret, token, purpose, nowSeconds);
  const [id, nonce] = claims.subscriberId.split(':');
  const subscriber = id ? await deps.subscribers.get(id) : null;
  if (!subscriber) throw new InvalidTokenError('malformed');
  return { subscriber, nonce };
}

/**
 * Step two: only the newest confirmation link of a pending subscriber activates, so an old link replayed after
 * unsubscribing cannot undo it.
 */
export async function confirm(deps: SubscriptionDeps, token: string): Promise<Subscriber> {
  const { subscriber, nonce } = await holder(deps, token, 'confirm');
  if (subscriber.status === 'active') return subscriber;
  if (subscriber.status !== 'pending' || !nonce || subscriber.confirmNonce !== nonce) {
    throw new InvalidTokenError('expired');
  }
  return save(deps, { ...subscriber, status: 'active', confirmNonce: null });
}

export async function unsubscribe(deps: SubscriptionDeps, token: string): Promise<Subscriber> {
  const { subscriber } = await holder(deps, token, 'unsubscribe');
  if (subscriber.status === 'unsubscribed' || subscriber.status === 'suppressed') return subscriber;
  return save(deps, { ...subscriber, status: 'unsubscribed', confirmNonce: null });
}

/** The subscriber an unsubscribe link names, for the page that asks before the one-click POST. */
export async function readUnsubscribe(deps: SubscriptionDeps, token: string): Promise<Subscriber> {
  return (await holder(deps, token, 'unsubscribe')).subscriber;
}

export async function readPreferences(deps: SubscriptionDeps, token: string): Promise<Subscriber> {
  return (await holder(deps, token, 'preferences')).subscriber;
}

export async function updatePreferences(
  deps: SubscriptionDeps,
  token: string,
  edition: Edition,
): Promise<Subscriber> {
  const { subscriber } = await holder(deps, token, 'preferences');
  return save(deps, { ...subscriber, edition });
}

async function save(deps: SubscriptionDeps, subscriber: Subscriber): Promise<Subscriber> {
  const updated = { ...subscriber, updatedAt: deps.clock.now().toISOString() };
  await deps.subscribers.put(updated);
  return updated;
}
