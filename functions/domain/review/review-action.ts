import { z } from 'zod';

export const REVIEW_ACTION_KINDS = [
  'review-requested',
  'empty',
  'correct',
  'approve',
  'approve-refused',
  'test-send',
] as const;
export type ReviewActionKind = (typeof REVIEW_ACTION_KINDS)[number];

/** One line of a week's audit trail: who did what, when. */
export const reviewActionSchema = z.object({
  week: z.string(),
  at: z.string(),
  /** The editor's address, or "operator (CLI)", "schedule (auto-send)". */
  actor: z.string(),
  action: z.enum(REVIEW_ACTION_KINDS),
  detail: z.string(),
});
export type ReviewAction = z.infer<typeof reviewActionSchema>;
