import { buildBulletin } from '../domain/bulletin/build-bulletin.js';
import type { BulletinRecord } from '../domain/bulletin/bulletin-record.js';
import type { Clock } from '../ports/clock.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { DeliveryQueue } from '../ports/queue.js';
import type {
  ArticleRepository,
  BulletinRepository,
  DeliveryLedger,
  SubscriberRepository,
} from '../ports/repositories.js';
import type { CorrectionRepository } from '../ports/review.js';
import type { Translator } from '../ports/translator.js';
import { COMPILE_TIMEOUT_SECONDS } from '../shared/delivery-limits.js';
import { compiledRecord, EMPTY_REASON, emptyRecord } from './bulletin-record.js';
import { findLateNews } from './late-news.js';
import { loadArticles, loadArticlesById } from './load-articles.js';
import { publishArchive } from './publish-archive.js';
import { isQueueingAbandoned, queueDelivery } from './queue-delivery.js';
import { buildCorrectedBulletin, correctedRecords, correctedWeek } from './review-corrected-week.js';
import { translateBulletin } from './translate-summaries.js';
import { writeEditions } from './write-editions.js';

export interface CompileDeps {
  store: ObjectStore;
  articles: ArticleRepository;
  bulletins: BulletinRepository;
  subscribers: SubscriberRepository;
  queue: DeliveryQueue;
  /** Read to mark a week sent when its deliveries are all settled by the time queueing ends. */
  ledger: DeliveryLedger;
  clock: Clock;
  archiveBaseUrl: string;
  /** Fills summaries missing in a reader language (cached); without it the original is shown, marked. */
  translator?: Translator;
  /** Editors' corrections (review): applied over the extracted facts at every compile. */
  corrections?: CorrectionRepository;
}

export type CompileOutcome =
  | { status: 'empty'; week: string; reason: string }
  | {
      status: 'compiled' | 'sent' | 'already-sent';
      week: string;
      events: number;
      late: number;
      queuedSubscribers: number;
    };

export interface CompileOptions {
  /** A preview of the current week (`bulletin dev`): recorded as such, never blocks the real send. */
  draft?: boolean;
  /** End of the week's `sending` lease (epoch ms): the invocation's deadline. Default: the compile timeout. */
  leaseUntil?: number;
}

const isSent = (r: BulletinRecord | null): r is BulletinRecord =>
  r?.status === 'sent' || r?.status === 'sending';

/**
 * Builds one ISO week's bulletin from the stored articles (and the late news of earlier sent weeks),
 * renders every edition to S3, refreshes the archive and feeds, and (with send) queues delivery. The same
 * articles give the same bytes; a week already sent only gets its archive page refreshed, never a second send.
 */
export async function compileBulletin(
  deps: CompileDeps,
  week: string,
  send: boolean,
  options: CompileOptions = {},
): Promise<CompileOutcome> {
  const previous = await deps.bulletins.get(week);
  // A send whose queueing died half-way (crash, SQS refusing) resumes instead of answering "already sent".
  if (send && isQueueingAbandoned(previous, deps.clock)) return resumeSending(deps, previous, options);
  if (isSent(previous)) {
    const outcome = await refreshSentWeek(deps, previous);
    await publishArchive(deps, await deps.bulletins.list());
    return outcome;
  }
  const news = await findLateNews(deps.articles, week, await deps.bulletins.list());
  // Late arrivals also belong on their own week's archive page.
  for (const stale of news.staleWeeks) await refreshSentWeek(deps, stale);
  const { records, corrections } = await correctedWeek(deps, week);
  const lateNews = await correctedRecords(deps, news.late);
  if (records.length === 0 && lateNews.records.length === 0) {
    await recordEmpty(deps, week, previous, options);
    if (news.staleWeeks.length > 0) await publishArchive(deps, await deps.bulletins.list());
    return { status: 'empty', week, reason: EMPTY_REASON };
  }
  const [articles, late] = await Promise.all([
    loadArticles(deps.store, records),
    loadArticles(deps.store, lateNews.records),
  ]);
  const built = buildCorrectedBulletin(
    { week, articles, late },
    new Map([...corrections, ...lateNews.corrections]),
  );
  const bulletin = await translateBulletin(built, deps.translator);
  const written = await writeEditions(deps, bulletin, { emails: true });
  const record = compiledRecord(bulletin, written, previous, deps.clock, options.draft === true);
  const counts = { week, events: record.events, late: bulletin.late.length, queuedSubscribers: 0 };
  // A send that claimed the week since we read it wins: this compile must not turn it back to 'compiled'.
  if (!(await deps.bulletins.putIfUnsent(record))) return { status: 'already-sent', ...counts };
  await publishArchive(deps, await deps.bulletins.list());
  if (!send) return { status: 'compiled', ...counts };
  const queued = await queueDelivery(deps, week, leaseEnd(deps, options));
  if (queued === null) return { status: 'already-sent', ...counts };
  return { status: 'sent', ...counts, queuedSubscribers: queued };
}

const leaseEnd = (deps: CompileDeps, options: CompileOptions) =>
  options.leaseUntil ?? deps.clock.now().getTime() + COMPILE_TIMEOUT_SECONDS * 1000;

async function resumeSending(deps: CompileDeps, previous: BulletinRecord, options: CompileOptions) {
  const week = previous.week;
  const counts = { week, events: previous.events, late: previous.lateArticleIds?.length ?? 0 };
  const queued = await queueDelivery(deps, week, leaseEnd(deps, options));
  if (queued === null) return { status: 'already-sent' as const, ...counts, queuedSubscribers: 0 };
  return { status: 'sent' as const, ...counts, queuedSubscribers: queued };
}

/** Rewrites a sent week's archive page and record from its articles now; the late news it sent stays. */
async function refreshSentWeek(deps: CompileDeps, previous: BulletinRecord): Promise<CompileOutcome> {
  const week = previous.week;
  const lateIds = previous.lateArticleIds ?? [];
  const outcome = {
    status: 'already-sent',
    week,
    events: previous.events,
    late: lateIds.length,
    queuedSubscribers: 0,
  } as const;
  // While 'sending', the sender still writes the record (sentAt): leave it to the next compile.
  if (previous.status !== 'sent') return outcome;
  // Editors' corrections made after the send (errata) show on the archive page; the email stays as sent.
  const { records, corrections } = await correctedWeek(deps, week);
  if (records.length === 0) return outcome;
  const [articles, late] = await Promise.all([
    loadArticles(deps.store, records),
    loadArticlesById(deps.store, lateIds),
  ]);
  const built = buildCorrectedBulletin({ week, articles, late }, corrections);
  const bulletin = await translateBulletin(built, deps.translator);
  const written = await writeEditions(deps, bulletin, { emails: false });
  const record = compiledRecord(bulletin, written, previous, deps.clock, false);
  const sentArticleIds = previous.sentArticleIds ?? previous.articleIds;
  await deps.bulletins.put({ ...record, status: previous.status, sentAt: previous.sentAt, sentArticleIds });
  return { ...outcome, events: record.events };
}

async function recordEmpty(
  deps: CompileDeps,
  week: string,
  previous: BulletinRecord | null,
  options: CompileOptions,
) {
  // The dev server shows the current week even before its first article: a "no events" page.
  if (options.draft) await writeEditions(deps, buildBulletin({ week, articles: [] }), { emails: false });
  if (!previous) await deps.bulletins.putIfUnsent(emptyRecord(week, deps.clock, options.draft === true));
}
