import { loadConfig } from '../shared/config.js';
import { makeCompileDeps } from '../use-cases/make-deps.js';
import { createCompileHandler } from './compile-handler.js';

const config = loadConfig();
export const handler = createCompileHandler(makeCompileDeps(config), config.TIME_ZONE);
