import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { DELIVERY_CONCURRENCY, JOBS_PER_BATCH } from '../../functions/shared/delivery-limits.js';
import type { BulletinFunction } from './bulletin-function.js';
import { QueueWithDlq } from './queue-with-dlq.js';

// The SQS event source's minimum concurrency is 2; the value lives with the other delivery limits.
export { DELIVERY_CONCURRENCY };

export interface DeliveryPipelineProps {
  consumerTimeout: Duration;
}

/** Delivery jobs (bulletin x subscriber), queued by compile, consumed by the deliver function. */
export class DeliveryPipeline extends Construct {
  readonly queue: QueueWithDlq;

  constructor(scope: Construct, id: string, props: DeliveryPipelineProps) {
    super(scope, id);
    this.queue = new QueueWithDlq(this, 'DeliveryQueue', {
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
      // A send that keeps failing (bad address, SES throttling for minutes) is parked for an operator.
      maxReceiveCount: 5,
    });
  }

  attach(fn: BulletinFunction): void {
    fn.addEventSource(
      new SqsEventSource(this.queue.queue, {
        // Sized with the timeout in delivery-limits.ts, so one batch always fits in one invocation.
        batchSize: JOBS_PER_BATCH,
        reportBatchItemFailures: true,
        // Fixed so that the SES send rate can be shared out evenly between the copies.
        maxConcurrency: DELIVERY_CONCURRENCY,
      }),
    );
  }
}
