import type { DeliveryJob } from '../../functions/ports/queue.js';
import type { CompileDeps } from '../../functions/use-cases/compile-bulletin.js';
import { makeArticle } from './article-factory.js';
import { storeArticle } from './compile-articles.js';
import {
  fixedClock,
  MemoryArticles,
  MemoryBulletins,
  MemoryLedger,
  MemoryStore,
  MemorySubscribers,
} from './fakes.js';

/** In-memory deps for compiling without sending (archive and site tests): a fixed clock, a queue that drops. */
export function siteCompileDeps(
  store = new MemoryStore(),
  archiveBaseUrl = 'http://127.0.0.1:8787',
): CompileDeps & { store: MemoryStore } {
  return {
    store,
    articles: new MemoryArticles(),
    bulletins: new MemoryBulletins(),
    subscribers: new MemorySubscribers(),
    ledger: new MemoryLedger(() => Date.now()),
    queue: { enqueue: async () => undefined },
    clock: fixedClock(),
    archiveBaseUrl,
  };
}

/**
 * In-memory deps with a clock the test moves, and the delivery jobs it queued. Unless `deliver` is false,
 * the queue stands in for instant delivery: each queued subscriber is marked sent in the ledger at once, so
 * the week becomes 'sent' as soon as queueing ends (the deliver use case has its own tests).
 */
export function memoryCompile(options: { deliver?: boolean } = {}) {
  let now = new Date('2026-11-16T08:00:00Z');
  const jobs: DeliveryJob[] = [];
  const ledger = new MemoryLedger(() => now.getTime());
  const deps: CompileDeps = {
    store: new MemoryStore(),
    articles: new MemoryArticles(),
    bulletins: new MemoryBulletins(),
    subscribers: new MemorySubscribers(),
    queue: {
      enqueue: async (queued) => {
        jobs.push(...queued);
        if (options.deliver === false) return;
        for (const job of queued) for (const id of job.subscriberIds) await ledger.markSent(job.week, id);
      },
    },
    ledger,
    clock: { now: () => now },
    archiveBaseUrl: 'http://127.0.0.1:8787',
  };
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const add = (id: string, eventDate: string, ingestedAt: string, countries = ['TR']) =>
    storeArticle(
      deps,
      makeArticle({ id, storyKey: id, eventDate, publishedAt: eventDate, countries }),
      ingestedAt,
    );
  return {
    deps,
    jobs,
    ledger,
    at,
    add,
    store: deps.store as MemoryStore,
    bulletins: deps.bulletins as MemoryBulletins,
  };
}

export async function subscribe(deps: CompileDeps, id: string) {
  const t = '2026-01-01T00:00:00Z';
  await deps.subscribers.put({
    id,
    email: `${id}@example.org`,
    edition: 'both',
    name: null,
    status: 'active',
    createdAt: t,
    updatedAt: t,
  });
}

export const snapshot = (store: MemoryStore) =>
  new Map([...store.objects].map(([key, o]) => [key, Buffer.from(o.bytes).toString('base64')]));
