import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import type { BulletinFunction } from './bulletin-function.js';
import { QueueWithDlq } from './queue-with-dlq.js';

/** Copies of the deliver function that may run at once (the SQS event source's minimum is 2). */
export const DELIVERY_CONCURRENCY = 2;

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
        batchSize: 10,
        reportBatchItemFailures: true,
        // Fixed so that the SES send rate can be shared out evenly between the copies.
        maxConcurrency: DELIVERY_CONCURRENCY,
      }),
    );
  }
}
