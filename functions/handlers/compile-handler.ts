import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { currentIsoWeek, isoWeekSchema, previousIsoWeek } from '../domain/bulletin/iso-week.js';
import { LEASE_CLOCK_MARGIN_MS } from '../shared/delivery-limits.js';
import { logger } from '../shared/logger.js';
import { METRIC, publishCount } from '../shared/metrics.js';
import { compileBulletin } from '../use-cases/compile-bulletin.js';
import { approveWeek } from '../use-cases/review-approve.js';
import type { ReviewDeps } from '../use-cases/review-deps.js';
import { autoSend, overdueDrafts } from '../use-cases/review-overdue.js';
import { requestReview } from '../use-cases/review-request.js';

/**
 * The schedule's payload. With no week, the week that just ended (in the bulletin's time zone).
 * - `review` (the weekly schedule, `bulletin send`): compile the draft and email the review copy to editors;
 * - `send`: approve and send now, as an operator (recorded in the audit trail like an editor's approval);
 * - `autoSend` (optional second schedule): approve a draft no editor acted on;
 * - `checkOverdue` (hourly): publish how many drafts wait for approval over 24 h (the ReviewOverdue alarm);
 * - none: compile and publish the archive only.
 */
export const compileEventSchema = z.object({
  week: isoWeekSchema.optional(),
  review: z.boolean().optional(),
  send: z.boolean().optional(),
  autoSend: z.boolean().optional(),
  checkOverdue: z.boolean().optional(),
});
export type CompileEvent = z.infer<typeof compileEventSchema>;

export function createCompileHandler(deps: ReviewDeps, timeZone: string) {
  return middy(async (event: CompileEvent, context: Context) => {
    if (event.checkOverdue) return checkOverdue(deps);
    const week = event.week ?? previousIsoWeek(currentIsoWeek(deps.clock.now(), timeZone));
    // The week's `sending` lease ends with this invocation: a retry after a crash resumes the queueing.
    const leaseUntil = Date.now() + context.getRemainingTimeInMillis() + LEASE_CLOCK_MARGIN_MS;
    const outcome = event.send
      ? await approveWeek(deps, week, 'operator (compile event)', { leaseUntil })
      : event.autoSend
        ? await autoSend(deps, week)
        : event.review
          ? await requestReview(deps, week, 'schedule')
          : await compileBulletin(deps, week, false);
    // A bulletin compiled now (not one already sent): how many items it holds.
    if ('events' in outcome && outcome.status !== 'already-sent')
      publishCount(METRIC.itemsCompiled, outcome.events);
    logger.info('compiled', { ...outcome });
    return outcome;
  })
    .use(injectLambdaContext(logger))
    .use(parser({ schema: compileEventSchema }));
}

async function checkOverdue(deps: ReviewDeps) {
  const weeks = await overdueDrafts(deps);
  publishCount(METRIC.overdueDrafts, weeks.length);
  if (weeks.length > 0) logger.warn('drafts unapproved 24 h after their review copy', { weeks });
  return { status: 'checked', overdue: weeks };
}
