import { renderArchiveIndex, renderFeed } from '../domain/render/render-archive.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { BulletinRecord } from '../ports/repositories.js';
import { ARCHIVE_INDEX_KEY, feedKey } from './bulletin-keys.js';

/** Rewrites the archive index and the per-language feeds from every compiled bulletin. */
export async function publishArchive(
  deps: { store: ObjectStore; archiveBaseUrl: string },
  records: BulletinRecord[],
): Promise<void> {
  const entries = records
    .filter((r) => r.status !== 'empty')
    .sort((a, b) => b.week.localeCompare(a.week))
    .map((r) => ({
      week: r.week,
      titleAz: r.titleAz,
      titleEn: r.titleEn,
      events: r.events,
      updated: r.compiledAt,
    }));
  await deps.store.put(ARCHIVE_INDEX_KEY, renderArchiveIndex(entries), 'text/html; charset=utf-8');
  for (const language of ['az', 'en'] as const) {
    await deps.store.put(
      feedKey(language),
      renderFeed(entries, language, deps.archiveBaseUrl),
      'application/atom+xml; charset=utf-8',
    );
  }
}
