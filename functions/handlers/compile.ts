import { makeReviewDeps } from '../composition/compile.js';
import { loadConfig } from '../shared/config.js';
import { createCompileHandler } from './compile-handler.js';

// Built once per container, at cold start.
const config = loadConfig();
export const handler = createCompileHandler(makeReviewDeps(config), config.TIME_ZONE);
