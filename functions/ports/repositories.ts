import type { ArticleRecord, SourceRecord } from '../domain/article/article-record.js';
import type { BulletinRecord } from '../domain/bulletin/bulletin-record.js';
import type { Subscriber, SubscriberStatus } from '../domain/subscription/subscriber.js';

export interface ArticleRepository {
  /** Stores the record unless an article with this id exists; true when it was new. */
  putIfAbsent(record: ArticleRecord): Promise<boolean>;
  /** Overwrites the record (reprocessing a source with a newer extractor keeps the article, refreshed). */
  replace(record: ArticleRecord): Promise<void>;
  /** One stored article by id (a reprocessed article keeps the story key it was stored with). */
  get(id: string): Promise<ArticleRecord | null>;
  listWeek(week: string): Promise<ArticleRecord[]>;
  /** A week's articles ingested strictly after an instant (ISO): the late arrivals of a sent week. */
  listWeekIngestedAfter(week: string, after: string): Promise<ArticleRecord[]>;
  listWeeks(): Promise<string[]>;
  /** A corrected file replaced this article: it leaves its week (and every bulletin compiled from now on). */
  supersede(id: string, byId: string): Promise<void>;
}

export interface SourceRepository {
  get(key: string): Promise<SourceRecord | null>;
  put(record: SourceRecord): Promise<void>;
  list(): Promise<SourceRecord[]>;
}

export interface BulletinRepository {
  get(week: string): Promise<BulletinRecord | null>;
  put(record: BulletinRecord): Promise<void>;
  /** Writes only while the week is unsent (no record, compiled or empty); false once sending or sent. */
  putIfUnsent(record: BulletinRecord): Promise<boolean>;
  /**
   * Claims the week for queueing until leaseUntil (epoch ms): compiled -> sending, or a 'sending' week whose
   * queueing run died (lease expired, not all jobs queued). The claimed record, or null (someone holds it).
   */
  claimSending(week: string, leaseUntil: number, at: Date): Promise<BulletinRecord | null>;
  /** Records queueing progress and extends the lease. */
  recordQueued(week: string, jobsQueued: number, leaseUntil: number): Promise<void>;
  /** Every job is queued: the lease ends, the week waits for its deliveries. */
  finishQueueing(week: string, recipients: number, at: Date): Promise<void>;
  /** sending -> sent (sentAt = sendingSince) once every recipient is settled; false when not sending. */
  markSent(week: string): Promise<boolean>;
  list(): Promise<BulletinRecord[]>;
}

export interface SubscriberRepository {
  get(id: string): Promise<Subscriber | null>;
  /** Several at once (a delivery job's batch); missing ids are left out. */
  getMany(ids: string[]): Promise<Subscriber[]>;
  put(subscriber: Subscriber): Promise<void>;
  /**
   * Writes `next` (its version one above `previous`) only if the stored record is still `previous` (same
   * version; no record when previous is null). False when another request wrote first.
   */
  putIfUnchanged(next: Subscriber, previous: Subscriber | null): Promise<boolean>;
  listByStatus(status: SubscriberStatus): Promise<Subscriber[]>;
}

/** One DELIVERY record per (bulletin, subscriber): the guard that makes every retry send at most once. */
export interface DeliveryLedger {
  /**
   * Claims the right to send until leaseUntil (epoch ms); false when this pair was sent or skipped, or is
   * claimed under a lease that has not expired. An expired claim (its invocation died) can be taken again.
   */
  claim(week: string, subscriberId: string, leaseUntil: number): Promise<boolean>;
  /** Settles a subscriber who gets no email this week (no longer active), unless already settled. */
  skip(week: string, subscriberId: string, reason: string): Promise<void>;
  /** Which of these subscribers are settled for the week (sent or skipped): read by key, one job's worth. */
  settledAmong(week: string, subscriberIds: string[]): Promise<Set<string>>;
  /** How many of the week's subscribers are settled. */
  countSettled(week: string): Promise<number>;
  markSent(week: string, subscriberId: string, messageId: string): Promise<void>;
  /** Releases a claim after a failed send so the retry may try again. */
  release(week: string, subscriberId: string, reason: string): Promise<void>;
  countSent(week: string): Promise<number>;
}
