import { z } from 'zod';
import type { Bulletin, BulletinItem } from '../domain/bulletin/bulletin.js';
import type { BulletinRecord } from '../domain/bulletin/bulletin-record.js';
import type { ObjectStore } from '../ports/object-store.js';
import { bulletinJsonKey, weekCacheKey } from '../shared/storage-keys.js';

/** A bulletin.json written before leads and venues existed still gives an item every page can show. */
function upgradeItem(item: BulletinItem): BulletinItem {
  return { ...item, lead: item.lead ?? item.headline, venue: item.venue ?? null };
}

const parseBulletin = (text: string): Bulletin => {
  const bulletin = JSON.parse(text) as Bulletin;
  return { ...bulletin, groups: bulletin.groups.map((g) => ({ ...g, items: g.items.map(upgradeItem) })) };
};

/** The site's own copy of a week: its bulletin without the reports' texts, and what it was made from. */
const weekCacheSchema = z.object({ version: z.number(), contentHash: z.string(), bulletin: z.unknown() });
/** Bump when a page template changes: every week's event pages are then rendered again. */
const SITE_VERSION = 1;

function withoutTexts(bulletin: Bulletin): Bulletin {
  const strip = (item: BulletinItem): BulletinItem => {
    const versions: BulletinItem['versions'] = {};
    for (const [language, version] of Object.entries(item.versions))
      if (version) versions[language as keyof typeof versions] = { ...version, text: '', summary: '' };
    return { ...item, versions };
  };
  return { ...bulletin, groups: bulletin.groups.map((g) => ({ ...g, items: g.items.map(strip) })), late: [] };
}

/**
 * Every shown week's bulletin. A week whose content is unchanged since the site last saw it comes from
 * the small copy without texts (enough for home, partner pages and search); only changed weeks are read in
 * full, and only their event pages are rendered again (`changed`).
 */
export async function loadWeeks(store: ObjectStore, records: readonly BulletinRecord[], reloadAll: boolean) {
  const loaded = await Promise.all(
    records.map(async (record) => {
      const cached = weekCacheSchema.safeParse(parseOrNull(await store.getText(weekCacheKey(record.week))));
      const fresh =
        cached.success &&
        cached.data.version === SITE_VERSION &&
        cached.data.contentHash === record.contentHash;
      if (cached.success && fresh && !reloadAll)
        return { bulletin: cached.data.bulletin as Bulletin, cache: null };
      const text = await store.getText(bulletinJsonKey(record.week));
      if (!text) return null;
      const bulletin = parseBulletin(text);
      const copy = {
        version: SITE_VERSION,
        contentHash: record.contentHash,
        bulletin: withoutTexts(bulletin),
      };
      return { bulletin, cache: [weekCacheKey(record.week), JSON.stringify(copy)] as const };
    }),
  );
  const weeks = loaded.flatMap((w) => (w ? [w] : []));
  return {
    bulletins: weeks.map((w) => w.bulletin),
    changed: new Set(weeks.filter((w) => w.cache).map((w) => w.bulletin.week)),
    caches: weeks.flatMap((w) => (w.cache ? [w.cache] : [])),
  };
}

export function parseOrNull(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
