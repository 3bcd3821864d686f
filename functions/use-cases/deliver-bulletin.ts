import type { LinkPurpose } from '../domain/subscription/link-token.js';
import type { Mailer } from '../ports/mailer.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { DeliveryJob } from '../ports/queue.js';
import type {
  BulletinRepository,
  DeliveryLedger,
  Edition,
  Subscriber,
  SubscriberRepository,
} from '../ports/repositories.js';
import { emailKeys, PREFERENCES_PLACEHOLDER, UNSUBSCRIBE_PLACEHOLDER } from './bulletin-keys.js';

export interface DeliverDeps {
  store: ObjectStore;
  bulletins: BulletinRepository;
  subscribers: SubscriberRepository;
  ledger: DeliveryLedger;
  mailer: Mailer;
  /** Absolute URL of a signed link for a subscriber. */
  link: (purpose: LinkPurpose, subscriberId: string) => string;
  /** Waits as needed to keep under the SES sending quota. */
  throttle: () => Promise<void>;
  /** Sends in flight at once within one job (default 8). */
  concurrency?: number;
}

export interface DeliverResult {
  sent: number;
  skipped: number;
}

interface EmailEdition {
  subject: string;
  html: string;
  text: string;
}

/**
 * Sends one week's bulletin to a batch of subscribers, each in their edition. The DELIVERY claim written
 * before each send makes retries and duplicate jobs harmless; a failed send releases its claim and the job
 * fails, so the queue retries just the subscribers not yet served.
 */
export async function deliverBulletin(deps: DeliverDeps, job: DeliveryJob): Promise<DeliverResult> {
  const bulletin = await deps.bulletins.get(job.week);
  if (!bulletin) throw new BulletinNotFoundError(job.week);
  const editions = new Map<Edition, Promise<EmailEdition>>();
  const result: DeliverResult = { sent: 0, skipped: 0 };
  const failures: string[] = [];
  const known = new Map((await deps.subscribers.getMany(job.subscriberIds)).map((s) => [s.id, s]));
  const sendOne = async (id: string) => {
    const subscriber = known.get(id);
    if (subscriber?.status !== 'active' || !(await deps.ledger.claim(job.week, id))) {
      result.skipped++;
      return;
    }
    try {
      const edition = await loadEdition(deps, editions, job.week, subscriber.edition);
      await deps.throttle();
      const messageId = await deps.mailer.send(
        personalize(edition, subscriber, deps.link('unsubscribe', id), deps.link('preferences', id)),
      );
      await deps.ledger.markSent(job.week, id, messageId);
      result.sent++;
    } catch (error) {
      await deps.ledger.release(job.week, id, (error as Error).message);
      failures.push(id);
    }
  };
  // A few sends in flight at once: each one waits mostly on the network; the throttle keeps the SES rate.
  const queue = [...job.subscriberIds];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) await sendOne(id);
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 8, queue.length) }, worker));
  if (failures.length > 0) throw new DeliveryFailedError(job.week, failures);
  return result;
}

/** Each edition is read once per job, even when several sends ask for it at the same moment. */
function loadEdition(
  deps: DeliverDeps,
  cache: Map<Edition, Promise<EmailEdition>>,
  week: string,
  edition: Edition,
) {
  let loading = cache.get(edition);
  if (!loading) {
    loading = readEdition(deps, week, edition);
    cache.set(edition, loading);
  }
  return loading;
}

async function readEdition(deps: DeliverDeps, week: string, edition: Edition): Promise<EmailEdition> {
  const k = emailKeys(week, edition);
  const [html, text, meta] = await Promise.all([
    deps.store.getText(k.html),
    deps.store.getText(k.text),
    deps.store.getText(k.meta),
  ]);
  if (html === null || text === null || meta === null) throw new BulletinNotFoundError(week);
  return { subject: (JSON.parse(meta) as { subject: string }).subject, html, text };
}

function personalize(
  edition: EmailEdition,
  subscriber: Subscriber,
  unsubscribeUrl: string,
  preferencesUrl: string,
) {
  // The links are URL-safe by construction (base64url tokens), so they need no HTML escaping.
  const fill = (body: string) =>
    body
      .replaceAll(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl)
      .replaceAll(PREFERENCES_PLACEHOLDER, preferencesUrl);
  return {
    to: subscriber.email,
    subject: edition.subject,
    html: fill(edition.html),
    text: fill(edition.text),
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

export class BulletinNotFoundError extends Error {
  override readonly name = 'BulletinNotFoundError';
  constructor(readonly week: string) {
    super(`bulletin ${week} has not been compiled`);
  }
}

export class DeliveryFailedError extends Error {
  override readonly name = 'DeliveryFailedError';
  constructor(
    readonly week: string,
    readonly subscriberIds: string[],
  ) {
    super(`${subscriberIds.length} sends of bulletin ${week} failed; they will be retried`);
  }
}
