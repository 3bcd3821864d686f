import type { Editor } from '../domain/review/editor-token.js';
import type { ReviewLinks } from '../domain/review/review-email.js';
import type { Mailer } from '../ports/mailer.js';
import type { CorrectionRepository, ReviewLog } from '../ports/review.js';
import type { CompileDeps } from './compile-bulletin.js';

/**
 * What the review flow needs beyond compiling: corrections, the audit trail, mail, editors and their links.
 * Built by composition/compile.ts (makeReviewDeps).
 */
export interface ReviewDeps extends CompileDeps {
  corrections: CorrectionRepository;
  reviewLog: ReviewLog;
  mailer: Mailer;
  editors: Editor[];
  /** Signed, expiring links for one editor and one week. */
  reviewLinks: (editor: Editor, week: string) => Promise<ReviewLinks>;
  /** The key that verifies editor links. */
  secret: () => Promise<string>;
  timeZone: string;
}

export const REVIEW_PATHS = ['/review', '/review/approve', '/review/correct', '/review/test'] as const;
