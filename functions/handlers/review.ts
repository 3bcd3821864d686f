import { loadConfig } from '../shared/config.js';
import { makeReviewDeps } from '../use-cases/review-deps.js';
import { createReviewHandler } from './review-handler.js';

export const handler = createReviewHandler(makeReviewDeps(loadConfig()));
