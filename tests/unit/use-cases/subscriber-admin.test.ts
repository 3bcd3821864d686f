import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importCsv, list } from '../../../cli/commands/subscribers.js';
import { linkSubject } from '../../../functions/domain/subscription/link-subject.js';
import type { Subscriber, SubscriberStatus } from '../../../functions/domain/subscription/subscriber.js';
import { subscriberIdFor } from '../../../functions/domain/subscription/subscriber-id.js';
import { subscribe } from '../../../functions/use-cases/manage-subscription.js';
import { newSubscriber } from '../../../functions/use-cases/new-subscriber.js';
import { recordFeedback } from '../../../functions/use-cases/record-feedback.js';
import { addSubscriber, removeSubscriber } from '../../../functions/use-cases/subscriber-admin.js';
import { fixedClock, MemoryMailer, MemorySubscribers } from '../../helpers/fakes.js';
import { tempDir } from '../../helpers/temp-dir.js';

const EARLIER = '2026-01-01T00:00:00.000Z';

function setup(existing: { email: string; status: SubscriberStatus }[] = []) {
  const subscribers = new MemorySubscribers();
  for (const { email, status } of existing)
    subscribers.items.set(subscriberIdFor(email), newSubscriber(email, 'az', EARLIER, status));
  return { subscribers, clock: fixedClock() };
}

const stored = (deps: ReturnType<typeof setup>, email: string): Subscriber | undefined =>
  deps.subscribers.items.get(subscriberIdFor(email));

afterEach(() => vi.restoreAllMocks());

describe('addSubscriber (operator add and import)', () => {
  it('adds a new address as active at once, normalized', async () => {
    const deps = setup();
    const outcome = await addSubscriber(deps, { email: ' New@Example.org ', edition: 'en', name: 'Nərmin' });
    expect(outcome.status).toBe('added');
    expect(stored(deps, 'new@example.org')).toMatchObject({
      status: 'active',
      edition: 'en',
      name: 'Nərmin',
    });
  });

  it('refuses a suppressed address and leaves it suppressed', async () => {
    const deps = setup([{ email: 'bounced@example.org', status: 'suppressed' }]);
    const outcome = await addSubscriber(deps, { email: 'bounced@example.org', edition: 'en' });
    expect(outcome).toEqual({ status: 'refused', reason: 'suppressed', email: 'bounced@example.org' });
    expect(stored(deps, 'bounced@example.org')).toMatchObject({ status: 'suppressed', edition: 'az' });
  });

  it('refuses an address whose owner unsubscribed', async () => {
    const deps = setup([{ email: 'left@example.org', status: 'unsubscribed' }]);
    expect(await addSubscriber(deps, { email: 'left@example.org', edition: 'en' })).toMatchObject({
      status: 'refused',
      reason: 'unsubscribed',
    });
    expect(stored(deps, 'left@example.org')?.status).toBe('unsubscribed');
  });

  it('activates a pending address and updates an active one, keeping when it was created', async () => {
    const deps = setup([
      { email: 'pending@example.org', status: 'pending' },
      { email: 'active@example.org', status: 'active' },
    ]);
    expect((await addSubscriber(deps, { email: 'pending@example.org', edition: 'both' })).status).toBe(
      'updated',
    );
    expect(stored(deps, 'pending@example.org')).toMatchObject({ status: 'active', confirmNonce: null });
    await addSubscriber(deps, { email: 'active@example.org', edition: 'en' });
    expect(stored(deps, 'active@example.org')).toMatchObject({ edition: 'en', createdAt: EARLIER });
  });

  it('refuses an address holding an invisible character, saying so', async () => {
    const deps = setup();
    const outcome = await addSubscriber(deps, { email: 'vic\u200btim@example.org', edition: 'az' });
    expect(outcome).toMatchObject({ status: 'refused', reason: 'invisible-characters' });
    expect(deps.subscribers.items.size).toBe(0);
  });

  it('refuses what is not an address', async () => {
    const deps = setup();
    expect(await addSubscriber(deps, { email: 'nobody', edition: 'en' })).toMatchObject({
      status: 'refused',
      reason: 'invalid-address',
    });
    expect(deps.subscribers.items.size).toBe(0);
  });
});

describe('removeSubscriber', () => {
  it('unsubscribes an active address', async () => {
    const deps = setup([{ email: 'reader@example.org', status: 'active' }]);
    const before = stored(deps, 'reader@example.org') as Subscriber;
    expect((await removeSubscriber(deps, 'Reader@example.org')).status).toBe('removed');
    expect(stored(deps, 'reader@example.org')?.status).toBe('unsubscribed');
    // The links mailed before name the old generation: they stop working as after an unsubscribe by link.
    expect(linkSubject(stored(deps, 'reader@example.org') as Subscriber)).not.toBe(linkSubject(before));
  });

  it('keeps a suppressed address suppressed (else the web form could mail a bouncing address again)', async () => {
    const deps = setup([{ email: 'bounced@example.org', status: 'suppressed' }]);
    expect((await removeSubscriber(deps, 'bounced@example.org')).status).toBe('already-removed');
    expect(stored(deps, 'bounced@example.org')?.status).toBe('suppressed');
  });

  it('says when the address is not a subscriber', async () => {
    expect(await removeSubscriber(setup(), 'stranger@example.org')).toMatchObject({
      status: 'refused',
      reason: 'not-a-subscriber',
    });
  });
});

describe('one suppression, every path', () => {
  it('after a hard bounce, neither the web form, nor add, nor import, nor remove reactivates the address', async () => {
    const deps = setup([{ email: 'gone@example.org', status: 'active' }]);
    const before = stored(deps, 'gone@example.org') as Subscriber;
    await recordFeedback(
      { ...deps, softBounceLimit: 3 },
      { kind: 'hard-bounce', addresses: ['gone@example.org'] },
    );
    expect(stored(deps, 'gone@example.org')?.status).toBe('suppressed');
    // Its preferences and unsubscribe links mailed before are revoked with the suppression.
    expect(linkSubject(stored(deps, 'gone@example.org') as Subscriber)).not.toBe(linkSubject(before));

    const mailer = new MemoryMailer();
    const web = { ...deps, mailer, secret: 'x'.repeat(32), link: () => 'http://127.0.0.1/confirm' };
    expect((await subscribe(web, { email: 'gone@example.org', edition: 'en' })).emailed).toBe(false);
    expect(mailer.sent).toHaveLength(0);

    expect((await addSubscriber(deps, { email: 'gone@example.org', edition: 'en' })).status).toBe('refused');
    await removeSubscriber(deps, 'gone@example.org');

    const dir = tempDir('bulletin-import-');
    writeFileSync(join(dir, 'list.csv'), 'email,edition\ngone@example.org,en\nfresh@example.org,az\n');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await importCsv(deps, join(dir, 'list.csv'));
    expect(log.mock.calls.flat()).toContain('imported 1 subscribers, skipped 1');
    expect(stored(deps, 'gone@example.org')?.status).toBe('suppressed');
    expect(stored(deps, 'fresh@example.org')?.status).toBe('active');
  });
});

describe('subscribers list', () => {
  it('prints addresses and names with their control characters escaped, letters intact', async () => {
    const deps = setup();
    const hostile = newSubscriber('evil\u001b[31m@example.org', 'en', EARLIER, 'active', 'Ağa\u202eşəhər');
    deps.subscribers.items.set(hostile.id, hostile);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await list(deps);
    const printed = log.mock.calls.flat().join('\n');
    expect(printed).toContain('evil\\x1b[31m@example.org');
    expect(printed).toContain('Ağa\\u202eşəhər');
    expect(printed).not.toContain('\u001b');
    expect(printed).not.toContain('\u202e');
  });
});
