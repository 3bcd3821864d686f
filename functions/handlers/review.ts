import { makeReviewDeps } from '../composition/compile.js';
import { loadConfig } from '../shared/config.js';
import { createReviewHandler } from './review-handler.js';

// Built once per container, at cold start.
export const handler = createReviewHandler(makeReviewDeps(loadConfig()));
