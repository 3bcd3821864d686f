import type { ReviewArticle, WeekReview } from '../domain/review/review-model.js';
import { bulletinJsonKey } from '../shared/storage-keys.js';
import { correctedWeek } from './review-corrected-week.js';
import type { ReviewDeps } from './review-deps.js';
import { parseBulletin } from './site-weeks.js';

/**
 * The week as its current draft shows it (bulletin.json, recompiled after every correction), with each
 * item's articles as extracted and as corrected, the excluded articles and the audit trail.
 */
export async function reviewWeek(deps: ReviewDeps, week: string): Promise<WeekReview> {
  const [record, corrected, actions, json] = await Promise.all([
    deps.bulletins.get(week),
    correctedWeek(deps, week),
    deps.reviewLog.list(week),
    deps.store.getText(bulletinJsonKey(week)),
  ]);
  const ids = [...corrected.records, ...corrected.excluded].map((r) => r.id);
  const extracted = new Map(
    (await Promise.all(ids.map((id) => deps.articles.get(id)))).flatMap((r) =>
      r ? [[r.id, r] as const] : [],
    ),
  );
  const article = (id: string): ReviewArticle[] => {
    const found = extracted.get(id);
    return found ? [{ extracted: found, correction: corrected.corrections.get(id) ?? null }] : [];
  };
  const bulletin = json ? parseBulletin(json, week) : null;
  const items = (bulletin?.groups ?? []).flatMap((g) =>
    g.items.map((item) => ({
      id: item.id,
      date: item.date,
      headline: item.headline,
      articles: item.articleIds.flatMap(article),
    })),
  );
  return {
    week,
    status: record?.status ?? 'none',
    events: record?.events ?? 0,
    items,
    excluded: corrected.excluded.flatMap((r) => article(r.id)),
    actions,
  };
}
