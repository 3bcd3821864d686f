import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import middy from '@middy/core';
import { z } from 'zod';
import { currentIsoWeek, previousIsoWeek } from '../domain/bulletin/iso-week.js';
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
  return middy(async (event: CompileEvent) => {
    const week = event.week ?? previousIsoWeek(currentIsoWeek(deps.clock.now(), timeZone));
    const outcome = await compileBulletin(deps, week, event.send);
    logger.info('compiled', { ...outcome });
    return outcome;
  })
    .use(injectLambdaContext(logger))
    .use(parser({ schema: compileEventSchema }));
}
