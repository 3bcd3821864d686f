import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { parser } from '@aws-lambda-powertools/batch/parser';
import type { ParsedRecord } from '@aws-lambda-powertools/batch/types';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { type DeliveryJob, deliveryJobSchema } from '../domain/bulletin/delivery-job.js';
import { logger } from '../shared/logger.js';
import { METRIC, publishCount } from '../shared/metrics.js';
import { type DeliverDeps, deliverBulletin } from '../use-cases/deliver-bulletin.js';
import { DeliveryFailedError, DeliveryPendingError } from '../use-cases/delivery-errors.js';

/**
 * One SQS message = one job (JOBS_PER_BATCH per invocation, delivery-limits.ts); a failed job is reported
 * alone and retried, then parked in the DLQ.
 */
export function createDeliverHandler(deps: () => Promise<DeliverDeps>) {
  const processor = new BatchProcessor(EventType.SQS, {
    parser,
    innerSchema: deliveryJobSchema,
    transformer: 'json',
    logger,
  });
  return middy(async (event: SQSEvent, context: Context) => {
    // The invocation's end bounds every claim's lease and tells a job when to hand the rest back.
    const deadline = Date.now() + context.getRemainingTimeInMillis();
    const processRecord = async (record: ParsedRecord<SQSRecord, DeliveryJob>) => {
      const result = await deliverBulletin(await deps(), record.body, { deadline }).catch(
        (error: unknown) => {
          // A job that fails or waits after some sends still sent those: they are counted once, here.
          if (error instanceof DeliveryFailedError || error instanceof DeliveryPendingError)
            publishCount(METRIC.emailsSent, error.sent);
          throw error;
        },
      );
      publishCount(METRIC.emailsSent, result.sent);
      logger.info('delivered', { week: record.body.week, ...result });
    };
    return processPartialResponse(event, processRecord, processor, { context });
  }).use(injectLambdaContext(logger));
}
