import type { ArticleRecord } from '../domain/article/article-record.js';
import { type BuildBulletinInput, buildBulletin } from '../domain/bulletin/build-bulletin.js';
import type { Bulletin } from '../domain/bulletin/bulletin.js';
import { isoWeekOf } from '../domain/bulletin/iso-week.js';
import { type Correction, correctFacts } from '../domain/review/corrections.js';
import { applyItemEdits, storyEditsOf } from '../domain/review/edit-bulletin.js';
import type { ArticleRepository } from '../ports/repositories.js';
import type { CorrectionRepository } from '../ports/review.js';

export interface CorrectedWeek {
  /** The week's articles as the bulletin shows them: corrected facts, excluded ones left out. */
  records: ArticleRecord[];
  /** Articles an editor excluded, as extracted. */
  excluded: ArticleRecord[];
  corrections: Map<string, Correction>;
}

const weekOfRecord = (r: ArticleRecord) => (r.eventDate ? isoWeekOf(r.eventDate) : r.week);

/**
 * A week's articles with the editors' corrections applied: the ones filed under the week, plus the ones a
 * corrected date moved into it, minus the ones a corrected date moved out or an editor excluded. Without a
 * correction store (unit tests of compile alone) it is the week as extracted.
 */
export async function correctedWeek(
  deps: { articles: ArticleRepository; corrections?: CorrectionRepository },
  week: string,
): Promise<CorrectedWeek> {
  const listed = await deps.articles.listWeek(week);
  if (!deps.corrections) return { records: listed, excluded: [], corrections: new Map() };
  const known = new Set(listed.map((r) => r.id));
  const movedIn = (await deps.corrections.listMovedInto(week)).filter((c) => !known.has(c.articleId));
  const extra = await Promise.all(movedIn.map((c) => deps.articles.get(c.articleId)));
  const all = [...listed, ...extra.flatMap((r) => (r ? [r] : []))];
  const found = await deps.corrections.getMany(all.map((r) => r.id));
  const corrections = new Map(found.map((c) => [c.articleId, c]));
  const records: ArticleRecord[] = [];
  const excluded: ArticleRecord[] = [];
  for (const record of all) {
    const correction = corrections.get(record.id);
    const fixed = correctFacts(record, correction);
    if (weekOfRecord(fixed) !== week) continue;
    if (correction?.exclude) excluded.push(record);
    else records.push(fixed);
  }
  return { records, excluded, corrections };
}

/** Other records (a week's late news) as the bulletin shows them: corrected, excluded ones left out. */
export async function correctedRecords(
  deps: { corrections?: CorrectionRepository },
  listed: readonly ArticleRecord[],
): Promise<{ records: ArticleRecord[]; corrections: Map<string, Correction> }> {
  if (!deps.corrections || listed.length === 0) return { records: [...listed], corrections: new Map() };
  const found = await deps.corrections.getMany(listed.map((r) => r.id));
  const corrections = new Map(found.map((c) => [c.articleId, c]));
  const records = listed.flatMap((r) =>
    corrections.get(r.id)?.exclude ? [] : [correctFacts(r, corrections.get(r.id))],
  );
  return { records, corrections };
}

/** The bulletin model with the editors' merges, splits, headlines and leads. */
export function buildCorrectedBulletin(
  input: BuildBulletinInput,
  corrections: ReadonlyMap<string, Correction>,
): Bulletin {
  const built = buildBulletin({ ...input, storyEdits: storyEditsOf(corrections.values()) });
  return applyItemEdits(built, corrections);
}
