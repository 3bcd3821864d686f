import type { Article, Language } from '../domain/article/article.js';

/** An article as the table keeps it: the metadata without the full text (that lives in articles/<id>.json). */
export type ArticleRecord = Omit<Article, 'text'> & { language: Language; week: string; ingestedAt: string };

export type SourceStatus = 'ok' | 'duplicate' | 'rejected' | 'ignored';

/** What became of one dropped key: exactly one SOURCE record per key, queryable by `bulletin status`. */
export interface SourceRecord {
  key: string;
  status: SourceStatus;
  reason: string | null;
  articleId: string | null;
  etag: string | null;
  bytes: number;
  language: string | null;
  title: string | null;
  partners: string[];
  processedAt: string;
}

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

export type BulletinStatus = 'compiled' | 'empty' | 'sending' | 'sent';

export interface BulletinRecord {
  week: string;
  status: BulletinStatus;
  reason: string | null;
  events: number;
  partners: number;
  articleIds: string[];
  /** Hash of the compiled content: compiling the same articles twice gives the same bulletin. */
  contentHash: string;
  compiledAt: string;
  sentAt: string | null;
  titleEn: string;
  titleAz: string;
  /** Articles of earlier, already sent weeks shown under "late news" in this bulletin. */
  lateArticleIds?: string[];
  /** articleIds as they went out: a later refresh of the archive page adds late arrivals to articleIds only. */
  sentArticleIds?: string[];
  /** A preview of the current week (`bulletin dev`): status stays 'compiled' until the real send. */
  draft?: boolean;
  /** While 'sending' and queueing: the queueing run's lease (epoch ms); a retry after it resumes the queueing. */
  leaseUntil?: number | null;
  /** When the week was first claimed for sending: its content is frozen from then on (becomes sentAt). */
  sendingSince?: string;
  /** Delivery jobs queued so far: a retried queueing resumes after them. */
  jobsQueued?: number;
  /** Set once every job is queued, with the number of recipients; the week is 'sent' once all are settled. */
  queuedAt?: string;
  recipients?: number;
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

export type Edition = 'az' | 'en' | 'both';
export type SubscriberStatus = 'pending' | 'active' | 'unsubscribed' | 'suppressed';

export interface Subscriber {
  id: string;
  email: string;
  edition: Edition;
  name: string | null;
  status: SubscriberStatus;
  createdAt: string;
  updatedAt: string;
  /** Changes with every subscribe request: only the newest confirmation link can activate. */
  confirmNonce?: string | null;
  /** Soft bounces since the last delivered email (SES feedback). */
  softBounces?: number;
  /**
   * Unsubscribe and preferences links carry the generation they were issued under; unsubscribing bumps it, so
   * every link sent before stops working (domain/subscription/link-subject.ts). Absent = 0.
   */
  linkGeneration?: number;
  /** When confirmation emails went out in the last day: the cooldown and the daily cap (confirmation-policy.ts). */
  confirmationsSentAt?: string[];
  /** Bumped by every conditional write (putIfUnchanged): two racing requests cannot both act on one state. */
  version?: number;
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
