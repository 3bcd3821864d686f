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
 * feeds from every compiled bulletin. The site shows the current week's draft too (the dev server shows
 * it); feed readers get a week only once it is final.
 */
export async function publishArchive(
  deps: { store: ObjectStore; archiveBaseUrl: string },
  records: BulletinRecord[],
): Promise<void> {
  const shown = records.filter((r) => r.status !== 'empty').sort((a, b) => b.week.localeCompare(a.week));
  const final = shown.filter((r) => !r.draft).map(entryOf);
  await publishSite(deps.store, shown);
  for (const language of BULLETIN_LANGUAGES) {
    await deps.store.put(
      feedKey(language),
      renderFeed(final, language, deps.archiveBaseUrl),
      'application/atom+xml; charset=utf-8',
    );
  }
}
