import { STORY_WEIGHTS, scorePair } from './similarity.js';
import { factsOf, type StoryArticle, type StoryFacts } from './story-facts.js';
import { StoryWindow } from './story-window.js';

/** Reports stored this close together may have been ingested side by side, neither seeing the other. */
const CONCURRENT_MS = 5 * 60_000;

/**
 * Compile's safety net: story keys as stored, except that stories the matcher would join are joined when
 * their reports were ingested at about the same moment (within CONCURRENT_MS): two reports of one event
 * dropped together, ingested by two Lambdas at once, could not see each other and kept different keys.
 * Reports ingested one after the other were already compared by ingest, whose answer stands, so the key of
 * a stored report never changes its grouping later.
 *
 * Stories are taken in order of their earliest report (date, then id); each joins the earlier story whose
 * reports score best against its own, at or above the threshold, and takes that story's key. A story never
 * splits: reports that share a key stay together. Pure and deterministic: the same articles in any order
 * give the same keys. Returns id -> story key.
 */
export function joinStories(articles: readonly StoryArticle[], weights = STORY_WEIGHTS): Map<string, string> {
  const stories = storiesInOrder(articles.map(factsOf));
  const window = new StoryWindow(stories.flat());
  const keyOf = new Map<string, string>();
  for (const [i, reports] of stories.entries()) {
    let best: { key: string; score: number } | null = null;
    for (const earlier of stories.slice(0, i)) {
      const score = bestScore(reports, earlier, window, weights);
      const key = keyOf.get(earlier[0]?.storyKey ?? '') ?? '';
      if (score >= weights.threshold && (!best || score > best.score)) best = { key, score };
    }
    keyOf.set(reports[0]?.storyKey ?? '', best?.key ?? reports[0]?.storyKey ?? '');
  }
  const result = new Map<string, string>();
  for (const article of articles) result.set(article.id, keyOf.get(article.storyKey) ?? article.storyKey);
  return result;
}

const byDayThenId = (a: StoryFacts, b: StoryFacts) =>
  a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The reports grouped by stored key, each group sorted, groups in order of their first report. */
function storiesInOrder(facts: StoryFacts[]): StoryFacts[][] {
  const groups = new Map<string, StoryFacts[]>();
  for (const f of facts) groups.set(f.storyKey, [...(groups.get(f.storyKey) ?? []), f]);
  const stories = [...groups.values()].map((g) => g.sort(byDayThenId));
  return stories.sort((a, b) => byDayThenId(a[0] as StoryFacts, b[0] as StoryFacts));
}

function bestScore(
  reports: readonly StoryFacts[],
  others: readonly StoryFacts[],
  window: StoryWindow,
  weights: typeof STORY_WEIGHTS,
): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const a of reports) {
    for (const b of others) {
      const concurrent =
        a.ingestedAt !== null &&
        b.ingestedAt !== null &&
        Math.abs(a.ingestedAt - b.ingestedAt) <= CONCURRENT_MS;
      if (concurrent) best = Math.max(best, scorePair(a, b, window, weights));
    }
  }
  return best;
}
