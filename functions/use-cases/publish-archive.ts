import type { BulletinRecord } from '../domain/bulletin/bulletin-record.js';
import { BULLETIN_LANGUAGES } from '../domain/i18n/language.js';
import { renderFeed } from '../domain/render/render-archive.js';
import type { ObjectStore } from '../ports/object-store.js';
import { feedKey } from '../shared/storage-keys.js';
import { publishSite } from './publish-site.js';

const entryOf = (r: BulletinRecord) => ({
  week: r.week,
  titleAz: r.titleAz,
  titleEn: r.titleEn,
  events: r.events,
  updated: r.compiledAt,
});

/**
 * Rewrites the archive site (home, event and partner pages, search; publish-site.ts) and the per-language
 * feeds from every final bulletin. A draft (the dev preview, or a week waiting for an editor's approval)
 * stays off the archive and the feeds: what the public reads is what the editors approved. Its own web
 * copy (/bulletins/<week>/) is written for the review and linked from nowhere public.
 */
export async function publishArchive(
  deps: { store: ObjectStore; archiveBaseUrl: string },
  records: BulletinRecord[],
): Promise<void> {
  const shown = records
    .filter((r) => r.status !== 'empty' && !r.draft)
    .sort((a, b) => b.week.localeCompare(a.week));
  await publishSite(deps.store, shown);
  const final = shown.map(entryOf);
  for (const language of BULLETIN_LANGUAGES) {
    await deps.store.put(
      feedKey(language),
      renderFeed(final, language, deps.archiveBaseUrl),
      'application/atom+xml; charset=utf-8',
    );
  }
}
