import { makeFeedbackDeps } from '../composition/subscriptions.js';
import { loadConfig } from '../shared/config.js';
import { createFeedbackHandler } from './feedback-handler.js';

// Built once per container, at cold start.
export const handler = createFeedbackHandler(makeFeedbackDeps(loadConfig()));
