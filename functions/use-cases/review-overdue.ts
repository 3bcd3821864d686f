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

/** A review copy unanswered this long raises the ReviewOverdue alarm. */
export const OVERDUE_AFTER_MS = 24 * 3600 * 1000;

/** Unsent weeks whose latest review copy went out more than 24 h ago, oldest first. */
export async function overdueDrafts(deps: ReviewDeps): Promise<string[]> {
  const open = (await deps.bulletins.list()).filter((r) => r.status === 'compiled' && r.events > 0);
  const cutoff = deps.clock.now().getTime() - OVERDUE_AFTER_MS;
  const overdue: string[] = [];
  for (const record of open) {
    const requests = (await deps.reviewLog.list(record.week)).filter((a) => a.action === 'review-requested');
    const last = requests.at(-1);
    if (last && Date.parse(last.at) < cutoff) overdue.push(record.week);
  }
  return overdue.sort();
}
