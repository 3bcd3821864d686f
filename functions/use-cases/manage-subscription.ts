import { randomBytes } from 'node:crypto';
import { BulletinError } from '../domain/errors.js';
import type { Edition } from '../domain/i18n/language.js';
import {
  isLivePending,
  mayEmailConfirmation,
  recentConfirmations,
} from '../domain/subscription/confirmation-policy.js';
import { type AddressProblem, checkEmail } from '../domain/subscription/email-address.js';
import { parseLinkSubject } from '../domain/subscription/link-subject.js';
import {
  InvalidTokenError,
  type SubscriberLinkPurpose,
  verifyLinkToken,
} from '../domain/subscription/link-token.js';
import type { Subscriber } from '../domain/subscription/subscriber.js';
import { subscriberIdFor } from '../domain/subscription/subscriber-id.js';
import type { Clock } from '../ports/clock.js';
import type { Mailer } from '../ports/mailer.js';
import type { SubscriberRepository } from '../ports/repositories.js';
import { confirmationEmail } from './confirmation-email.js';
import { stopMail } from './stop-mail.js';

export interface SubscriptionDeps {
  subscribers: SubscriberRepository;
  mailer: Mailer;
  clock: Clock;
  secret: string;
  /**
   * Absolute signed link; `subject` is what the token names: `<id>:<nonce>` for confirm, linkSubject() (the id
   * and its link generation) for unsubscribe and preferences.
   */
  link: (purpose: SubscriberLinkPurpose, subject: string) => string;
}

/** Bad input is a value the reader can fix: which address problem, or a form that did not parse. */
export class InvalidSubscriptionError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'InvalidSubscriptionError';
  constructor(readonly problem: AddressProblem | 'bad-input') {
    super(`subscription refused: ${problem}`);
  }
}

/** Another request kept changing the same subscriber: worth a retry by the caller, not a wrong answer. */
export class SubscriberContentionError extends BulletinError {
  readonly kind = 'retryable';
  override readonly name = 'SubscriberContentionError';
  constructor() {
    super('the subscriber changed under three attempts in a row');
  }
}

const ATTEMPTS = 3;

/**
 * Double opt-in, step one: a pending subscriber and a confirmation email, within the per-address limits
 * (domain/subscription/confirmation-policy.ts). While the owner's confirmation link still works, a repeated
 * subscribe changes nothing the owner chose and sends (at most) the same link again. The answer to the reader
 * is the same in every case, so the endpoint reveals nothing about who subscribes.
 */
export async function subscribe(
  deps: SubscriptionDeps,
  input: { email: string; edition: Edition; name?: string | null },
): Promise<{ emailed: boolean }> {
  const checked = checkEmail(input.email);
  if (!checked.ok) throw new InvalidSubscriptionError(checked.problem);
  const id = subscriberIdFor(checked.email);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const existing = await deps.subscribers.get(id);
    if (existing?.status === 'active' || existing?.status === 'suppressed') return { emailed: false };
    const now = deps.clock.now();
    if (!mayEmailConfirmation(existing, now)) return { emailed: false };
    const at = now.toISOString();
    const sentAt = [...recentConfirmations(existing, now), at];
    const subscriber: Subscriber =
      existing && isLivePending(existing, now)
        ? { ...existing, confirmationsSentAt: sentAt, updatedAt: at }
        : {
            ...existing,
            id,
            email: checked.email,
            edition: input.edition,
            name: input.name?.trim().slice(0, 100) || existing?.name || null,
            status: 'pending',
            createdAt: existing?.createdAt ?? at,
            updatedAt: at,
            confirmNonce: randomBytes(9).toString('base64url'),
            softBounces: 0,
            confirmationsSentAt: sentAt,
          };
    // Recorded before sending: of concurrent requests only the one whose write lands may send, so a burst of
    // identical POSTs in one second sends one email, not fifty.
    if (!(await deps.subscribers.putIfUnchanged(subscriber, existing))) continue;
    const link = deps.link('confirm', `${id}:${subscriber.confirmNonce}`);
    await deps.mailer.send(confirmationEmail(subscriber, link));
    return { emailed: true };
  }
  // Others are subscribing this very address right now; the one whose write landed sends the email.
  return { emailed: false };
}

/** Verifies a token and reads the subscriber it names; `claim` is what follows the id (nonce or generation). */
async function holder(deps: SubscriptionDeps, token: string, purpose: SubscriberLinkPurpose) {
  const nowSeconds = Math.floor(deps.clock.now().getTime() / 1000);
  const { subscriberId: subject } = verifyLinkToken(deps.secret, token, purpose, nowSeconds);
  const id = subject.split(':')[0];
  const subscriber = id ? await deps.subscribers.get(id) : null;
  if (!subscriber) throw new InvalidTokenError('malformed');
  return { subscriber, subject };
}

/**
 * Reads, decides and writes one subscriber under optimistic concurrency: `decide` gets the stored record and
 * returns the record to write (or null: nothing to change); a write that lost a race is decided again.
 */
async function change(
  deps: SubscriptionDeps,
  token: string,
  purpose: SubscriberLinkPurpose,
  decide: (subscriber: Subscriber, subject: string) => Subscriber | null,
): Promise<Subscriber> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { subscriber, subject } = await holder(deps, token, purpose);
    const next = decide(subscriber, subject);
    if (!next) return subscriber;
    const updated = { ...next, updatedAt: deps.clock.now().toISOString() };
    if (await deps.subscribers.putIfUnchanged(updated, subscriber)) return updated;
  }
  throw new SubscriberContentionError();
}

/** Only the newest confirmation link of a pending subscriber works (the nonce); unsubscribing clears it. */
function checkConfirm(subscriber: Subscriber, subject: string): 'confirmed' | 'pending' {
  if (subscriber.status === 'active') return 'confirmed';
  const nonce = subject.split(':')[1];
  if (subscriber.status !== 'pending' || !nonce || subscriber.confirmNonce !== nonce) {
    throw new InvalidTokenError('expired');
  }
  return 'pending';
}

/** What GET /confirm shows: a button to confirm, or "already confirmed". Never changes anything (mail scanners). */
export async function readConfirm(
  deps: SubscriptionDeps,
  token: string,
): Promise<{ subscriber: Subscriber; state: 'confirmed' | 'pending' }> {
  const { subscriber, subject } = await holder(deps, token, 'confirm');
  return { subscriber, state: checkConfirm(subscriber, subject) };
}

/** Step two, by the button's POST: the pending subscriber becomes active. */
export async function confirm(deps: SubscriptionDeps, token: string): Promise<Subscriber> {
  return change(deps, token, 'confirm', (s, subject) =>
    checkConfirm(s, subject) === 'confirmed' ? null : { ...s, status: 'active', confirmNonce: null },
  );
}

/**
 * Is this unsubscribe or preferences link of the current generation? A link of an earlier generation was
 * revoked by unsubscribing; for unsubscribe it still answers "you have unsubscribed" while that holds, so a
 * repeated click (or a mail client's retried one-click POST) is not told its link is invalid.
 */
function checkGeneration(subscriber: Subscriber, subject: string, purpose: 'unsubscribe' | 'preferences') {
  const parsed = parseLinkSubject(subject);
  if (!parsed) throw new InvalidTokenError('malformed');
  if (parsed.generation === (subscriber.linkGeneration ?? 0)) return 'current';
  const stopped = subscriber.status === 'unsubscribed' || subscriber.status === 'suppressed';
  if (purpose === 'unsubscribe' && stopped) return 'stopped';
  throw new InvalidTokenError('revoked');
}

/** One-click unsubscribe; every link mailed before (preferences too) stops working with it. */
export async function unsubscribe(deps: SubscriptionDeps, token: string): Promise<Subscriber> {
  return change(deps, token, 'unsubscribe', (s, subject) => {
    if (checkGeneration(s, subject, 'unsubscribe') === 'stopped' || s.status === 'suppressed') return null;
    return stopMail(s, 'unsubscribed');
  });
}

/** The subscriber an unsubscribe link names, for the page that asks before the one-click POST. */
export async function readUnsubscribe(deps: SubscriptionDeps, token: string): Promise<Subscriber> {
  const { subscriber, subject } = await holder(deps, token, 'unsubscribe');
  checkGeneration(subscriber, subject, 'unsubscribe');
  return subscriber;
}

export async function readPreferences(deps: SubscriptionDeps, token: string): Promise<Subscriber> {
  const { subscriber, subject } = await holder(deps, token, 'preferences');
  checkGeneration(subscriber, subject, 'preferences');
  return subscriber;
}

export async function updatePreferences(
  deps: SubscriptionDeps,
  token: string,
  edition: Edition,
): Promise<Subscriber> {
  return change(deps, token, 'preferences', (s, subject) => {
    checkGeneration(s, subject, 'preferences');
    return { ...s, edition };
  });
}
