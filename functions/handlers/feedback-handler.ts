import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { SnsSchema } from '@aws-lambda-powertools/parser/schemas/sns';
import middy from '@middy/core';
import { z } from 'zod';
import { logger } from '../shared/logger.js';
import { METRIC, publishCount } from '../shared/metrics.js';
import { type Feedback, type FeedbackDeps, recordFeedback } from '../use-cases/record-feedback.js';

const recipients = z.array(z.object({ emailAddress: z.string() }));

/** SES event publishing (eventType) and notification (notificationType) messages, bounce or complaint. */
const sesFeedbackSchema = z.looseObject({
  eventType: z.string().optional(),
  notificationType: z.string().optional(),
  bounce: z.looseObject({ bounceType: z.string(), bouncedRecipients: recipients }).optional(),
  complaint: z.looseObject({ complainedRecipients: recipients }).optional(),
});

export function toFeedback(message: z.infer<typeof sesFeedbackSchema>): Feedback | null {
  const type = message.eventType ?? message.notificationType;
  if (type === 'Bounce' && message.bounce) {
    const addresses = message.bounce.bouncedRecipients.map((r) => r.emailAddress);
    return { kind: message.bounce.bounceType === 'Permanent' ? 'hard-bounce' : 'soft-bounce', addresses };
  }
  if (type === 'Complaint' && message.complaint) {
    return {
      kind: 'complaint',
      addresses: message.complaint.complainedRecipients.map((r) => r.emailAddress),
    };
  }
  return null;
}

export function createFeedbackHandler(deps: FeedbackDeps) {
  return middy(async (event: z.infer<typeof SnsSchema>) => {
    for (const record of event.Records) {
      const parsed = sesFeedbackSchema.safeParse(JSON.parse(record.Sns.Message));
      const feedback = parsed.success ? toFeedback(parsed.data) : null;
      if (!feedback) continue;
      const suppressed = await recordFeedback(deps, feedback);
      const metric = feedback.kind === 'complaint' ? METRIC.complaints : METRIC.bounces;
      publishCount(metric, feedback.addresses.length);
      // Counts only: addresses never reach the logs.
      logger.info('ses feedback', { kind: feedback.kind, recipients: feedback.addresses.length, suppressed });
    }
  })
    .use(injectLambdaContext(logger))
    .use(parser({ schema: SnsSchema }));
}
