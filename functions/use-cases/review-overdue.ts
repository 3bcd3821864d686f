import { type ApproveOutcome, approveWeek } from './review-approve.js';
import type { ReviewDeps } from './review-deps.js';

export type AutoSendOutcome = ApproveOutcome | { status: 'not-awaiting-review'; week: string };

/** A week whose review copy went out and that no approval has sent yet. */
export async function awaitingApproval(deps: ReviewDeps, week: string): Promise<boolean> {
  const [record, actions] = await Promise.all([deps.bulletins.get(week), deps.reviewLog.list(week)]);
  return record?.status === 'compiled' && actions.some((a) => a.action === 'review-requested');
}

/**
 * The optional auto-send (off by default, docs/operations.md): at the set hour, a draft whose review copy
 * went out and that no editor approved is approved by the schedule. Weeks never reviewed are left alone.
 */
export async function autoSend(deps: ReviewDeps, week: string): Promise<AutoSendOutcome> {
  if (!(await awaitingApproval(deps, week))) return { status: 'not-awaiting-review', week };
  return approveWeek(deps, week, 'schedule (auto-send)');
}
