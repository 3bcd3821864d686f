import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { sourceRepository } from '../../functions/composition/storage.js';
import type { SourceRecord } from '../../functions/domain/article/article-record.js';
import { makeS3Client } from '../../functions/shared/clients.js';
import { printable } from '../../functions/shared/printable.js';
import { INBOX_PREFIX } from '../../functions/shared/storage-keys.js';
import { hiddenNameReason } from '../../functions/use-cases/source-keys.js';
import { inboxKeyProblem, refusedSource } from './key-limits.js';
import type { LocalSystem } from './runtime.js';

export interface Upload {
  key: string;
  etag: string;
}

/** Puts files into the bucket under inbox/, as staff do in AWS; the notification does the rest. */
export async function uploadFiles(
  system: LocalSystem,
  files: string[],
  published?: string,
): Promise<Upload[]> {
  const s3 = makeS3Client(system.config);
  const sources = sourceRepository(system.config);
  const uploads: Upload[] = [];
  for (const file of files) {
    const key = `${INBOX_PREFIX}${basename(file)}`;
    // Refused before the emulator: the status is recorded at once (waitForSources finds it).
    const refusal = hiddenNameReason(key) ?? inboxKeyProblem(key);
    if (refusal) {
      await sources.put(refusedSource(key, (await stat(file)).size, refusal, new Date()));
      uploads.push({ key, etag: '' });
      continue;
    }
    const out = await s3.send(
      new PutObjectCommand({
        Bucket: system.config.BUCKET_NAME,
        Key: key,
        Body: await readFile(file),
        Metadata: published ? { published } : undefined,
      }),
    );
    uploads.push({ key, etag: (out.ETag ?? '').replace(/^"|"$/g, '') });
  }
  s3.destroy();
  return uploads;
}

/** Waits until each upload has its SOURCE record for that very object (same ETag), or the timeout passes. */
export async function waitForSources(system: LocalSystem, uploads: Upload[], timeoutMs = 120_000) {
  await system.settle();
  const sources = sourceRepository(system.config);
  const deadline = Date.now() + timeoutMs;
  const done = new Map<string, SourceRecord>();
  while (done.size < uploads.length && Date.now() < deadline) {
    for (const upload of uploads) {
      if (done.has(upload.key)) continue;
      const record = await sources.get(upload.key);
      if (record && (!record.etag || !upload.etag || record.etag === upload.etag))
        done.set(upload.key, record);
    }
    if (done.size < uploads.length) await new Promise((r) => setTimeout(r, 200));
  }
  return uploads.map((u) => done.get(u.key) ?? null);
}

/** One file's status for the terminal; its key, title and partners come from outside and print escaped. */
export function sourceLine(record: SourceRecord): string {
  const status = record.status.padEnd(9);
  if (record.status === 'rejected' || record.status === 'ignored')
    return printable(`${status} ${record.key}: ${record.reason}`);
  const partners = record.partners.length ? record.partners.join(', ') : 'no partner found';
  return printable(
    `${status} ${(record.language ?? '--').padEnd(2)}  ${record.key}  "${record.title}"  [${partners}]`,
  );
}
