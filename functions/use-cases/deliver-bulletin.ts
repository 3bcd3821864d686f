import type { Edition } from '../domain/i18n/language.js';
import { linkSubject } from '../domain/subscription/link-subject.js';
import type { SubscriberLinkPurpose } from '../domain/subscription/link-token.js';
import type { Subscriber } from '../domain/subscription/subscriber.js';
import type { Mailer } from '../ports/mailer.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { DeliveryJob, DeliveryQueue } from '../ports/queue.js';
import type { BulletinRepository, DeliveryLedger, SubscriberRepository } from '../ports/repositories.js';
import {
  DELIVER_STOP_MARGIN_MS,
  LAMBDA_MAX_TIMEOUT_SECONDS,
  LEASE_CLOCK_MARGIN_MS,
  SENDS_IN_FLIGHT,
} from '../shared/delivery-limits.js';
import { DeliveryFailedError, DeliveryPendingError } from './delivery-errors.js';
import { BulletinNotFoundError, type EmailEdition, loadEdition, personalize } from './email-edition.js';
import { markSentIfSettled } from './queue-delivery.js';

export interface DeliverDeps {
  store: ObjectStore;
  bulletins: BulletinRepository;
  subscribers: SubscriberRepository;
  ledger: DeliveryLedger;
  mailer: Mailer;
  /** Where the rest of a job goes when its invocation runs out of time. */
  queue: DeliveryQueue;
  /** Absolute URL of a signed link for a subscriber. */
  link: (purpose: SubscriberLinkPurpose, subject: string) => string;
  /** Waits as needed to keep under the SES sending quota. */
  throttle: () => Promise<void>;
  /** Sends in flight at once within one job. */
  concurrency?: number;
  /** Epoch milliseconds (tests move it). */
  now?: () => number;
}

export interface DeliverOptions {
  /** When the invocation ends (epoch ms): Lambda's remaining time. Default: Lambda's longest timeout. */
  deadline?: number;
}

export interface DeliverResult {
  sent: number;
  skipped: number;
  /** Subscribers handed back to the queue as a new job because time ran out. */
  returned: number;
}

/**
 * Sends one week's bulletin to a batch of subscribers, each in their edition. Each DELIVERY claim is taken
 * just before its send, after the rate wait, as a lease that ends with this invocation: a retry or a
 * duplicate job skips settled subscribers, and a job killed by its timeout strands nobody. When little time
 * is left the job stops taking sends and queues the rest; a failed send releases its claim and fails the job,
 * so the queue retries it. The last job to settle the week marks it sent.
 */
export async function deliverBulletin(
  deps: DeliverDeps,
  job: DeliveryJob,
  options: DeliverOptions = {},
): Promise<DeliverResult> {
  const now = deps.now ?? Date.now;
  const deadline = options.deadline ?? now() + LAMBDA_MAX_TIMEOUT_SECONDS * 1000;
  if (!(await deps.bulletins.get(job.week))) throw new BulletinNotFoundError(job.week);
  const settled = await deps.ledger.settledAmong(job.week, job.subscriberIds);
  const todo = job.subscriberIds.filter((id) => !settled.has(id));
  const run: JobRun = {
    deps,
    week: job.week,
    editions: new Map(),
    known: new Map((await deps.subscribers.getMany(todo)).map((s) => [s.id, s])),
    timeLeft: () => now() < deadline - DELIVER_STOP_MARGIN_MS,
    leaseUntil: deadline + LEASE_CLOCK_MARGIN_MS,
    result: { sent: 0, skipped: job.subscriberIds.length - todo.length, returned: 0 },
    failures: [],
    leftovers: [],
    held: [],
  };
  const queue = [...todo];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) await sendOne(run, id);
  };
  await Promise.all(
    Array.from({ length: Math.min(deps.concurrency ?? SENDS_IN_FLIGHT, queue.length) }, worker),
  );
  if (run.leftovers.length > 0) {
    await deps.queue.enqueue([{ week: job.week, subscriberIds: run.leftovers.sort() }]);
    run.result.returned = run.leftovers.length;
  }
  if (run.failures.length > 0) throw new DeliveryFailedError(job.week, run.failures, run.result.sent);
  await settleOrWait(run);
  return run.result;
}

/**
 * Subscribers claimed by another invocation are that invocation's to send; if it died, its lease runs out and
 * only a retry of this job can serve them, so the job is not done until they are settled.
 */
async function settleOrWait(run: JobRun): Promise<void> {
  if (run.held.length > 0) {
    const settled = await run.deps.ledger.settledAmong(run.week, run.held);
    const waiting = run.held.filter((id) => !settled.has(id));
    if (waiting.length > 0) throw new DeliveryPendingError(run.week, waiting, run.result.sent);
  }
  await markSentIfSettled(run.deps, run.week);
}

interface JobRun {
  deps: DeliverDeps;
  week: string;
  editions: Map<Edition, Promise<EmailEdition>>;
  known: Map<string, Subscriber>;
  timeLeft: () => boolean;
  leaseUntil: number;
  result: DeliverResult;
  failures: string[];
  leftovers: string[];
  /** Claimed by another invocation when this job came to them. */
  held: string[];
}

async function sendOne(run: JobRun, id: string): Promise<void> {
  const { deps, week } = run;
  const subscriber = run.known.get(id);
  if (subscriber?.status !== 'active') {
    await deps.ledger.skip(week, id, subscriber ? `subscriber ${subscriber.status}` : 'subscriber unknown');
    run.result.skipped++;
    return;
  }
  const edition = await loadEdition(deps, run.editions, week, subscriber.edition);
  if (run.timeLeft()) await deps.throttle();
  // Checked after the wait too: a claim is only taken when the send can finish within this invocation.
  if (!run.timeLeft()) {
    run.leftovers.push(id);
    return;
  }
  if (!(await deps.ledger.claim(week, id, run.leaseUntil))) {
    run.result.skipped++;
    run.held.push(id);
    return;
  }
  try {
    const email = personalize(
      edition,
      subscriber,
      deps.link('unsubscribe', linkSubject(subscriber)),
      deps.link('preferences', linkSubject(subscriber)),
    );
    await deps.ledger.markSent(week, id, await deps.mailer.send(email));
    run.result.sent++;
  } catch (error) {
    await deps.ledger.release(week, id, (error as Error).message);
    run.failures.push(id);
  }
}

export { BulletinNotFoundError, DeliveryFailedError, DeliveryPendingError };
