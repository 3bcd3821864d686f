import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { watch } from 'chokidar';
import type { SourceRecord } from '../../functions/domain/article/article-record.js';
import { makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { INBOX_PREFIX } from '../../functions/shared/storage-keys.js';
import { hiddenNameReason } from '../../functions/use-cases/source-keys.js';
import { inboxKeyProblem, refusedSource } from './key-limits.js';

export interface InboxHandlers {
  onError: (file: string, error: Error) => void;
  /** A file that is not uploaded (hidden, or a name the emulator cannot keep) gets its status here. */
  onRefused: (record: SourceRecord) => Promise<void>;
}

/** The bucket key of a file under the inbox folder, and why it is not uploaded (null: it is). */
export function inboxKeyFor(
  dir: string,
  file: string,
  prefix = INBOX_PREFIX,
): { key: string; refusal: string | null } {
  const key = `${prefix}${relative(dir, file).split(sep).join('/')}`;
  return { key, refusal: hiddenNameReason(key) ?? inboxKeyProblem(key) };
}

/**
 * Mirrors a folder into the bucket under inbox/ (or another prefix: knowledge/ for knowledge files): a file
 * dropped (or saved again) there is uploaded.
 */
export function watchInbox(
  dir: string,
  config: Config,
  handlers: InboxHandlers,
  options: { prefix?: string; onUploaded?: (key: string) => void } = {},
) {
  mkdirSync(dir, { recursive: true });
  const s3 = makeS3Client(config);
  const upload = async (file: string) => {
    const { key, refusal } = inboxKeyFor(dir, file, options.prefix);
    try {
      if (refusal)
        return await handlers.onRefused(refusedSource(key, statSync(file).size, refusal, new Date()));
      await s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: readFileSync(file) }));
      options.onUploaded?.(key);
    } catch (error) {
      handlers.onError(file, error as Error);
    }
  };
  const watcher = watch(dir, {
    ignoreInitial: true,
    // Wait until a copy has finished writing, so a half-written file is never ingested.
    awaitWriteFinish: { stabilityThreshold: 300, pollInterval: 50 },
    // Files inside hidden folders (.git, .Trash) are not looked at; a hidden file itself gets `ignored`.
    ignored: (path) => /(^|[/\\])\.[^/\\]*[/\\]/.test(relative(dir, path)),
  });
  watcher.on('add', upload).on('change', upload);
  return {
    close: async () => {
      await watcher.close();
      s3.destroy();
    },
  };
}
