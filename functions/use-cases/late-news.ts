import type { ArticleRecord } from '../domain/article/article-record.js';
import type { BulletinRecord } from '../domain/bulletin/bulletin-record.js';
import type { ArticleRepository } from '../ports/repositories.js';

export interface LateNews {
  /** Articles to show under "late news" in the week being compiled. */
  late: ArticleRecord[];
  /** Sent weeks whose archive page misses some of the articles that arrived after the send. */
  staleWeeks: BulletinRecord[];
}

/** Queries in flight at once: one per sent week, each filtered on the server. */
const CONCURRENCY = 8;

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>) {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

const sentBefore = (week: string) => (b: BulletinRecord) =>
  b.week < week && b.status === 'sent' && b.sentAt !== null;

/**
 * The late news of a week W: articles of an earlier week that was already sent, ingested after its send,
 * and not yet shown as late by a bulletin before W. Only bulletins that went out count as having shown
 * them: an unsent draft that listed an article does not keep it from the next real bulletin. ISO week
 * names ("2026-W07") sort as text in time order.
 */
export async function findLateNews(
  articles: ArticleRepository,
  week: string,
  bulletins: readonly BulletinRecord[],
): Promise<LateNews> {
  const sent = bulletins.filter(sentBefore(week)).sort((a, b) => a.week.localeCompare(b.week));
  const shown = new Set(
    bulletins
      .filter((b) => b.week < week && (b.status === 'sent' || b.status === 'sending'))
      .flatMap((b) => b.lateArticleIds ?? []),
  );
  const arrivals = await mapLimited(sent, CONCURRENCY, (b) =>
    articles.listWeekIngestedAfter(b.week, b.sentAt ?? ''),
  );
  const staleWeeks = sent.filter((b, i) => {
    const onPage = new Set(b.articleIds);
    return (arrivals[i] ?? []).some((a) => !onPage.has(a.id));
  });
  // An article the week's own bulletin carried (re-ingested since, e.g. by `bulletin reprocess`) is not late.
  const sentWithWeek = new Set(sent.flatMap((b) => b.sentArticleIds ?? b.articleIds));
  const late = arrivals.flat().filter((a) => !shown.has(a.id) && !sentWithWeek.has(a.id));
  return { late, staleWeeks };
}
