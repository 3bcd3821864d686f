import { describe, expect, it } from 'vitest';
import type { Subscriber } from '../../../functions/ports/repositories.js';
import {
  emailKeys,
  PREFERENCES_PLACEHOLDER,
  UNSUBSCRIBE_PLACEHOLDER,
} from '../../../functions/use-cases/bulletin-keys.js';
import { DeliveryFailedError, deliverBulletin } from '../../../functions/use-cases/deliver-bulletin.js';
import {
  MemoryBulletins,
  MemoryLedger,
  MemoryMailer,
  MemoryStore,
  MemorySubscribers,
} from '../../helpers/fakes.js';

const WEEK = '2026-W47';

async function setup() {
  const deps = {
    store: new MemoryStore(),
    bulletins: new MemoryBulletins(),
    subscribers: new MemorySubscribers(),
    ledger: new MemoryLedger(),
    mailer: new MemoryMailer(),
    link: (purpose: string, id: string) => `https://example.org/${purpose}?token=t-${id}`,
    throttle: async () => undefined,
  };
  await deps.bulletins.put({
    week: WEEK,
    status: 'sent',
    reason: null,
    events: 1,
    partners: 1,
    articleIds: [],
    contentHash: 'h',
    compiledAt: '',
    sentAt: null,
    titleEn: '',
    titleAz: '',
  });
  for (const edition of ['az', 'en', 'both'] as const) {
    const k = emailKeys(WEEK, edition);
    await deps.store.put(k.html, `<p>${edition}</p><a href="${UNSUBSCRIBE_PLACEHOLDER}">x</a>`, 'text/html');
    await deps.store.put(
      k.text,
      `${edition} ${UNSUBSCRIBE_PLACEHOLDER} ${PREFERENCES_PLACEHOLDER}`,
      'text/plain',
    );
    await deps.store.put(k.meta, JSON.stringify({ subject: `subject ${edition}` }), 'application/json');
  }
  const add = (id: string, edition: Subscriber['edition'], status: Subscriber['status'] = 'active') =>
    deps.subscribers.put({
      id,
      email: `${id}@example.org`,
      edition,
      name: null,
      status,
      createdAt: '',
      updatedAt: '',
    });
  await add('s1', 'az');
  await add('s2', 'en');
  await add('s3', 'both', 'unsubscribed');
  return deps;
}

describe('deliverBulletin', () => {
  it('sends each active subscriber their edition with a personal unsubscribe link and one-click headers', async () => {
    const deps = await setup();
    const result = await deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2', 's3'] });
    expect(result).toEqual({ sent: 2, skipped: 1 });
    const az = deps.mailer.sent.find((m) => m.to === 's1@example.org');
    expect(az?.subject).toBe('subject az');
    expect(az?.html).toContain('https://example.org/unsubscribe?token=t-s1');
    expect(az?.html).not.toContain(UNSUBSCRIBE_PLACEHOLDER);
    expect(az?.text).toContain('https://example.org/preferences?token=t-s1');
    expect(az?.headers).toEqual({
      'List-Unsubscribe': '<https://example.org/unsubscribe?token=t-s1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('never sends twice when the same job runs again', async () => {
    const deps = await setup();
    await deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2'] });
    const again = await deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2'] });
    expect(again).toEqual({ sent: 0, skipped: 2 });
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('fails the job for a refused send, and the retry sends only to that subscriber', async () => {
    const deps = await setup();
    deps.mailer.failFor.add('s2@example.org');
    await expect(deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2'] })).rejects.toBeInstanceOf(
      DeliveryFailedError,
    );
    deps.mailer.failFor.clear();
    expect(await deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2'] })).toEqual({
      sent: 1,
      skipped: 1,
    });
    expect(deps.mailer.sent.map((m) => m.to).sort()).toEqual(['s1@example.org', 's2@example.org']);
  });
});
