import { makeIngestDeps } from '../composition/ingest.js';
import { loadConfig } from '../shared/config.js';
import { createIngestHandler } from './ingest-handler.js';

// Built once per container, at cold start.
export const handler = createIngestHandler(makeIngestDeps(loadConfig()));
