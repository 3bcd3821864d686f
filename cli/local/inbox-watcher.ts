import { mkdirSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { watch } from 'chokidar';
import { makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';

/**
 * Mirrors a folder into the bucket under inbox/ (or another prefix: knowledge/ for knowledge files): a file
 * dropped (or saved again) there is uploaded.
 */
export function watchInbox(
  dir: string,
  config: Config,
  onError: (file: string, error: Error) => void,
  options: { prefix?: string; onUploaded?: (key: string) => void } = {},
) {
  mkdirSync(dir, { recursive: true });
  const s3 = makeS3Client(config);
  const upload = async (file: string) => {
    const key = `${options.prefix ?? 'inbox/'}${relative(dir, file).split(sep).join('/')}`;
    try {
      await s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: readFileSync(file) }));
      options.onUploaded?.(key);
    } catch (error) {
      onError(file, error as Error);
    }
  };
  const watcher = watch(dir, {
    ignoreInitial: true,
    // Wait until a copy has finished writing, so a half-written file is never ingested.
    awaitWriteFinish: { stabilityThreshold: 300, pollInterval: 50 },
    ignored: (path) => /(^|[/\\])\.[^/\\]/.test(relative(dir, path)),
  });
  watcher.on('add', upload).on('change', upload);
  return {
    close: async () => {
      await watcher.close();
      s3.destroy();
    },
  };
}
