import type { Correction } from '../domain/review/corrections.js';
import type { ReviewAction } from '../domain/review/review-action.js';

/** Editors' corrections, one per article, stored beside (never over) the extracted facts. */
export interface CorrectionRepository {
  get(articleId: string): Promise<Correction | null>;
  /** Several at once (a week's articles); articles without a correction are left out. */
  getMany(articleIds: readonly string[]): Promise<Correction[]>;
  put(correction: Correction): Promise<void>;
  /** Corrections whose corrected event date falls in this week: articles moved into it. */
  listMovedInto(week: string): Promise<Correction[]>;
}

export interface ReviewLog {
  record(action: ReviewAction): Promise<void>;
  /** A week's actions, oldest first. */
  list(week: string): Promise<ReviewAction[]>;
}
