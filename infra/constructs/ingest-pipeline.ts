import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import { INBOX_PREFIX } from '../../functions/shared/storage-keys.js';
import type { BulletinFunction } from './bulletin-function.js';
import { QueueWithDlq } from './queue-with-dlq.js';

export interface IngestPipelineProps {
  bucket: Bucket;
  /** The consumer's timeout sets the queue's visibility timeout (six times it, as Lambda advises). */
  consumerTimeout: Duration;
}

/** S3 ObjectCreated under inbox/ -> SQS (with DLQ) -> the ingest function, once it is attached. */
export class IngestPipeline extends Construct {
  readonly queue: QueueWithDlq;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);
    this.queue = new QueueWithDlq(this, 'IngestQueue', {
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
      maxReceiveCount: 5,
    });
    // Only drops trigger ingestion: the function's own writes (articles/, rejected/) must not loop back.
    props.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue.queue), {
      prefix: INBOX_PREFIX,
    });
  }

  attach(fn: BulletinFunction): void {
    fn.addEventSource(
      new SqsEventSource(this.queue.queue, {
        batchSize: 10,
        // A short window groups a folder dropped at once without making a single file wait.
        maxBatchingWindow: Duration.seconds(2),
        reportBatchItemFailures: true,
        // Ingestion is not urgent beyond seconds; a cap keeps a bulk drop from using the account's concurrency.
        maxConcurrency: 5,
      }),
    );
  }
}
