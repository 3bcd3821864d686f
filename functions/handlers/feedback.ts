import { DynamoSubscriberRepository } from '../adapters/dynamo-subscriber-repository.js';
import { systemClock } from '../ports/clock.js';
import { makeDocumentClient } from '../shared/clients.js';
import { loadConfig } from '../shared/config.js';
import { createFeedbackHandler } from './feedback-handler.js';

const config = loadConfig();
export const handler = createFeedbackHandler({
  subscribers: new DynamoSubscriberRepository(makeDocumentClient(config), config.TABLE_NAME),
  clock: systemClock,
  softBounceLimit: config.SOFT_BOUNCE_LIMIT,
});
