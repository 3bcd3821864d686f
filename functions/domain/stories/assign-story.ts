import { isoWeekOf } from '../bulletin/iso-week.js';
import { STORY_WEIGHTS, type StoryWeights, scorePair } from './similarity.js';
import { dayOf, factsOf, type StoryArticle, type StoryFacts } from './story-facts.js';
import { StoryWindow } from './story-window.js';

/**
 * Same event, any language: a new report takes the story key of the stored report it matches best (a score
 * at or above the threshold, see similarity.ts), else keeps its own. Candidates are the stored reports of
 * the ISO week of its date (event date, else publication date) and of the weeks before and after, which
 * is also the window that decides how common each participant is.
 */

export interface StoryMatch {
  /** The matched report's story key: the one the new report takes. */
  storyKey: string;
  id: string;
  score: number;
}

const DAY_MS = 86_400_000;

/** The date an article is filed under: its event date, else its publication date. */
export function storyDate(article: Pick<StoryArticle, 'eventDate' | 'publishedAt'>): string {
  return article.eventDate ?? article.publishedAt;
}

/** The ISO weeks whose stored reports are candidates for an article of this date. */
export function candidateWeeks(date: string): string[] {
  const at = (days: number) => new Date((dayOf(date) + days) * DAY_MS).toISOString().slice(0, 10);
  return [...new Set([isoWeekOf(at(-7)), isoWeekOf(date), isoWeekOf(at(7))])];
}

function better(a: StoryMatch, b: StoryMatch | null): boolean {
  if (!b) return true;
  if (a.score !== b.score) return a.score > b.score;
  return a.storyKey !== b.storyKey ? a.storyKey < b.storyKey : a.id < b.id;
}

function bestOf(
  target: StoryFacts,
  candidates: readonly StoryFacts[],
  weights: StoryWeights,
): StoryMatch | null {
  const window = new StoryWindow([...candidates, target]);
  let best: StoryMatch | null = null;
  for (const other of candidates) {
    const score = scorePair(target, other, window, weights);
    const match = { storyKey: other.storyKey, id: other.id, score };
    if (score >= weights.threshold && better(match, best)) best = match;
  }
  return best;
}

/** The stored story a new report belongs to, or null. The report itself (same id) is never a candidate. */
export function matchStory(
  target: StoryArticle,
  candidates: readonly StoryArticle[],
  weights = STORY_WEIGHTS,
): StoryMatch | null {
  const others = candidates.filter((c) => c.id !== target.id).map(factsOf);
  return bestOf(factsOf(target), others, weights);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDateThenId = (a: StoryArticle, b: StoryArticle) =>
  compare(storyDate(a), storyDate(b)) || compare(a.publishedAt, b.publishedAt) || compare(a.id, b.id);

/**
 * Story keys for a batch, as ingest would give them if the reports arrived one at a time in date order
 * (then id): each is matched against those before it in the candidate weeks. The order is fixed, so the
 * result does not depend on the order of the input. Every article's `storyKey` must be its own key; an id
 * seen twice keeps the key it got first (a reprocess keeps its key). Returns id -> story key.
 */
export function assignStories(
  articles: readonly StoryArticle[],
  weights = STORY_WEIGHTS,
): Map<string, string> {
  const keys = new Map<string, string>();
  const byWeek = new Map<string, StoryFacts[]>();
  for (const article of [...articles].sort(byDateThenId)) {
    if (keys.has(article.id)) continue;
    const date = storyDate(article);
    const candidates = candidateWeeks(date).flatMap((w) => byWeek.get(w) ?? []);
    const facts = factsOf(article);
    const match = bestOf(facts, candidates, weights);
    const storyKey = match?.storyKey ?? article.storyKey;
    keys.set(article.id, storyKey);
    const week = isoWeekOf(date);
    const stored = byWeek.get(week) ?? [];
    stored.push({ ...facts, storyKey });
    byWeek.set(week, stored);
  }
  return keys;
}
