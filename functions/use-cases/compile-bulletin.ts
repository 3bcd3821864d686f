import { createHash } from 'node:crypto';
import type { OkArticle } from '../domain/article/article.js';
import { buildBulletin } from '../domain/bulletin/build-bulletin.js';
import type { Bulletin } from '../domain/bulletin/bulletin.js';
import { renderEdition, renderWebPage } from '../domain/render/render-edition.js';
import type { Clock } from '../ports/clock.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { DeliveryQueue } from '../ports/queue.js';
import type {
  ArticleRecord,
  ArticleRepository,
  BulletinRecord,
  BulletinRepository,
  SubscriberRepository,
} from '../ports/repositories.js';
import { bulletinJsonKey, EDITIONS, emailKeys, UNSUBSCRIBE_PLACEHOLDER, webKeys } from './bulletin-keys.js';
import { publishArchive } from './publish-archive.js';

export interface CompileDeps {
  store: ObjectStore;
  articles: ArticleRepository;
  bulletins: BulletinRepository;
  subscribers: SubscriberRepository;
  queue: DeliveryQueue;
  clock: Clock;
  archiveBaseUrl: string;
  /** Subscribers per delivery job (one SQS message). */
  jobSize?: number;
}

export type CompileOutcome =
  | { status: 'empty'; week: string; reason: string }
  | { status: 'compiled' | 'sent' | 'already-sent'; week: string; events: number; queuedSubscribers: number };

/**
 * Builds one ISO week's bulletin from the stored articles, renders every edition to S3, refreshes the archive
 * and feeds, and (with send) queues delivery. Compiling the same articles twice writes the same bytes; a week
 * already sent is never queued again.
 */
export async function compileBulletin(
  deps: CompileDeps,
  week: string,
  send: boolean,
): Promise<CompileOutcome> {
  const previous = await deps.bulletins.get(week);
  const records = await deps.articles.listWeek(week);
  if (records.length === 0) {
    const reason = 'no articles with an event date in this week';
    if (!previous) await deps.bulletins.put(emptyRecord(week, reason, deps.clock));
    return { status: 'empty', week, reason };
  }
  const bulletin = buildBulletin({ week, articles: await loadArticles(deps.store, records) });
  const record = await writeBulletin(deps, bulletin, previous);
  await publishArchive(deps, await deps.bulletins.list());
  if (previous?.status === 'sent' || previous?.status === 'sending') {
    return { status: 'already-sent', week, events: record.events, queuedSubscribers: 0 };
  }
  if (!send) return { status: 'compiled', week, events: record.events, queuedSubscribers: 0 };
  const queued = await queueDelivery(deps, week);
  return { status: 'sent', week, events: record.events, queuedSubscribers: queued };
}

async function loadArticles(store: ObjectStore, records: ArticleRecord[]): Promise<OkArticle[]> {
  const texts = await Promise.all(records.map((r) => store.getText(`articles/${r.id}.json`)));
  return records.map(
    (r, i) => ({ ...r, text: texts[i] ? (JSON.parse(texts[i]) as OkArticle).text : '' }) as OkArticle,
  );
}

async function writeBulletin(deps: CompileDeps, bulletin: Bulletin, previous: BulletinRecord | null) {
  const base = deps.archiveBaseUrl.replace(/\/$/, '');
  const json = `${JSON.stringify(bulletin, null, 2)}\n`;
  let titles = { titleEn: '', titleAz: '' };
  for (const edition of EDITIONS) {
    const webUrl = `${base}/${webKeys(bulletin.week, edition).html}`;
    const links = { archiveUrl: `${base}/`, webUrl, unsubscribeUrl: UNSUBSCRIBE_PLACEHOLDER };
    const email = await renderEdition(bulletin, edition, links);
    const web = await renderWebPage(bulletin, edition, { archiveUrl: `${base}/`, webUrl });
    const e = emailKeys(bulletin.week, edition);
    const w = webKeys(bulletin.week, edition);
    await deps.store.put(e.html, email.html, 'text/html; charset=utf-8');
    await deps.store.put(e.text, email.text, 'text/plain; charset=utf-8');
    await deps.store.put(e.meta, JSON.stringify({ subject: email.subject }), 'application/json');
    await deps.store.put(w.html, web, 'text/html; charset=utf-8');
    await deps.store.put(
      w.text,
      email.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, `${base}/`),
      'text/plain; charset=utf-8',
    );
    if (edition === 'en') titles = { ...titles, titleEn: email.subject };
    if (edition === 'az') titles = { ...titles, titleAz: email.subject };
  }
  await deps.store.put(bulletinJsonKey(bulletin.week), json, 'application/json; charset=utf-8');
  const contentHash = createHash('sha256').update(json).digest('hex');
  const sent = previous?.status === 'sent' || previous?.status === 'sending';
  const record: BulletinRecord = {
    week: bulletin.week,
    status: sent && previous ? previous.status : 'compiled',
    reason: null,
    events: bulletin.figures.events,
    partners: bulletin.figures.partners,
    articleIds: bulletin.groups.flatMap((g) => g.items.flatMap((i) => i.articleIds)).sort(),
    contentHash,
    // Unchanged content keeps its compile time, so recompiling the same articles writes the same record.
    compiledAt: previous?.contentHash === contentHash ? previous.compiledAt : deps.clock.now().toISOString(),
    sentAt: previous?.sentAt ?? null,
    ...titles,
  };
  await deps.bulletins.put(record);
  return record;
}

async function queueDelivery(deps: CompileDeps, week: string): Promise<number> {
  if (!(await deps.bulletins.claimSending(week))) return 0;
  const active = await deps.subscribers.listByStatus('active');
  const size = deps.jobSize ?? 50;
  const ids = active.map((s) => s.id).sort();
  const jobs = [];
  for (let i = 0; i < ids.length; i += size) jobs.push({ week, subscriberIds: ids.slice(i, i + size) });
  await deps.queue.enqueue(jobs);
  const record = await deps.bulletins.get(week);
  if (record) await deps.bulletins.put({ ...record, status: 'sent', sentAt: deps.clock.now().toISOString() });
  return ids.length;
}

function emptyRecord(week: string, reason: string, clock: Clock): BulletinRecord {
  return {
    week,
    status: 'empty',
    reason,
    events: 0,
    partners: 0,
    articleIds: [],
    contentHash: '',
    compiledAt: clock.now().toISOString(),
    sentAt: null,
    titleEn: '',
    titleAz: '',
  };
}
