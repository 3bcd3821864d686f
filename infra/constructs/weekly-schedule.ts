import { type CfnResource, Duration, Stack, TimeZone } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge, nagRef } from './nag.js';

export interface WeeklyScheduleProps {
  expression: string;
  timeZone: string;
  target: IFunction;
  /** The compile event; the weekly run asks for the review (the editors' draft). */
  input?: Record<string, unknown>;
  description?: string;
}

/** EventBridge Scheduler invokes compile once a week in the bulletin's own time zone. */
export class WeeklySchedule extends Construct {
  readonly schedule: Schedule;
  /** Invocations the scheduler gave up on after its retries. */
  readonly dlq: Queue;

  constructor(scope: Construct, id: string, props: WeeklyScheduleProps) {
    super(scope, id);
    this.dlq = new Queue(this, 'Dlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.dlq,
      'AwsSolutions-SQS3',
      'This queue is itself the dead-letter queue of the schedule target (Scheduler DLQs are not SQS redrives).',
    );
    this.schedule = new Schedule(this, 'Schedule', {
      description:
        props.description ?? 'Compiles the weekly bulletin and emails the review copy to the editors',
      schedule: ScheduleExpression.expression(props.expression, TimeZone.of(props.timeZone)),
      target: new LambdaInvoke(props.target, {
        // No week given: the week that just ended, in the bulletin's time zone, as a draft for the editors.
        input: ScheduleTargetInput.fromObject(props.input ?? { review: true }),
        deadLetterQueue: this.dlq,
        retryAttempts: 3,
        // A bulletin that could not start within 6 hours is better compiled by hand than sent late.
        maxEventAge: Duration.hours(6),
      }),
    });
    // The scheduler's role is a stack-level singleton; the finding names this function's ARN exactly.
    const fn = props.target.node.defaultChild as CfnResource | undefined;
    if (fn) {
      acknowledge(
        Stack.of(this),
        `AwsSolutions-IAM5[Resource::${nagRef(fn)}:*]`,
        'lambda:InvokeFunction on the compile function and its versions/aliases, as the Scheduler target grants it.',
      );
    }
  }
}
