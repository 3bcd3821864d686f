import type { SourceRecord } from '../domain/article/article-record.js';
import {
  type AdditionCheck,
  checkKnowledgeFile,
  type KnowledgeAddition,
} from '../domain/knowledge/additions.js';
import { useKnowledgeAdditions } from '../domain/knowledge/knowledge-base.js';
import type { Clock } from '../ports/clock.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { SourceRepository } from '../ports/repositories.js';
import { KNOWLEDGE_PREFIX } from '../shared/storage-keys.js';

/** A running ingest function looks for new knowledge files at most this often. */
export const KNOWLEDGE_REFRESH_MS = 60_000;

export interface KnowledgeDeps {
  store: ObjectStore;
  sources: SourceRepository;
  clock: Clock;
}

export interface KnowledgeFileResult {
  key: string;
  status: 'ok' | 'rejected';
  detail: string;
}

/** Checked files by key and version: a file is read and recorded once per version, not once per batch. */
const checked = new Map<string, { etag: string; check: AdditionCheck }>();

async function checkFile(
  deps: KnowledgeDeps,
  key: string,
): Promise<{ etag: string; check: AdditionCheck } | null> {
  const head = await deps.store.head(key);
  if (!head) return null;
  const etag = head.etag ?? String(head.lastModified.getTime());
  const known = checked.get(key);
  if (known?.etag === etag) return known;
  const text = await deps.store.getText(key);
  if (text === null) return null;
  const check: AdditionCheck = key.endsWith('.json')
    ? checkKnowledgeFile(text)
    : { ok: false, reason: 'invalid-knowledge: a knowledge file is JSON and its name ends in .json' };
  await recordOnce(deps, key, etag, head.size, check);
  const result = { etag, check };
  checked.set(key, result);
  return result;
}

/** A knowledge file gets a SOURCE record like a dropped article: `bulletin status` lists it, with the reason. */
async function recordOnce(
  deps: KnowledgeDeps,
  key: string,
  etag: string,
  bytes: number,
  check: AdditionCheck,
) {
  const previous = await deps.sources.get(key);
  if (previous?.etag === etag) return;
  const record: SourceRecord = {
    key,
    status: check.ok ? 'ok' : 'rejected',
    reason: check.ok ? null : check.reason,
    articleId: null,
    etag,
    bytes,
    language: null,
    title: check.ok ? `knowledge: ${check.summary}` : null,
    partners: [],
    processedAt: deps.clock.now().toISOString(),
  };
  await deps.sources.put(record);
}

/**
 * Reads every file under knowledge/, validates each with zod (a bad one is recorded as rejected with its
 * reason and ignored) and merges the valid ones over the built-in knowledge base, in key order.
 */
export async function refreshKnowledge(deps: KnowledgeDeps): Promise<KnowledgeFileResult[]> {
  const keys = (await deps.store.list(KNOWLEDGE_PREFIX)).sort();
  const additions: KnowledgeAddition[] = [];
  const results: KnowledgeFileResult[] = [];
  const versions: string[] = [];
  for (const key of keys) {
    const file = await checkFile(deps, key);
    if (!file) continue;
    versions.push(`${key}@${file.etag}`);
    if (file.check.ok) additions.push(file.check.addition);
    results.push(
      file.check.ok
        ? { key, status: 'ok', detail: file.check.summary }
        : { key, status: 'rejected', detail: file.check.reason },
    );
  }
  useKnowledgeAdditions(additions, versions.join('|'));
  return results;
}

/** For the ingest function: refresh on the first batch, then at most once per KNOWLEDGE_REFRESH_MS. */
export function knowledgeRefresher(deps: KnowledgeDeps, everyMs = KNOWLEDGE_REFRESH_MS) {
  let last = Number.NEGATIVE_INFINITY;
  return async () => {
    const now = deps.clock.now().getTime();
    if (now - last < everyMs) return;
    await refreshKnowledge(deps);
    last = now;
  };
}
