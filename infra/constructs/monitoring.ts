import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { OVERDUE_METRIC } from '../../functions/shared/metrics.js';

export interface MonitoringProps {
  /** Who hears about alarms; without it operators subscribe to the topic themselves. */
  alarmEmail?: string;
  /** Encrypts the topic (its subscription is an operator's address); CloudWatch may use the key. */
  masterKey?: IKey;
}

/** Alarms that need a person: anything parked in a DLQ, a function failing or being throttled. */
export class Monitoring extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: 'Cooperation Bulletin alarms',
      enforceSSL: true,
      masterKey: props.masterKey,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
  }

  /** One message in a DLQ is already a lost article or email, so the threshold is zero. */
  watchDlq(name: string, dlq: IQueue): Alarm {
    return this.alarm(
      `${name}DlqDepth`,
      dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      {
        description: `Messages are waiting in the ${name} dead-letter queue: inspect them, fix the cause, redrive.`,
      },
    );
  }

  /**
   * The compile function's hourly check publishes OverdueDrafts (embedded metric format): weeks whose review
   * copy went out over 24 hours ago and that no one approved. One is enough to wake someone.
   */
  watchOverdueDrafts(): Alarm {
    return this.alarm(
      'ReviewOverdue',
      new Metric({
        namespace: OVERDUE_METRIC.namespace,
        metricName: OVERDUE_METRIC.name,
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      {
        description:
          'A bulletin draft is still unapproved 24 h after its review copy went out: an editor should approve or correct it (docs/operations.md).',
      },
    );
  }

  watchFunction(name: string, fn: IFunction): void {
    this.alarm(`${name}Errors`, fn.metricErrors({ period: Duration.minutes(5) }), {
      description: `The ${name} function reported errors: see its log group.`,
    });
    this.alarm(`${name}Throttles`, fn.metricThrottles({ period: Duration.minutes(5) }), {
      description: `The ${name} function was throttled: check account concurrency and its event source.`,
    });
  }

  private alarm(id: string, metric: IMetric, opts: { description: string }): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      alarmDescription: opts.description,
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // No data means no traffic, which is normal for a weekly bulletin.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}
