import { createHash } from 'node:crypto';
import type { BulletinLanguage, Edition } from '../domain/i18n/language.js';

/**
 * The bucket's layout, in one place: the functions read and write these keys, and the CDK stack grants,
 * triggers, expires and serves by the same prefixes (docs/formats.md).
 */
/** Staff drop articles here; an ObjectCreated event under it starts ingestion. */
export const INBOX_PREFIX = 'inbox/';
/** Knowledge-base additions, applied without a deploy. */
export const KNOWLEDGE_PREFIX = 'knowledge/';
/** One JSON file per accepted article (the article contract, with its full text). */
export const ARTICLES_PREFIX = 'articles/';
/** Refused files, byte for byte, each beside its reason. */
export const REJECTED_PREFIX = 'rejected/';
export const BULLETINS_PREFIX = 'bulletins/';
export const ARCHIVE_PREFIX = 'archive/';
export const FEEDS_PREFIX = 'feeds/';
/** What the CDN serves to the public: everything else in the bucket stays private. */
export const PUBLIC_PREFIXES = [BULLETINS_PREFIX, ARCHIVE_PREFIX, FEEDS_PREFIX] as const;

export const articleKey = (id: string) => `${ARTICLES_PREFIX}${id}.json`;

/** Public archive copies (served on the web). */
export const webKeys = (week: string, edition: Edition) => ({
  html: `${BULLETINS_PREFIX}${week}/${edition}.html`,
  text: `${BULLETINS_PREFIX}${week}/${edition}.txt`,
});

/** Email copies, with the unsubscribe placeholder; not linked from the archive. */
export const emailKeys = (week: string, edition: Edition) => ({
  html: `${BULLETINS_PREFIX}${week}/email/${edition}.html`,
  text: `${BULLETINS_PREFIX}${week}/email/${edition}.txt`,
  meta: `${BULLETINS_PREFIX}${week}/email/${edition}.json`,
});

/** The week's recipients as fixed when it was first claimed, so a resumed queueing cuts the same jobs. */
export const recipientsKey = (week: string) => `${BULLETINS_PREFIX}${week}/email/recipients.json`;

export const bulletinJsonKey = (week: string) => `${BULLETINS_PREFIX}${week}/bulletin.json`;
export const ARCHIVE_INDEX_KEY = `${ARCHIVE_PREFIX}index.html`;
/** Hashes of every archive file written, so a recompile rewrites only the files whose content changed. */
export const SITE_MANIFEST_KEY = `${ARCHIVE_PREFIX}manifest.json`;
export const SEARCH_INDEX_KEY = `${ARCHIVE_PREFIX}search-index.json`;
/** The archive site's pages, per language (the pages link to each other by the same paths). */
export const archiveKeys = {
  home: (language: BulletinLanguage) => `${ARCHIVE_PREFIX}${language}/index.html`,
  search: (language: BulletinLanguage) => `${ARCHIVE_PREFIX}${language}/search.html`,
  event: (language: BulletinLanguage, eventId: string) =>
    `${ARCHIVE_PREFIX}${language}/events/${eventId}.html`,
  partner: (language: BulletinLanguage, slug: string) => `${ARCHIVE_PREFIX}${language}/partners/${slug}.html`,
  script: `${ARCHIVE_PREFIX}search.js`,
} as const;
/** The site's own copy of a week (its bulletin without the reports' texts). */
export const weekCacheKey = (week: string) => `${ARCHIVE_PREFIX}weeks/${week}.json`;
export const feedKey = (language: BulletinLanguage) => `${FEEDS_PREFIX}${language}.xml`;

/** S3 keys are at most 1024 bytes of UTF-8; the copy's `.reason.json` key must fit too. */
const MAX_KEY_BYTES = 1024;
export const REASON_SUFFIX = '.reason.json';

/**
 * rejected/<the key without inbox/>: the refused file is kept byte for byte beside its reason. A key near
 * S3's limit would make that name too long (S3 refuses it, the message ends in the DLQ and the file never
 * gets its SOURCE record), so a long name becomes its hash plus as much of its end as fits.
 */
export function rejectedKeyFor(key: string): string {
  const target = `${REJECTED_PREFIX}${key.startsWith(INBOX_PREFIX) ? key.slice(INBOX_PREFIX.length) : key}`;
  if (Buffer.byteLength(target + REASON_SUFFIX) <= MAX_KEY_BYTES) return target;
  const head = `${REJECTED_PREFIX}${createHash('sha256').update(key).digest('hex').slice(0, 16)}-`;
  // The key's own folders are kept: s3rver stores them as directories, whose names have a 255-byte limit.
  let tail = [...key];
  while (Buffer.byteLength(head + tail.join('') + REASON_SUFFIX) > MAX_KEY_BYTES) tail = tail.slice(1);
  return head + tail.join('');
}
