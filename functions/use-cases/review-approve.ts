import type { Edition } from '../domain/i18n/language.js';
import { testEmail } from '../domain/review/review-email.js';
import { compileBulletin } from './compile-bulletin.js';
import type { ReviewDeps } from './review-deps.js';
import { logAction, PLACEHOLDERS, readEmailCopy } from './review-request.js';

export type ApproveOutcome =
  | { status: 'approved'; week: string; events: number; queuedSubscribers: number }
  | { status: 'already-approved'; week: string }
  | { status: 'empty'; week: string; reason: string };

/**
 * Approve and send: the week is compiled once more (with every correction) and queued for subscribers. The
 * BULLETIN record's compiled -> sending claim happens once, so a second approval, from the page, the CLI or
 * the auto-send schedule, sends nothing and says so.
 */
export async function approveWeek(
  deps: ReviewDeps,
  week: string,
  actor: string,
  options: { leaseUntil?: number } = {},
): Promise<ApproveOutcome> {
  // The week's `sending` lease (issue 15) ends with the invocation that queues it; a retry resumes.
  const outcome = await compileBulletin(deps, week, true, options);
  if (outcome.status === 'sent') {
    const detail = `approved and sent: ${outcome.events} events to ${outcome.queuedSubscribers} subscribers`;
    await logAction(deps, week, actor, 'approve', detail);
    return { status: 'approved', week, events: outcome.events, queuedSubscribers: outcome.queuedSubscribers };
  }
  if (outcome.status === 'empty') {
    await logAction(deps, week, actor, 'approve-refused', `nothing to send: ${outcome.reason}`);
    return outcome;
  }
  await logAction(deps, week, actor, 'approve-refused', 'already approved and sent: nothing sent again');
  return { status: 'already-approved', week };
}

/** Hides most of a test address in the audit trail: enough to recognise, not to harvest. */
export const maskAddress = (address: string) => address.replace(/^(.)[^@]*/, '$1***');

/**
 * One copy to one address, marked [TEST] in its subject. No DELIVERY record, no claim: it never counts as
 * the real send and never stops it. The draft is compiled first when the week has none yet.
 */
export async function testSend(
  deps: ReviewDeps,
  week: string,
  to: string,
  actor: string,
  edition: Edition = 'both',
): Promise<'sent' | 'empty'> {
  let copy = await readEmailCopy(deps.store, week, edition);
  if (!copy) {
    const outcome = await compileBulletin(deps, week, false, { draft: true });
    if (outcome.status === 'empty') return 'empty';
    copy = await readEmailCopy(deps.store, week, edition);
  }
  if (!copy) return 'empty';
  await deps.mailer.send({
    to,
    ...testEmail(copy, `${deps.archiveBaseUrl.replace(/\/$/, '')}/`, PLACEHOLDERS),
  });
  await logAction(deps, week, actor, 'test-send', `test copy (${edition}) to ${maskAddress(to)}`);
  return 'sent';
}
