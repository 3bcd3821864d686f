import { renderArchiveIndex, renderFeed } from '../domain/render/render-archive.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { BulletinRecord } from '../ports/repositories.js';
import { ARCHIVE_INDEX_KEY, feedKey } from './bulletin-keys.js';

const entryOf = (r: BulletinRecord) => ({
  week: r.week,
  titleAz: r.titleAz,
  titleEn: r.titleEn,
  events: r.events,
  updated: r.compiledAt,
});

/**
 * Rewrites the archive index and the per-language feeds from every compiled bulletin. The index lists the
 * current week's draft too (the dev server shows it); feed readers get a week only once it is final.
 */
export async function publishArchive(
  deps: { store: ObjectStore; archiveBaseUrl: string },
  records: BulletinRecord[],
): Promise<void> {
  const shown = records.filter((r) => r.status !== 'empty').sort((a, b) => b.week.localeCompare(a.week));
  const entries = shown.map(entryOf);
  const final = shown.filter((r) => !r.draft).map(entryOf);
  await deps.store.put(ARCHIVE_INDEX_KEY, renderArchiveIndex(entries), 'text/html; charset=utf-8');
  for (const language of ['az', 'en'] as const) {
    await deps.store.put(
      feedKey(language),
      renderFeed(final, language, deps.archiveBaseUrl),
      'application/atom+xml; charset=utf-8',
    );
  }
}
