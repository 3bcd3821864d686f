import { createHash } from 'node:crypto';
import { z } from 'zod';
import { collectEvents, collectPartners } from '../domain/archive/archive-events.js';
import { buildSearchIndex } from '../domain/archive/search-index.js';
import { searchScript } from '../domain/archive/search-script.js';
import type { Bulletin } from '../domain/bulletin/bulletin.js';
import type { BulletinRecord } from '../domain/bulletin/bulletin-record.js';
import { BULLETIN_LANGUAGES } from '../domain/i18n/language.js';
import { eventPage, homePage, searchPage } from '../domain/render/archive-pages.js';
import { partnerPage } from '../domain/render/partner-page.js';
import type { ObjectStore } from '../ports/object-store.js';
import {
  ARCHIVE_INDEX_KEY,
  archiveKeys,
  SEARCH_INDEX_KEY,
  SITE_MANIFEST_KEY,
} from '../shared/storage-keys.js';
import { loadWeeks, parseOrNull } from './site-weeks.js';

const HTML = 'text/html; charset=utf-8';

interface SiteFile {
  body: string;
  type: string;
}

/**
 * Every file of the archive site, by key: home, event and partner pages in both languages, search. Event
 * pages only for the weeks in `renderWeeks` (all when not given): an event page depends on its own event.
 */
export function siteFiles(
  records: readonly BulletinRecord[],
  bulletins: readonly Bulletin[],
  renderWeeks?: ReadonlySet<string>,
) {
  const events = collectEvents(bulletins);
  const partners = collectPartners(events);
  const weeks = [...records]
    .sort((a, b) => b.week.localeCompare(a.week))
    .map((r) => ({ week: r.week, events: r.events }));
  const files = new Map<string, SiteFile>();
  const html = (key: string, body: string) => files.set(key, { body, type: HTML });
  html(ARCHIVE_INDEX_KEY, homePage('az', weeks, events, partners));
  for (const language of BULLETIN_LANGUAGES) {
    html(archiveKeys.home(language), homePage(language, weeks, events, partners));
    html(archiveKeys.search(language), searchPage(language));
    for (const event of events)
      if (!renderWeeks || renderWeeks.has(event.week))
        html(archiveKeys.event(language, event.item.id), eventPage(event, language));
    for (const partner of partners)
      html(archiveKeys.partner(language, partner.slug), partnerPage(partner, language));
  }
  files.set(SEARCH_INDEX_KEY, {
    body: JSON.stringify(buildSearchIndex(events)),
    type: 'application/json; charset=utf-8',
  });
  files.set(archiveKeys.script, { body: searchScript(), type: 'text/javascript; charset=utf-8' });
  return files;
}

const manifestSchema = z.record(z.string(), z.string());

/** Null when missing or unreadable: that costs one full rewrite of the site, never a failed compile. */
function readManifest(text: string | null): Record<string, string> | null {
  const parsed = manifestSchema.safeParse(parseOrNull(text));
  return parsed.success ? parsed.data : null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Writes the archive site from every shown bulletin. Files whose content is unchanged (by the manifest of
 * hashes) are not written again: a recompile of one week rewrites that week's event pages, the partner
 * pages it touches, the home pages and the search index. Returns the keys written.
 */
export async function publishSite(store: ObjectStore, records: readonly BulletinRecord[]): Promise<string[]> {
  const known = readManifest(await store.getText(SITE_MANIFEST_KEY));
  const previous = known ?? {};
  const { bulletins, changed: changedWeeks, caches } = await loadWeeks(store, records, known === null);
  const files = siteFiles(records, bulletins, changedWeeks);
  // Pages not rendered this time (unchanged weeks' events) keep their entries.
  const manifest: Record<string, string> = { ...previous };
  const changed: string[] = [];
  for (const [key, file] of files) {
    manifest[key] = sha256(file.body);
    if (previous[key] !== manifest[key]) changed.push(key);
  }
  for (let i = 0; i < changed.length; i += 16)
    await Promise.all(
      changed.slice(i, i + 16).map((key) => {
        const file = files.get(key) as SiteFile;
        return store.put(key, file.body, file.type);
      }),
    );
  // The week copies go last: a compile that fails before here renders those weeks' event pages next time.
  for (const [key, body] of caches) await store.put(key, body, 'application/json; charset=utf-8');
  if (changed.length > 0 || known === null)
    await store.put(SITE_MANIFEST_KEY, JSON.stringify(manifest), 'application/json; charset=utf-8');
  return changed;
}
