import { z } from 'zod';
import { type Bulletin, type BulletinItem, bulletinSchema } from '../domain/bulletin/bulletin.js';
import type { BulletinRecord } from '../domain/bulletin/bulletin-record.js';
import type { ObjectStore } from '../ports/object-store.js';
import { bulletinJsonKey, weekCacheKey } from '../shared/storage-keys.js';
import { parseStoredJson, s3Object } from '../shared/stored-data.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A bulletin.json written before leads and venues existed still gives an item every page can show. */
function upgradeItem(item: unknown): unknown {
  return isRecord(item) ? { ...item, lead: item.lead ?? item.headline, venue: item.venue ?? null } : item;
}

function upgradeBulletin(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const groups = Array.isArray(value.groups)
    ? value.groups.map((g: unknown) =>
        isRecord(g) && Array.isArray(g.items) ? { ...g, items: g.items.map(upgradeItem) } : g,
      )
    : value.groups;
  const late = Array.isArray(value.late) ? value.late.map(upgradeItem) : value.late;
  return { ...value, groups, late };
}

/** bulletins/<week>/bulletin.json, upgraded from older shapes and parsed (a StoredDataError names the key). */
export const parseBulletin = (text: string, week: string): Bulletin =>
  parseStoredJson(bulletinSchema, text, s3Object(bulletinJsonKey(week)), upgradeBulletin);

/** The site's own copy of a week: its bulletin without the reports' texts, and what it was made from. */
// A copy that no longer parses (an older model) is simply rebuilt from bulletin.json.
const weekCacheSchema = z.object({ version: z.number(), contentHash: z.string(), bulletin: bulletinSchema });
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
      if (cached.success && fresh && !reloadAll) return { bulletin: cached.data.bulletin, cache: null };
      const text = await store.getText(bulletinJsonKey(record.week));
      if (!text) return null;
      const bulletin = parseBulletin(text, record.week);
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
