import type { OkArticle } from '../domain/article/article.js';
import { storyKeyOf } from '../domain/extract/story-key.js';
import { candidateWeeks, matchStory, storyDate } from '../domain/stories/assign-story.js';
import type { ArticleRepository } from '../ports/repositories.js';

/**
 * The story key an accepted article is stored with, so that compile (which merges by key) shows one item
 * per event: the key this very article was stored with before (a reprocess keeps it), else the key of the
 * stored report of the same event in any language (matched among the stored articles of its ISO week and
 * the weeks before and after: functions/domain/stories/), else its own key, unique to the article.
 * Two reports ingested at the same moment may miss each other; compile joins those (build-bulletin.ts).
 */
export async function storyKeyFor(articles: ArticleRepository, article: OkArticle): Promise<string> {
  const stored = await articles.get(article.id);
  if (stored) return stored.storyKey;
  const date = storyDate(article);
  const own = storyKeyOf(date, article.countries, article.organizations, article.id);
  const candidates = (await Promise.all(candidateWeeks(date).map((week) => articles.listWeek(week)))).flat();
  return matchStory({ ...article, storyKey: own }, candidates)?.storyKey ?? own;
}
