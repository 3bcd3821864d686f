import { DynamoCorrectionRepository, DynamoReviewLog } from '../adapters/dynamo-review-repositories.js';
import { SesMailer } from '../adapters/ses-mailer.js';
import { type Editor, editorsFrom, signEditorToken } from '../domain/review/editor-token.js';
import type { ReviewLinks } from '../domain/review/review-email.js';
import type { Mailer } from '../ports/mailer.js';
import type { DeliveryQueue } from '../ports/queue.js';
import type { CorrectionRepository, ReviewLog } from '../ports/review.js';
import { makeDocumentClient, makeSesClient } from '../shared/clients.js';
import type { Config } from '../shared/config.js';
import { linkSecret } from '../shared/link-secret.js';
import type { CompileDeps } from './compile-bulletin.js';
import { makeCompileDeps } from './make-deps.js';

/** What the review flow needs beyond compiling: corrections, the audit trail, mail, editors and their links. */
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

export function makeReviewDeps(config: Config, queue?: DeliveryQueue): ReviewDeps {
  const doc = makeDocumentClient(config);
  const secret = () => linkSecret(config);
  const base = (config.API_BASE_URL ?? config.ARCHIVE_BASE_URL).replace(/\/$/, '');
  const compile = makeCompileDeps(config, queue);
  return {
    ...compile,
    corrections: new DynamoCorrectionRepository(doc, config.TABLE_NAME),
    reviewLog: new DynamoReviewLog(doc, config.TABLE_NAME),
    mailer: new SesMailer(makeSesClient(config), config.SENDER_ADDRESS, config.SES_CONFIGURATION_SET),
    editors: editorsFrom(config.EDITOR_ADDRESSES),
    secret,
    timeZone: config.TIME_ZONE,
    reviewLinks: async (editor, week) => {
      const expiresAt =
        Math.floor(compile.clock.now().getTime() / 1000) + config.REVIEW_LINK_TTL_HOURS * 3600;
      const token = signEditorToken(await secret(), editor, week, expiresAt);
      return { page: `${base}/review?token=${token}`, approve: `${base}/review/approve?token=${token}` };
    },
  };
}
