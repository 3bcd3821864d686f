import type { ArticleRecord, SourceRecord } from '../../functions/domain/article/article-record.js';
import type { BulletinRecord } from '../../functions/domain/bulletin/bulletin-record.js';
import type { Subscriber, SubscriberStatus } from '../../functions/domain/subscription/subscriber.js';
import type { Mailer, OutgoingEmail } from '../../functions/ports/mailer.js';
import type { ObjectHead, ObjectStore, StoredObject } from '../../functions/ports/object-store.js';
import type {
  ArticleRepository,
  BulletinRepository,
  DeliveryLedger,
  SourceRepository,
  SubscriberRepository,
} from '../../functions/ports/repositories.js';

/** In-memory port implementations for unit tests of the use cases (the integration tests use the real ones). */
export class MemoryStore implements ObjectStore {
  readonly objects = new Map<
    string,
    { bytes: Uint8Array; type: string; metadata: Record<string, string>; at: Date }
  >();

  async head(key: string): Promise<ObjectHead | null> {
    const o = this.objects.get(key);
    return o
      ? { size: o.bytes.length, lastModified: o.at, etag: `"${o.bytes.length}"`, metadata: o.metadata }
      : null;
  }
  async get(key: string): Promise<StoredObject | null> {
    const o = this.objects.get(key);
    if (!o) return null;
    return {
      bytes: o.bytes,
      size: o.bytes.length,
      lastModified: o.at,
      contentType: o.type,
      metadata: o.metadata,
      etag: undefined,
    };
  }
  async getText(key: string) {
    const o = this.objects.get(key);
    return o ? new TextDecoder().decode(o.bytes) : null;
  }
  async put(key: string, body: string | Uint8Array, type: string, metadata: Record<string, string> = {}) {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    this.objects.set(key, { bytes, type, metadata, at: new Date('2026-11-20T10:00:00Z') });
  }
  async copy(from: string, to: string) {
    const o = this.objects.get(from);
    if (!o) throw new Error(`no ${from}`);
    this.objects.set(to, { ...o });
  }
  async list(prefix: string) {
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
  }
}

export class MemoryArticles implements ArticleRepository {
  readonly items = new Map<string, ArticleRecord>();
  async putIfAbsent(record: ArticleRecord) {
    if (this.items.has(record.id)) return false;
    this.items.set(record.id, record);
    return true;
  }
  async replace(record: ArticleRecord) {
    this.items.set(record.id, {
      ...record,
      ingestedAt: this.items.get(record.id)?.ingestedAt ?? record.ingestedAt,
    });
  }
  async get(id: string) {
    return this.items.get(id) ?? null;
  }
  readonly superseded = new Map<string, string>();
  async listWeek(week: string) {
    return [...this.items.values()].filter((a) => a.week === week && !this.superseded.has(a.id));
  }
  async supersede(id: string, byId: string) {
    if (this.items.has(id)) this.superseded.set(id, byId);
  }
  async listWeekIngestedAfter(week: string, after: string) {
    return (await this.listWeek(week)).filter((a) => a.ingestedAt > after);
  }
  async listWeeks() {
    const current = [...this.items.values()].filter((a) => !this.superseded.has(a.id));
    return [...new Set(current.map((a) => a.week))].sort();
  }
}

export class MemorySources implements SourceRepository {
  readonly items = new Map<string, SourceRecord>();
  async get(key: string) {
    return this.items.get(key) ?? null;
  }
  async put(record: SourceRecord) {
    this.items.set(record.key, record);
  }
  async list() {
    return [...this.items.values()];
  }
}

export class MemoryBulletins implements BulletinRepository {
  readonly items = new Map<string, BulletinRecord>();
  async get(week: string) {
    return this.items.get(week) ?? null;
  }
  async put(record: BulletinRecord) {
    this.items.set(record.week, record);
  }
  async putIfUnsent(record: BulletinRecord) {
    const status = this.items.get(record.week)?.status;
    if (status === 'sending' || status === 'sent') return false;
    this.items.set(record.week, record);
    return true;
  }
  /** The same lease rules as the DynamoDB adapter. */
  async claimSending(week: string, leaseUntil: number, at: Date) {
    const r = this.items.get(week);
    const abandoned = r?.status === 'sending' && !r.queuedAt && (r.leaseUntil ?? 0) < at.getTime();
    if (r?.status !== 'compiled' && !abandoned) return null;
    const claimed: BulletinRecord = {
      ...r,
      status: 'sending',
      leaseUntil,
      sendingSince: r.sendingSince ?? at.toISOString(),
    };
    this.items.set(week, claimed);
    return claimed;
  }
  private updateSending(week: string, change: Partial<BulletinRecord>) {
    const r = this.items.get(week);
    if (r?.status !== 'sending') return false;
    this.items.set(week, { ...r, ...change });
    return true;
  }
  async recordQueued(week: string, jobsQueued: number, leaseUntil: number) {
    if (!this.updateSending(week, { jobsQueued, leaseUntil })) throw conditionFailed();
  }
  async finishQueueing(week: string, recipients: number, at: Date) {
    const { leaseUntil: _lease, ...rest } = this.items.get(week) ?? ({} as BulletinRecord);
    if (rest.status !== 'sending') throw conditionFailed();
    this.items.set(week, { ...rest, queuedAt: at.toISOString(), recipients });
  }
  async markSent(week: string) {
    const r = this.items.get(week);
    return this.updateSending(week, {
      status: 'sent',
      sentAt: r?.sendingSince ?? null,
      sentArticleIds: r?.articleIds ?? [],
    });
  }
  async list() {
    return [...this.items.values()];
  }
}

const conditionFailed = () =>
  Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException' });

export class MemorySubscribers implements SubscriberRepository {
  readonly items = new Map<string, Subscriber>();
  async get(id: string) {
    return this.items.get(id) ?? null;
  }
  async getMany(ids: string[]) {
    return ids.flatMap((id) => this.items.get(id) ?? []);
  }
  async put(s: Subscriber) {
    this.items.set(s.id, s);
  }
  async putIfUnchanged(next: Subscriber, previous: Subscriber | null) {
    const stored = this.items.get(next.id);
    const unchanged =
      previous === null
        ? stored === undefined
        : stored !== undefined && (stored.version ?? 0) === (previous.version ?? 0);
    if (!unchanged) return false;
    this.items.set(next.id, { ...next, version: (previous?.version ?? 0) + 1 });
    return true;
  }
  async listByStatus(status: SubscriberStatus) {
    return [...this.items.values()].filter((s) => s.status === status);
  }
}

export class MemoryLedger implements DeliveryLedger {
  readonly items = new Map<string, { status: string; leaseUntil?: number }>();
  constructor(private readonly now: () => number = Date.now) {}
  async claim(week: string, id: string, leaseUntil: number) {
    const k = `${week}|${id}`;
    const item = this.items.get(k);
    const free =
      !item ||
      item.status === 'released' ||
      (item.status === 'claimed' && (item.leaseUntil ?? 0) < this.now());
    if (!free) return false;
    this.items.set(k, { status: 'claimed', leaseUntil });
    return true;
  }
  async skip(week: string, id: string) {
    const k = `${week}|${id}`;
    const item = this.items.get(k);
    if (!item || item.status === 'released') this.items.set(k, { status: 'skipped' });
  }
  async settled(week: string) {
    return new Set(
      [...this.items.entries()]
        .filter(([k, v]) => k.startsWith(`${week}|`) && (v.status === 'sent' || v.status === 'skipped'))
        .map(([k]) => k.slice(week.length + 1)),
    );
  }
  async settledAmong(week: string, ids: string[]) {
    const settled = await this.settled(week);
    return new Set(ids.filter((id) => settled.has(id)));
  }
  async countSettled(week: string) {
    return (await this.settled(week)).size;
  }
  async markSent(week: string, id: string) {
    this.items.set(`${week}|${id}`, { status: 'sent' });
  }
  async release(week: string, id: string) {
    this.items.set(`${week}|${id}`, { status: 'released' });
  }
  async countSent(week: string) {
    return [...this.items.entries()].filter(([k, v]) => k.startsWith(`${week}|`) && v.status === 'sent')
      .length;
  }
  statusOf(week: string, id: string) {
    return this.items.get(`${week}|${id}`)?.status ?? null;
  }
}

/** Records every message; `failFor` addresses throw, as SES does for a refused recipient. */
export class MemoryMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  readonly failFor = new Set<string>();
  async send(email: OutgoingEmail) {
    if (this.failFor.has(email.to)) throw new Error('MessageRejected');
    this.sent.push(email);
    return `m-${this.sent.length}`;
  }
}

export const fixedClock = (iso = '2026-11-23T09:00:00Z') => ({ now: () => new Date(iso) });
