import type { SourceRecord } from '../../functions/domain/article/article-record.js';
import { REASON_SUFFIX, rejectedKeyFor } from '../../functions/shared/storage-keys.js';

/**
 * s3rver keeps each object as files named `<last part of the key>._S3rver_metadata.json` (and `._S3rver_object`,
 * `.md5`) in folders named after the other parts, and file names have 255 bytes. A longer name made the upload
 * fail, the listing answer 500, or (over 240 bytes) crashed the whole local system with ENAMETOOLONG. AWS allows
 * 1,024 bytes per key; locally every key is checked against the file system before it reaches the emulator.
 */
const NAME_MAX = 255;
const LONGEST_S3RVER_SUFFIX = '._S3rver_metadata.json';

/** Why the emulator cannot store this key (a part too long for a file name), or null. */
export function keyTooLongForEmulator(key: string): string | null {
  const parts = key.split('/');
  const last = parts.pop() ?? '';
  const folder = parts.find((part) => Buffer.byteLength(part) > NAME_MAX);
  if (folder) return `the folder name '${folder.slice(0, 40)}...' has ${Buffer.byteLength(folder)} bytes`;
  const bytes = Buffer.byteLength(last + LONGEST_S3RVER_SUFFIX);
  if (bytes > NAME_MAX) return `the name has ${Buffer.byteLength(last)} bytes`;
  return null;
}

/** The same for a dropped inbox key, counting the names ingest derives from it (the rejected copy, its reason). */
export function inboxKeyProblem(key: string): string | null {
  const own = keyTooLongForEmulator(key);
  const derived = keyTooLongForEmulator(`${rejectedKeyFor(key)}${REASON_SUFFIX}`);
  if (!own && !derived) return null;
  const limit = NAME_MAX - LONGEST_S3RVER_SUFFIX.length - REASON_SUFFIX.length;
  const name = key.split('/').pop() ?? '';
  return (
    `name-too-long: '${name.slice(0, 40)}...' has ${Buffer.byteLength(name)} bytes; the local S3 emulator ` +
    `keeps files of at most ${limit} bytes per name (AWS allows 1,024 per key): rename the file`
  );
}

/** The SOURCE record of a key refused before upload: its status without an object behind it. */
export function refusedSource(key: string, bytes: number, reason: string, at: Date): SourceRecord {
  const status = reason.startsWith('hidden:') ? 'ignored' : 'rejected';
  const none = { articleId: null, etag: null, language: null, title: null, partners: [] };
  return { key, status, reason, bytes, processedAt: at.toISOString(), ...none };
}
