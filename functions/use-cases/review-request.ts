import type { Edition } from '../domain/i18n/language.js';
import type { ReviewActionKind } from '../domain/review/review-action.js';
import { type EmailCopy, reviewEmail } from '../domain/review/review-email.js';
import type { ObjectStore } from '../ports/object-store.js';
import { emailKeys } from '../shared/storage-keys.js';
import { parseStoredJson, s3Object } from '../shared/stored-data.js';
import { compileBulletin } from './compile-bulletin.js';
import { emailMetaSchema, PREFERENCES_PLACEHOLDER, UNSUBSCRIBE_PLACEHOLDER } from './email-copy.js';
import type { ReviewDeps } from './review-deps.js';

export const PLACEHOLDERS = [UNSUBSCRIBE_PLACEHOLDER, PREFERENCES_PLACEHOLDER];

export type ReviewOutcome =
  | { status: 'review-requested'; week: string; events: number; editors: number }
  | { status: 'empty'; week: string; reason: string }
  | { status: 'already-sent'; week: string; events: number };

export async function logAction(
  deps: ReviewDeps,
  week: string,
  actor: string,
  action: ReviewActionKind,
  detail: string,
) {
  await deps.reviewLog.record({ week, at: deps.clock.now().toISOString(), actor, action, detail });
}

/** The stored email copy of one edition (compile writes it with link placeholders). */
export async function readEmailCopy(
  store: ObjectStore,
  week: string,
  edition: Edition,
): Promise<EmailCopy | null> {
  const k = emailKeys(week, edition);
  const [html, text, meta] = await Promise.all([
    store.getText(k.html),
    store.getText(k.text),
    store.getText(k.meta),
  ]);
  if (html === null || text === null || meta === null) return null;
  const { subject } = parseStoredJson(emailMetaSchema, meta, s3Object(k.meta));
  return { subject, html, text };
}

/**
 * What the weekly schedule runs: the week compiled as a draft (archive page, no feed entry), then one review
 * copy per editor with signed links to the review page and to "Approve and send". Subscribers get nothing
 * until an editor approves. An empty week sends no review; the reason is recorded in the audit trail.
 */
export async function requestReview(deps: ReviewDeps, week: string, actor: string): Promise<ReviewOutcome> {
  const outcome = await compileBulletin(deps, week, false, { draft: true });
  if (outcome.status === 'empty') {
    await logAction(deps, week, actor, 'empty', `no review sent: ${outcome.reason}`);
    return outcome;
  }
  if (outcome.status === 'already-sent') return { status: 'already-sent', week, events: outcome.events };
  const copy = await readEmailCopy(deps.store, week, 'both');
  if (!copy) throw new Error(`the email copy of ${week} is missing after compiling it`);
  for (const editor of deps.editors) {
    const email = reviewEmail(copy, week, await deps.reviewLinks(editor, week), PLACEHOLDERS);
    await deps.mailer.send({ to: editor.email, ...email });
  }
  const editors = deps.editors.length === 1 ? '1 editor' : `${deps.editors.length} editors`;
  const detail = `draft of ${outcome.events} events; review copy sent to ${editors}`;
  await logAction(deps, week, actor, 'review-requested', detail);
  return { status: 'review-requested', week, events: outcome.events, editors: deps.editors.length };
}
