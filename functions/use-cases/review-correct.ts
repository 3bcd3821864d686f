import type { ArticleRecord } from '../domain/article/article-record.js';
import { isoWeekOf } from '../domain/bulletin/iso-week.js';
import { BulletinError } from '../domain/errors.js';
import {
  applyChange,
  type Correction,
  type CorrectionChange,
  changedFields,
  correctionChangeSchema,
} from '../domain/review/corrections.js';
import { compileBulletin } from './compile-bulletin.js';
import type { ReviewDeps } from './review-deps.js';
import { logAction } from './review-request.js';

export class UnknownArticleError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'UnknownArticleError';
  constructor(readonly articleId: string) {
    super(`no article with id ${articleId}`);
  }
}

export class InvalidCorrectionError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'InvalidCorrectionError';
}

const weekShown = (record: ArticleRecord, correction: Correction | null) => {
  const date = correction?.eventDate ?? record.eventDate;
  return date ? isoWeekOf(date) : record.week;
};

export interface CorrectOutcome {
  correction: Correction;
  /** Weeks recompiled because the article left or joined them. */
  weeks: string[];
}

/**
 * Stores an editor's correction beside the article (the extracted facts stay as they are), records it in
 * the audit trail of every week it touches and recompiles those weeks' drafts at once. A week already sent
 * only gets its archive page refreshed (compileBulletin never sends it again).
 */
export async function correctArticle(
  deps: ReviewDeps,
  articleId: string,
  input: unknown,
  actor: string,
): Promise<CorrectOutcome> {
  const parsed = correctionChangeSchema.safeParse(input);
  if (!parsed.success) throw new InvalidCorrectionError(parsed.error.issues.map(describeIssue).join('; '));
  const change: CorrectionChange = parsed.data;
  const record = await deps.articles.get(articleId);
  if (!record) throw new UnknownArticleError(articleId);
  if (change.mergeWith && !(await deps.articles.get(change.mergeWith)))
    throw new UnknownArticleError(change.mergeWith);
  const previous = await deps.corrections.get(articleId);
  const at = deps.clock.now().toISOString();
  const correction = applyChange(previous, articleId, change, { at, editor: actor });
  await deps.corrections.put(correction);
  const weeks = [...new Set([weekShown(record, previous), weekShown(record, correction)])].sort();
  const detail = `${articleId}: ${changedFields(previous, correction).join(', ') || 'nothing changed'}`;
  for (const week of weeks) {
    await logAction(deps, week, actor, 'correct', detail);
    await compileBulletin(deps, week, false, { draft: true });
  }
  return { correction, weeks };
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  return `${issue.path.map(String).join('.') || 'correction'}: ${issue.message}`;
}
