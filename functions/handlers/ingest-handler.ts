import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { parser } from '@aws-lambda-powertools/batch/parser';
import type { ParsedRecord } from '@aws-lambda-powertools/batch/types';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger } from '../shared/logger.js';
import { METRIC, publishCount, STATUS_DIMENSION } from '../shared/metrics.js';
import { printable } from '../shared/printable.js';
import { INBOX_PREFIX } from '../shared/storage-keys.js';
import { type IngestDeps, ingestArticle } from '../use-cases/ingest-article.js';
import { knowledgeRefresher } from '../use-cases/knowledge-additions.js';
import { decodeS3Key, type IngestBody, ingestBodySchema } from './ingest-event.js';

/** S3 notifications through SQS -> one ingest per created object under inbox/. */
export function createIngestHandler(deps: IngestDeps) {
  // Knowledge files under knowledge/ in the bucket apply without a deploy: read at the first batch, then every minute.
  const refreshKnowledge = knowledgeRefresher(deps);
  // Each SQS message is parsed on its own: one malformed message fails alone, the rest of the batch goes on.
  const processor = new BatchProcessor(EventType.SQS, {
    parser,
    innerSchema: ingestBodySchema,
    transformer: 'json',
    logger,
  });

  async function processRecord(record: ParsedRecord<SQSRecord, IngestBody>): Promise<void> {
    const body = record.body;
    if (!('Records' in body)) return;
    for (const s3Record of body.Records) {
      if (!s3Record.eventName.startsWith('ObjectCreated:')) continue;
      const key = decodeS3Key(s3Record.s3.object.key);
      if (!key.startsWith(INBOX_PREFIX)) continue;
      const source = await ingestArticle(deps, { key, etag: s3Record.s3.object.eTag });
      publishCount(METRIC.filesIngested, 1, { [STATUS_DIMENSION]: source.status });
      logger.info('ingested', {
        // Whoever drops a file names it: control characters in the name are escaped, not replayed.
        key: printable(key),
        status: source.status,
        reason: source.reason,
        articleId: source.articleId,
      });
    }
  }

  return middy(async (event: SQSEvent, context: Context) => {
    await refreshKnowledge();
    // One file at a time: extraction is CPU-bound on one thread, so parallel records gain nothing but would hold
    // up to ten files' peak memory at once (pdf.js interleaves through promises); each file is bounded alone.
    return processPartialResponse(event, processRecord, processor, { context, processInParallel: false });
  }).use(injectLambdaContext(logger));
}
