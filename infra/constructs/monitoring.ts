import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
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
import { SOURCE_STATUSES } from '../../functions/domain/article/article-record.js';
import {
  METRIC,
  METRICS_NAMESPACE,
  type MetricName,
  SERVICE_DIMENSION,
  STATUS_DIMENSION,
} from '../../functions/shared/metrics.js';

/** A metric the functions publish (functions/shared/metrics.ts), with the same namespace and dimensions. */
function bulletinMetric(name: MetricName, period: Duration, dimensions: Record<string, string> = {}): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName: name,
    dimensionsMap: { ...SERVICE_DIMENSION, ...dimensions },
    statistic: 'Sum',
    period,
  });
}

/** SES reviews an account at a 5 % bounce rate and 0.1 % complaint rate; the alarms sound at those rates. */
const BOUNCE_RATE_PERCENT = 5;
const COMPLAINT_RATE_PERCENT = 0.1;
/** Below this many emails in a day a rate says little (one bounce among ten is not a reputation problem). */
const MIN_EMAILS_FOR_RATE = 20;
/** Rejections alarm when they are most of at least this many files in six hours: a broken format, not one bad file. */
const MIN_FILES_FOR_REJECTION_RATE = 5;

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
    this.watchIngestRejections();
    this.watchSesReputation();
  }

  /**
   * FilesIngested by status: one refused file is the sender's to fix (`bulletin status` says why), but most
   * files of a busy stretch refused points at the pipeline (a format the extractor no longer reads).
   */
  private watchIngestRejections(): Alarm {
    const period = Duration.hours(6);
    const usingMetrics = Object.fromEntries(
      SOURCE_STATUSES.map((status) => [
        status,
        bulletinMetric(METRIC.filesIngested, period, { [STATUS_DIMENSION]: status }),
      ]),
    );
    const total = SOURCE_STATUSES.map((status) => `FILL(${status}, 0)`).join(' + ');
    return this.alarm(
      'IngestRejections',
      new MathExpression({
        expression: `IF((${total}) >= ${MIN_FILES_FOR_REJECTION_RATE}, FILL(rejected, 0) / (${total}), 0)`,
        usingMetrics,
        period,
        label: 'Share of dropped files rejected',
      }),
      {
        threshold: 0.5,
        description:
          'Over half of the files dropped in six hours were rejected: check the SOURCE reasons (`bulletin status`, docs/operations.md) for a format the pipeline stopped reading.',
      },
    );
  }

  /** Bounces and complaints (SES feedback) as a share of the emails sent that day. */
  private watchSesReputation(): void {
    const period = Duration.days(1);
    const sent = bulletinMetric(METRIC.emailsSent, period);
    const rate = (id: string, name: MetricName, label: string) =>
      new MathExpression({
        expression: `IF(FILL(sent, 0) >= ${MIN_EMAILS_FOR_RATE}, 100 * FILL(${id}, 0) / sent, 0)`,
        usingMetrics: { sent, [id]: bulletinMetric(name, period) },
        period,
        label,
      });
    this.alarm('BounceRate', rate('bounces', METRIC.bounces, 'Bounce rate (%)'), {
      threshold: BOUNCE_RATE_PERCENT,
      description: `Over ${BOUNCE_RATE_PERCENT} % of the day's bulletin emails bounced: SES may put the account under review. Check the subscriber list (docs/operations.md).`,
    });
    this.alarm('ComplaintRate', rate('complaints', METRIC.complaints, 'Complaint rate (%)'), {
      threshold: COMPLAINT_RATE_PERCENT,
      description: `Over ${COMPLAINT_RATE_PERCENT} % of the day's bulletin emails were reported as spam: SES may pause sending.`,
    });
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
   * The compile function's hourly check publishes OverdueDrafts (Powertools Metrics): weeks whose review
   * copy went out over 24 hours ago and that no one approved. One is enough to wake someone.
   */
  watchOverdueDrafts(): Alarm {
    return this.alarm(
      'ReviewOverdue',
      bulletinMetric(METRIC.overdueDrafts, Duration.hours(1)).with({ statistic: 'Maximum' }),
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

  private alarm(id: string, metric: IMetric, opts: { description: string; threshold?: number }): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      alarmDescription: opts.description,
      threshold: opts.threshold ?? 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // No data means no traffic, which is normal for a weekly bulletin.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}
