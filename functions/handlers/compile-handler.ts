import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { currentIsoWeek, previousIsoWeek } from '../domain/bulletin/iso-week.js';
import { LEASE_CLOCK_MARGIN_MS } from '../shared/delivery-limits.js';
import { logger } from '../shared/logger.js';
import { type CompileDeps, compileBulletin } from '../use-cases/compile-bulletin.js';

/**
 * The schedule's payload. With no week, the Monday run compiles the week that just ended (in the bulletin's
 * time zone); `send` false only compiles and publishes the archive.
 */
export const compileEventSchema = z.object({
  week: z
    .string()
    .regex(/^\d{4}-W\d{2}$/)
    .optional(),
  send: z.boolean().default(true),
});
export type CompileEvent = z.infer<typeof compileEventSchema>;

export function createCompileHandler(deps: CompileDeps, timeZone: string) {
  return middy(async (event: CompileEvent, context: Context) => {
    const week = event.week ?? previousIsoWeek(currentIsoWeek(deps.clock.now(), timeZone));
    // The week's `sending` lease ends with this invocation: a retry after a crash resumes the queueing.
    const leaseUntil = Date.now() + context.getRemainingTimeInMillis() + LEASE_CLOCK_MARGIN_MS;
    const outcome = await compileBulletin(deps, week, event.send, { leaseUntil });
    logger.info('compiled', { ...outcome });
    return outcome;
  })
    .use(injectLambdaContext(logger))
    .use(parser({ schema: compileEventSchema }));
}
