import type { Bulletin } from '../domain/bulletin/bulletin.js';
import type { BulletinRecord } from '../domain/bulletin/bulletin-record.js';
import type { Clock } from '../ports/clock.js';
import type { WrittenEditions } from './write-editions.js';

export const EMPTY_REASON = 'no articles with an event date in this week, and no late news';

/** The BULLETIN record of a freshly compiled (unsent) week. */
export function compiledRecord(
  bulletin: Bulletin,
  written: WrittenEditions,
  previous: BulletinRecord | null,
  clock: Clock,
  draft: boolean,
): BulletinRecord {
  const { contentHash, titleEn, titleAz } = written;
  return {
    week: bulletin.week,
    status: 'compiled',
    reason: null,
    events: bulletin.figures.events,
    partners: bulletin.figures.partners,
    articleIds: bulletin.groups.flatMap((g) => g.items.flatMap((i) => i.articleIds)).sort(),
    lateArticleIds: bulletin.late.flatMap((i) => i.articleIds).sort(),
    contentHash,
    // Unchanged content keeps its compile time, so recompiling the same articles writes the same record.
    compiledAt: previous?.contentHash === contentHash ? previous.compiledAt : clock.now().toISOString(),
    sentAt: previous?.sentAt ?? null,
    titleEn,
    titleAz,
    draft,
  };
}

/** Why nothing was sent, kept so `bulletin status` can say it. */
export function emptyRecord(week: string, clock: Clock, draft: boolean): BulletinRecord {
  return {
    week,
    status: 'empty',
    reason: EMPTY_REASON,
    events: 0,
    partners: 0,
    articleIds: [],
    contentHash: '',
    compiledAt: clock.now().toISOString(),
    sentAt: null,
    titleEn: '',
    titleAz: '',
    draft,
  };
}
