import type { Subscriber } from '../../functions/domain/subscription/subscriber.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import { emailKeys } from '../../functions/shared/storage-keys.js';
import { PREFERENCES_PLACEHOLDER, UNSUBSCRIBE_PLACEHOLDER } from '../../functions/use-cases/email-copy.js';
import { MemoryBulletins, MemoryLedger, MemoryMailer, MemoryStore, MemorySubscribers } from './fakes.js';

export const WEEK = '2026-W47';

/** In-memory deliver deps for a compiled week W47 being sent; a clock the test moves; the jobs handed back. */
export async function memoryDeliver() {
  const clock = { ms: Date.parse('2026-11-23T09:00:00Z') };
  const jobs: DeliveryJob[] = [];
  const deps = {
    store: new MemoryStore(),
    bulletins: new MemoryBulletins(),
    subscribers: new MemorySubscribers(),
    ledger: new MemoryLedger(() => clock.ms),
    mailer: new MemoryMailer(),
    queue: { enqueue: async (queued: DeliveryJob[]) => void jobs.push(...queued) },
    link: (purpose: string, id: string) => `https://example.org/${purpose}?token=t-${id}`,
    throttle: async () => undefined,
    now: () => clock.ms,
  };
  await deps.bulletins.put({
    week: WEEK,
    status: 'sending',
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
  return { ...deps, clock, jobs, add };
}
