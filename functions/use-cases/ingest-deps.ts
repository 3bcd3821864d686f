import { DynamoArticleRepository, DynamoSourceRepository } from '../adapters/dynamo-article-repository.js';
import { S3ObjectStore } from '../adapters/s3-object-store.js';
import { extractArticle } from '../domain/extract/extract-article.js';
import { systemClock } from '../ports/clock.js';
import { makeDocumentClient, makeS3Client } from '../shared/clients.js';
import type { Config } from '../shared/config.js';
import type { IngestDeps } from './ingest-article.js';

/** Wires the ingest use case to the real adapters; the same in Lambda and in local mode. */
export function makeIngestDeps(config: Config): IngestDeps {
  const doc = makeDocumentClient(config);
  return {
    store: new S3ObjectStore(makeS3Client(config), config.BUCKET_NAME),
    articles: new DynamoArticleRepository(doc, config.TABLE_NAME),
    sources: new DynamoSourceRepository(doc, config.TABLE_NAME),
    extract: extractArticle,
    clock: systemClock,
    timeZone: config.TIME_ZONE,
    maxBytes: config.MAX_UPLOAD_BYTES,
  };
}
