import { createHash } from 'node:crypto';
import { z } from 'zod';
import { collectEvents, collectPartners } from '../domain/archive/archive-events.js';
import { buildSearchIndex } from '../domain/archive/search-index.js';
import { searchScript } from '../domain/archive/search-script.js';
import type { Bulletin, BulletinItem } from '../domain/bulletin/bulletin.js';
import { BULLETIN_LANGUAGES } from '../domain/i18n/language.js';
import { eventPage, homePage, searchPage } from '../domain/render/archive-pages.js';
import { partnerPage } from '../domain/render/partner-page.js';
import type { ObjectStore } from '../ports/object-store.js';
import type { BulletinRecord } from '../ports/repositories.js';
import { ARCHIVE_INDEX_KEY, bulletinJsonKey } from './bulletin-keys.js';

const HTML = 'text/html; charset=utf-8';
/** Hashes of every archive file written, so a recompile rewrites only the files whose content changed. */
export const SITE_MANIFEST_KEY = 'archive/manifest.json';
export const SEARCH_INDEX_KEY = 'archive/search-index.json';

interface SiteFile {
  body: string;
  type: string;
}

/** A bulletin.json written before leads and venues existed still gives an item every page can show. */
function upgradeItem(item: BulletinItem): BulletinItem {
  return { ...item, lead: item.lead ?? item.headline, venue: item.venue ?? null };
}

async function loadBulletins(store: ObjectStore, records: readonly BulletinRecord[]): Promise<Bulletin[]> {
  const texts = await Promise.all(records.map((r) => store.getText(bulletinJsonKey(r.week))));
  return texts.flatMap((text) => {
    if (!text) return [];
    const bulletin = JSON.parse(text) as Bulletin;
    return [{ ...bulletin, groups: bulletin.groups.map((g) => ({ ...g, items: g.items.map(upgradeItem) })) }];
  });
}

/** Every file of the archive site, by key: home, event and partner pages in both languages, search. */
export function siteFiles(records: readonly BulletinRecord[], bulletins: readonly Bulletin[]) {
  const events = collectEvents(bulletins);
  const partners = collectPartners(events);
  const weeks = [...records]
    .sort((a, b) => b.week.localeCompare(a.week))
    .map((r) => ({ week: r.week, events: r.events }));
  const files = new Map<string, SiteFile>();
  const html = (key: string, body: string) => files.set(key, { body, type: HTML });
  html(ARCHIVE_INDEX_KEY, homePage('az', weeks, events, partners));
  for (const language of BULLETIN_LANGUAGES) {
    html(`archive/${language}/index.html`, homePage(language, weeks, events, partners));
    html(`archive/${language}/search.html`, searchPage(language));
    for (const event of events)
      html(`archive/${language}/events/${event.item.id}.html`, eventPage(event, language));
    for (const partner of partners)
      html(`archive/${language}/partners/${partner.slug}.html`, partnerPage(partner, language));
  }
  files.set(SEARCH_INDEX_KEY, {
    body: JSON.stringify(buildSearchIndex(events)),
    type: 'application/json; charset=utf-8',
  });
  files.set('archive/search.js', { body: searchScript(), type: 'text/javascript; charset=utf-8' });
  return files;
}

const manifestSchema = z.record(z.string(), z.string());

/** A missing or unreadable manifest only costs one full rewrite of the site. */
function readManifest(text: string | null): Record<string, string> {
  if (!text) return {};
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Writes the archive site from every shown bulletin. Files whose content is unchanged (by the manifest of
 * hashes) are not written again: a recompile of one week rewrites that week's event pages, the partner
 * pages it touches, the home pages and the search index. Returns the keys written.
 */
export async function publishSite(store: ObjectStore, records: readonly BulletinRecord[]): Promise<string[]> {
  const files = siteFiles(records, await loadBulletins(store, records));
  const previous = readManifest(await store.getText(SITE_MANIFEST_KEY));
  const manifest: Record<string, string> = {};
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
  if (changed.length > 0 || Object.keys(previous).length !== files.size)
    await store.put(SITE_MANIFEST_KEY, JSON.stringify(manifest), 'application/json; charset=utf-8');
  return changed;
}
