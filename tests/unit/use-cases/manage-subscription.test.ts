import { describe, expect, it } from 'vitest';
import {
  CONFIRMATION_COOLDOWN_MINUTES,
  CONFIRMATIONS_PER_DAY,
} from '../../../functions/domain/subscription/confirmation-policy.js';
import { linkSubject } from '../../../functions/domain/subscription/link-subject.js';
import {
  type InvalidTokenError,
  type SubscriberLinkPurpose,
  signLinkToken,
} from '../../../functions/domain/subscription/link-token.js';
import { subscriberIdFor } from '../../../functions/domain/subscription/subscriber-id.js';
import { route } from '../../../functions/handlers/subscriptions-routes.js';
import {
  confirm,
  InvalidSubscriptionError,
  readConfirm,
  readPreferences,
  readUnsubscribe,
  type SubscriptionDeps,
  subscribe,
  unsubscribe,
  updatePreferences,
} from '../../../functions/use-cases/manage-subscription.js';
import { apiEvent } from '../../helpers/api-events.js';
import { MemoryMailer, MemorySubscribers } from '../../helpers/fakes.js';

const SECRET = 's'.repeat(64);
const EMAIL = 'aysel@example.org';
const ID = subscriberIdFor(EMAIL);

/** A world whose clock the test moves; links are real signed tokens, returned bare. */
function world() {
  let now = new Date('2026-11-23T09:00:00Z');
  const subscribers = new MemorySubscribers();
  const mailer = new MemoryMailer();
  const deps: SubscriptionDeps = {
    subscribers,
    mailer,
    clock: { now: () => now },
    secret: SECRET,
    link: (purpose: SubscriberLinkPurpose, subject: string) =>
      signLinkToken(SECRET, {
        purpose,
        subscriberId: subject,
        expiresAt: Math.floor(now.getTime() / 1000) + 86400 * 400,
      }),
  };
  const advance = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };
  const sent = () => mailer.sent.filter((m) => m.to === EMAIL);
  // The email's second line is the link (here the bare token).
  const confirmToken = (i = -1) => sent().at(i)?.text.split('\n')[1] ?? '';
  return { deps, subscribers, advance, sent, confirmToken };
}

const reason = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'no error';
  } catch (error) {
    return (error as InvalidTokenError).reason;
  }
};

describe('subscribing without abuse', () => {
  it('sends no second confirmation while one is pending and recent, and at most a few a day', async () => {
    const w = world();
    await subscribe(w.deps, { email: EMAIL, edition: 'en' });
    for (let i = 0; i < 10; i++) await subscribe(w.deps, { email: EMAIL, edition: 'en' });
    expect(w.sent()).toHaveLength(1);
    // After the cooldown the owner may ask again (the email got lost) ... up to the daily cap.
    for (let i = 0; i < 10; i++) {
      w.advance(CONFIRMATION_COOLDOWN_MINUTES + 1);
      await subscribe(w.deps, { email: EMAIL, edition: 'en' });
    }
    expect(w.sent()).toHaveLength(CONFIRMATIONS_PER_DAY);
    // A day later the count starts again.
    w.advance(24 * 60);
    await subscribe(w.deps, { email: EMAIL, edition: 'en' });
    expect(w.sent()).toHaveLength(CONFIRMATIONS_PER_DAY + 1);
  });

  it('keeps what the owner chose and the owner’s link while the subscription is pending', async () => {
    const w = world();
    await subscribe(w.deps, { email: EMAIL, edition: 'en', name: 'Aysel' });
    const ownersLink = w.confirmToken(0);
    w.advance(CONFIRMATION_COOLDOWN_MINUTES + 1);
    // Someone else re-subscribes the address with other choices.
    await subscribe(w.deps, { email: 'AYSEL@example.org', edition: 'az', name: 'Mallory' });
    const stored = await w.subscribers.get(ID);
    expect(stored?.edition).toBe('en');
    expect(stored?.name).toBe('Aysel');
    // The resent email carries a link that works too, and the owner's first link still confirms.
    expect(w.sent()).toHaveLength(2);
    expect((await readConfirm(w.deps, w.confirmToken(1))).state).toBe('pending');
    expect((await confirm(w.deps, ownersLink)).status).toBe('active');
  });

  it('takes new choices once the pending link has expired', async () => {
    const w = world();
    await subscribe(w.deps, { email: EMAIL, edition: 'en' });
    w.advance(8 * 24 * 60);
    await subscribe(w.deps, { email: EMAIL, edition: 'az' });
    expect((await w.subscribers.get(ID))?.edition).toBe('az');
  });

  it('sends one email when concurrent requests race on one address', async () => {
    const w = world();
    await Promise.all(Array.from({ length: 20 }, () => subscribe(w.deps, { email: EMAIL, edition: 'en' })));
    expect(w.sent()).toHaveLength(1);
  });

  it('refuses addresses with control or invisible characters before anything is stored', async () => {
    const w = world();
    for (const hidden of [
      'vic\u200btim',
      'vic\u0000tim',
      'vic\u001btim',
      'vic\u0085tim',
      'vic\u202etim',
      '\ufeffvictim',
    ]) {
      const error = await subscribe(w.deps, { email: `${hidden}@example.org`, edition: 'az' }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(InvalidSubscriptionError);
      expect((error as InvalidSubscriptionError).problem).toBe('invisible-characters');
    }
    expect(w.subscribers.items.size).toBe(0);
  });
});

describe('consent-safe links', () => {
  it('confirms only by POST: reading the confirmation changes nothing', async () => {
    const w = world();
    await subscribe(w.deps, { email: EMAIL, edition: 'en' });
    const token = w.confirmToken();
    await readConfirm(w.deps, token);
    await readConfirm(w.deps, token);
    expect((await w.subscribers.get(ID))?.status).toBe('pending');
    await confirm(w.deps, token);
    expect((await readConfirm(w.deps, token)).state).toBe('confirmed');
  });

  it('revokes every older link when the subscriber unsubscribes', async () => {
    const w = world();
    await subscribe(w.deps, { email: EMAIL, edition: 'en' });
    await confirm(w.deps, w.confirmToken());
    const s = await w.subscribers.get(ID);
    if (!s) throw new Error('no subscriber');
    const prefs = w.deps.link('preferences', linkSubject(s));
    const stop = w.deps.link('unsubscribe', linkSubject(s));
    // A link mailed before link generations existed names the bare id: generation 0, still valid.
    const legacy = w.deps.link('preferences', ID);
    expect((await readPreferences(w.deps, legacy)).id).toBe(ID);
    await updatePreferences(w.deps, prefs, 'both');

    await unsubscribe(w.deps, stop);
    expect(await reason(readPreferences(w.deps, prefs))).toBe('revoked');
    expect(await reason(updatePreferences(w.deps, prefs, 'az'))).toBe('revoked');
    expect(await reason(readPreferences(w.deps, legacy))).toBe('revoked');
    // The same unsubscribe link clicked again still says "unsubscribed".
    expect((await unsubscribe(w.deps, stop)).status).toBe('unsubscribed');
    expect((await readUnsubscribe(w.deps, stop)).status).toBe('unsubscribed');

    // Subscribed again: the old unsubscribe link belongs to the earlier subscription and is refused.
    w.advance(CONFIRMATION_COOLDOWN_MINUTES + 1);
    await subscribe(w.deps, { email: EMAIL, edition: 'az' });
    await confirm(w.deps, w.confirmToken());
    expect(await reason(unsubscribe(w.deps, stop))).toBe('revoked');
    expect((await w.subscribers.get(ID))?.status).toBe('active');
    const fresh = await w.subscribers.get(ID);
    expect((await readPreferences(w.deps, w.deps.link('preferences', linkSubject(fresh ?? s)))).edition).toBe(
      'az',
    );
  });
});

describe('a subscriber changed by others all the time', () => {
  it('is a retryable 503 with Retry-After, not a 500', async () => {
    const w = world();
    await subscribe(w.deps, { email: EMAIL, edition: 'en' });
    await confirm(w.deps, w.confirmToken());
    const s = await w.subscribers.get(ID);
    if (!s) throw new Error('no subscriber');
    const token = w.deps.link('preferences', linkSubject(s));
    // Every conditional write loses: someone else always wrote first.
    w.subscribers.putIfUnchanged = async () => false;
    const answer = await route(w.deps, apiEvent('POST', `/preferences?token=${token}`, { edition: 'az' }));
    expect(answer.statusCode).toBe(503);
    expect(answer.headers?.['retry-after']).toBe('5');
  });
});
