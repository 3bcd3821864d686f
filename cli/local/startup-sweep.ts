import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SourceRecord } from '../../functions/domain/article/article-record.js';
import { makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { INBOX_PREFIX } from '../../functions/shared/storage-keys.js';
import { bareEtag } from '../../functions/use-cases/source-keys.js';
import { inboxKeyFor } from './inbox-watcher.js';
import { refusedSource } from './key-limits.js';
import { s3NotificationBody } from './s3-notifications.js';

export interface SweepDeps {
  config: Config;
  /** The SOURCE records as they stand (by key). */
  sources: Map<string, SourceRecord>;
  recordRefused: (record: SourceRecord) => Promise<void>;
  /** Hands an S3 notification body to the ingest queue. */
  ingest: (body: string) => void;
}

/**
 * What a crash can leave behind, caught up at start (the watcher only sees changes): files in the inbox
 * folder that never reached the bucket (or changed while nothing ran) are uploaded, and objects under inbox/
 * with no SOURCE record for their very version are sent to ingestion again, as S3 would have notified them.
 */
export async function sweepInbox(
  dir: string,
  deps: SweepDeps,
): Promise<{ uploaded: number; requeued: number }> {
  const s3 = makeS3Client(deps.config);
  try {
    const objects = await listInbox(s3, deps.config.BUCKET_NAME);
    let uploaded = 0;
    for (const file of filesUnder(dir)) {
      const { key, refusal } = inboxKeyFor(dir, file);
      const bytes = readFileSync(file);
      if (refusal) {
        if (deps.sources.get(key)?.reason !== refusal)
          await deps.recordRefused(refusedSource(key, bytes.length, refusal, new Date()));
        continue;
      }
      const md5 = createHash('md5').update(bytes).digest('hex');
      if (objects.get(key)?.etag === md5) continue;
      const out = await s3.send(
        new PutObjectCommand({ Bucket: deps.config.BUCKET_NAME, Key: key, Body: bytes }),
      );
      objects.set(key, { etag: bareEtag(out.ETag) ?? md5, size: bytes.length, notified: true });
      uploaded++;
    }
    let requeued = 0;
    for (const [key, object] of objects) {
      if (object.notified || deps.sources.get(key)?.etag === object.etag) continue;
      const record = { eventName: 'ObjectCreated:Put', eventTime: new Date().toISOString() };
      const s3Part = {
        bucket: { name: deps.config.BUCKET_NAME },
        object: { key, size: object.size, eTag: object.etag },
      };
      deps.ingest(
        JSON.stringify(
          s3NotificationBody(deps.config.BUCKET_NAME, deps.config.AWS_REGION, { ...record, s3: s3Part }),
        ),
      );
      requeued++;
    }
    return { uploaded, requeued };
  } finally {
    s3.destroy();
  }
}

type Listed = Map<string, { etag: string; size: number; notified?: boolean }>;

async function listInbox(s3: ReturnType<typeof makeS3Client>, bucket: string): Promise<Listed> {
  const objects: Listed = new Map();
  let token: string | undefined;
  do {
    const out = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: INBOX_PREFIX, ContinuationToken: token }),
    );
    for (const o of out.Contents ?? [])
      if (o.Key) objects.set(o.Key, { etag: bareEtag(o.ETag) ?? '', size: o.Size ?? 0 });
    token = out.NextContinuationToken;
  } while (token);
  return objects;
}

/** Every file under the folder, hidden ones included (they get `ignored`), not inside hidden folders. */
function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) return [path];
    return name.startsWith('.') ? [] : filesUnder(path);
  });
}
