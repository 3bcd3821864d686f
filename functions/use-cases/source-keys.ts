import { createHash } from 'node:crypto';

export const INBOX_PREFIX = 'inbox/';

/** S3 keys are at most 1024 bytes of UTF-8; the copy's `.reason.json` key must fit too. */
const MAX_KEY_BYTES = 1024;
const REASON_SUFFIX = '.reason.json';

/**
 * rejected/<the key without inbox/>: the refused file is kept byte for byte beside its reason. A key near
 * S3's limit would make that name too long (S3 refuses it, the message ends in the DLQ and the file never
 * gets its SOURCE record), so a long name becomes its hash plus as much of its end as fits.
 */
export function rejectedKeyFor(key: string): string {
  const target = `rejected/${key.startsWith(INBOX_PREFIX) ? key.slice(INBOX_PREFIX.length) : key}`;
  if (Buffer.byteLength(target + REASON_SUFFIX) <= MAX_KEY_BYTES) return target;
  const head = `rejected/${createHash('sha256').update(key).digest('hex').slice(0, 16)}-`;
  // The key's own folders are kept: s3rver stores them as directories, whose names have a 255-byte limit.
  let tail = [...key];
  while (Buffer.byteLength(head + tail.join('') + REASON_SUFFIX) > MAX_KEY_BYTES) tail = tail.slice(1);
  return head + tail.join('');
}

/** S3 quotes ETags in API responses but not in event notifications. */
export function bareEtag(etag: string | undefined): string | undefined {
  return etag?.replace(/^"|"$/g, '') || undefined;
}

/**
 * Names starting with a dot (in any folder) are editor and system files (.DS_Store, .~lock, .swp): recorded as
 * `ignored` with this reason, never read as articles.
 */
export function hiddenNameReason(key: string): string | null {
  const parts = key.split('/');
  // '..' and '..txt' are odd but ordinary names (S3 keys have no path navigation); '.DS_Store' is hidden.
  const hidden = parts.find((part) => /^\.[^.]/.test(part));
  return hidden
    ? `hidden: '${hidden}' starts with a dot (editor or system file), not read as an article`
    : null;
}
