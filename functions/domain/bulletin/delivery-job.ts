import { z } from 'zod';
import { isoWeekSchema } from './iso-week.js';

/** A job's batch is at most this many subscribers (SQS's 256 KiB message limit holds ~500 ids with room). */
export const MAX_SUBSCRIBERS_PER_JOB = 500;

/** A delivery job: one bulletin edition set for a batch of subscribers (one SQS message). */
export const deliveryJobSchema = z.object({
  week: isoWeekSchema,
  subscriberIds: z.array(z.string().min(1)).min(1).max(MAX_SUBSCRIBERS_PER_JOB),
});
export type DeliveryJob = z.infer<typeof deliveryJobSchema>;
