import { loadConfig } from '../shared/config.js';
import { makeReviewDeps } from '../use-cases/review-deps.js';
import { createCompileHandler } from './compile-handler.js';

const config = loadConfig();
export const handler = createCompileHandler(makeReviewDeps(config), config.TIME_ZONE);
