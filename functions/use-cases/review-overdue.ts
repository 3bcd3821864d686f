import { type ApproveOutcome, approveWeek } from './review-approve.js';
import type { ReviewDeps } from './review-deps.js';

export type AutoSendOutcome =
  | ApproveOutcome
  | { status: 'not-awaiting-review'; week: string }
  | { status: 'editor-acted'; week: string };

/** Actions that show an editor took the week in hand: the auto-send leaves it to them. */
const EDITOR_WORK = new Set(['correct', 'test-send']);

/**
 * The optional auto-send (off by default, docs/operations.md): at the set hour, a draft whose review copy
 * went out and on which no editor acted (no correction, no test send, no approval) is approved by the
 * schedule. Weeks never reviewed, and weeks an editor is working on, are left alone.
 */
export async function autoSend(deps: ReviewDeps, week: string): Promise<AutoSendOutcome> {
  const [record, actions] = await Promise.all([deps.bulletins.get(week), deps.reviewLog.list(week)]);
  const lastRequest = actions.findLastIndex((a) => a.action === 'review-requested');
  if (record?.status !== 'compiled' || lastRequest < 0) return { status: 'not-awaiting-review', week };
  if (actions.slice(lastRequest).some((a) => EDITOR_WORK.has(a.action)))
    return { status: 'editor-acted', week };
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
