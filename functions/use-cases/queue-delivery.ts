import { z } from 'zod';
import type { BulletinRecord } from '../domain/bulletin/bulletin-record.js';
import type { Clock } from '../ports/clock.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { DeliveryJob, DeliveryQueue } from '../ports/queue.js';
import type { BulletinRepository, DeliveryLedger, SubscriberRepository } from '../ports/repositories.js';
import { SUBSCRIBERS_PER_JOB } from '../shared/delivery-limits.js';
import { recipientsKey } from '../shared/storage-keys.js';

export interface QueueDeliveryDeps {
  store: ObjectStore;
  bulletins: BulletinRepository;
  subscribers: SubscriberRepository;
  ledger: DeliveryLedger;
  queue: DeliveryQueue;
  clock: Clock;
}

/** Jobs sent per step (SQS's SendMessageBatch limit); progress is recorded after each step. */
const JOBS_PER_STEP = 10;

/** A week left 'sending' by a queueing run that died: its lease is over and not every job was queued. */
export function isQueueingAbandoned(record: BulletinRecord | null, clock: Clock): record is BulletinRecord {
  return record?.status === 'sending' && !record.queuedAt && (record.leaseUntil ?? 0) < clock.now().getTime();
}

/**
 * Claims the week under a lease and queues its delivery jobs, resuming after the jobs an earlier run
 * queued. The week becomes 'sent' only once every recipient is settled (here when there is nobody to
 * send to, else by the last delivery job). Returns the number of recipients, or null when another run
 * holds the week. A failure gives the lease back at once, so a retry need not wait for it to expire.
 */
export async function queueDelivery(
  deps: QueueDeliveryDeps,
  week: string,
  leaseUntil: number,
): Promise<number | null> {
  const claimed = await deps.bulletins.claimSending(week, leaseUntil, deps.clock.now());
  if (!claimed) return null;
  let queued = claimed.jobsQueued ?? 0;
  try {
    const recipients = await recipientsOf(deps, week);
    const jobs = cutJobs(week, recipients);
    while (queued < jobs.length) {
      const step = jobs.slice(queued, queued + JOBS_PER_STEP);
      await deps.queue.enqueue(step);
      queued += step.length;
      await deps.bulletins.recordQueued(week, queued, leaseUntil);
    }
    await deps.bulletins.finishQueueing(week, recipients.length, deps.clock.now());
    await markSentIfSettled(deps, week);
    return recipients.length;
  } catch (error) {
    await deps.bulletins.recordQueued(week, queued, 0).catch(() => undefined);
    throw error;
  }
}

/** Marks the week sent when all its jobs are queued and every recipient has been sent to or skipped. */
export async function markSentIfSettled(
  deps: Pick<QueueDeliveryDeps, 'bulletins' | 'ledger'>,
  week: string,
): Promise<boolean> {
  const record = await deps.bulletins.get(week);
  if (record?.status !== 'sending' || !record.queuedAt) return false;
  if ((await deps.ledger.countSettled(week)) < (record.recipients ?? 0)) return false;
  return deps.bulletins.markSent(week);
}

async function recipientsOf(deps: QueueDeliveryDeps, week: string): Promise<string[]> {
  const stored = await deps.store.getText(recipientsKey(week));
  if (stored !== null) return z.array(z.string().min(1)).parse(JSON.parse(stored));
  const ids = (await deps.subscribers.listByStatus('active')).map((s) => s.id).sort();
  await deps.store.put(recipientsKey(week), JSON.stringify(ids), 'application/json');
  return ids;
}

function cutJobs(week: string, ids: string[]): DeliveryJob[] {
  const jobs: DeliveryJob[] = [];
  for (let i = 0; i < ids.length; i += SUBSCRIBERS_PER_JOB)
    jobs.push({ week, subscriberIds: ids.slice(i, i + SUBSCRIBERS_PER_JOB) });
  return jobs;
}
