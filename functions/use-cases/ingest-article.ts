import type { Article, OkArticle } from '../domain/article/article.js';
import type { SourceRecord, SourceStatus } from '../domain/article/article-record.js';
import { isoWeekOf, localDate } from '../domain/bulletin/iso-week.js';
import type { ExtractArticle } from '../domain/extract/contract.js';
import type { Clock } from '../ports/clock.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { ArticleRepository, SourceRepository } from '../ports/repositories.js';
import { articleKey, REASON_SUFFIX, rejectedKeyFor } from '../shared/storage-keys.js';
import { bareEtag, hiddenNameReason } from './source-keys.js';
import { storyKeyFor } from './story-key-for.js';

export interface IngestDeps {
  store: ObjectStore;
  articles: ArticleRepository;
  sources: SourceRepository;
  extract: ExtractArticle;
  clock: Clock;
  timeZone: string;
  maxBytes: number;
}

export interface IngestRequest {
  key: string;
  etag?: string | undefined;
  /** Re-extract even when this very object was processed already (`bulletin reprocess`). */
  force?: boolean;
}

/**
 * One dropped file -> one SOURCE record (ok, duplicate or rejected). Bad input is recorded, never thrown;
 * infrastructure errors are thrown so the queue retries them. Running it twice for the same object is harmless.
 */
export async function ingestArticle(deps: IngestDeps, request: IngestRequest): Promise<SourceRecord> {
  const previous = await deps.sources.get(request.key);
  const eventEtag = bareEtag(request.etag);
  if (!request.force && previous && eventEtag && previous.etag === eventEtag) return previous;
  const hidden = hiddenNameReason(request.key);
  if (hidden) return recordSource(deps, statusOnly(request.key, 'ignored', hidden, eventEtag));

  const head = await deps.store.head(request.key);
  if (!head) return vanished(deps, request.key, eventEtag);
  // x-amz-meta-published (set by `bulletin ingest --published`) wins over the upload time when well formed.
  const stated = head.metadata.published;
  const publishedAt =
    stated && /^\d{4}-\d{2}-\d{2}$/.test(stated) ? stated : localDate(head.lastModified, deps.timeZone);
  if (head.size > deps.maxBytes) {
    return reject(
      deps,
      request.key,
      eventEtag ?? bareEtag(head.etag),
      head.size,
      `too-large: ${head.size} bytes is over the ${deps.maxBytes}-byte cap`,
    );
  }
  const object = await deps.store.get(request.key);
  if (!object) return vanished(deps, request.key, eventEtag);
  const article = await deps.extract({ bytes: object.bytes, key: request.key, publishedAt });
  if (article.status !== 'ok' || !article.language) {
    return reject(
      deps,
      request.key,
      eventEtag ?? bareEtag(object.etag),
      object.size,
      article.error ?? 'rejected',
    );
  }
  return accept(deps, article as OkArticle, eventEtag ?? bareEtag(object.etag), previous);
}

async function accept(
  deps: IngestDeps,
  extracted: OkArticle,
  etag: string | undefined,
  previous: SourceRecord | null,
): Promise<SourceRecord> {
  // The key of the stored report of the same event, if any: set before anything is written, so the
  // article JSON and the table agree and the key never changes afterwards.
  const article = { ...extracted, storyKey: await storyKeyFor(deps.articles, extracted) };
  const { text: _text, ...metadata } = article;
  const week = isoWeekOf(article.eventDate ?? article.publishedAt);
  // articles/<id>.json first: a crash after it and before the table write is repaired by the retry.
  await deps.store.put(
    articleKey(article.id),
    `${JSON.stringify(article, null, 2)}\n`,
    'application/json; charset=utf-8',
  );
  const record = { ...metadata, week, ingestedAt: deps.clock.now().toISOString() };
  let created = await deps.articles.putIfAbsent(record);
  // The same key yielding the same article again (a reprocess, or a retry after a crash before the SOURCE
  // write) refreshes it; it is not a duplicate of itself.
  if (!created && (await deps.articles.get(article.id))?.source.key === article.source.key) {
    await deps.articles.replace(record);
    created = true;
  }
  // A corrected copy dropped under the same key replaces the earlier version in every bulletin from now on.
  if (previous?.articleId && previous.articleId !== article.id)
    await deps.articles.supersede(previous.articleId, article.id);
  return recordSource(deps, {
    key: article.source.key,
    status: created ? 'ok' : 'duplicate',
    reason: created ? null : `duplicate: the same text was ingested before as article ${article.id}`,
    articleId: article.id,
    etag: etag ?? null,
    bytes: article.source.bytes,
    language: article.language,
    title: article.title,
    partners: [...article.countries, ...article.organizations.map((o) => o.en)],
  });
}

async function reject(
  deps: IngestDeps,
  key: string,
  etag: string | undefined,
  bytes: number,
  reason: string,
) {
  const target = rejectedKeyFor(key);
  await deps.store.copy(key, target);
  await deps.store.put(
    `${target}${REASON_SUFFIX}`,
    `${JSON.stringify({ key, reason }, null, 2)}\n`,
    'application/json',
  );
  return recordSource(deps, {
    key,
    status: 'rejected',
    reason,
    articleId: null,
    etag: etag ?? null,
    bytes,
    language: null,
    title: null,
    partners: [],
  });
}

async function recordSource(
  deps: IngestDeps,
  fields: Omit<SourceRecord, 'processedAt'>,
): Promise<SourceRecord> {
  const source: SourceRecord = { ...fields, processedAt: deps.clock.now().toISOString() };
  await deps.sources.put(source);
  return source;
}

/**
 * The object named by the event is gone (deleted before it was read): a status, not an error, since no retry
 * can bring it back. A later upload under the same key has a new ETag and is ingested as usual.
 */
function vanished(deps: IngestDeps, key: string, etag: string | undefined) {
  const reason = 'vanished: the object was deleted before it could be read';
  return recordSource(deps, statusOnly(key, 'rejected', reason, etag));
}

function statusOnly(key: string, status: SourceStatus, reason: string, etag: string | undefined) {
  const none = { articleId: null, bytes: 0, language: null, title: null, partners: [] };
  return { key, status, reason, etag: etag ?? null, ...none };
}

export type { Article };
