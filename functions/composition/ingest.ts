import { extractArticle } from '../domain/extract/extract-article.js';
import { systemClock } from '../ports/clock.js';
import type { Config } from '../shared/config.js';
import type { IngestDeps } from '../use-cases/ingest-article.js';
import { articleRepository, objectStore, sourceRepository } from './storage.js';

/** The ingest use case on the real adapters; the same in Lambda, in `bulletin dev` and in `bulletin reprocess`. */
export function makeIngestDeps(config: Config): IngestDeps {
  return {
    store: objectStore(config),
    articles: articleRepository(config),
    sources: sourceRepository(config),
    extract: extractArticle,
    clock: systemClock,
    timeZone: config.TIME_ZONE,
    maxBytes: config.MAX_UPLOAD_BYTES,
  };
}
