import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { SERVICE_NAME } from './service.js';

/**
 * The figures operators watch, published as CloudWatch embedded metric format (EMF) log lines by Powertools
 * Metrics: Lambda's log pipeline turns them into metrics, no SDK call and no extra permission needed.
 * Every metric carries the `service` dimension; the alarms in infra/constructs/monitoring.ts read the same
 * names and dimensions from here. POWERTOOLS_METRICS_DISABLED=true (set by the CLI and the test config)
 * keeps the lines out of local output.
 */
export const METRICS_NAMESPACE = 'CooperationBulletin';
export const SERVICE_DIMENSION = { service: SERVICE_NAME } as const;

export const METRIC = {
  /** Dropped files processed, by `status` (ok, duplicate, rejected, ignored). */
  filesIngested: 'FilesIngested',
  /** Items (events) in each compiled bulletin. */
  itemsCompiled: 'ItemsCompiled',
  /** Bulletin emails SES accepted. */
  emailsSent: 'EmailsSent',
  /** Recipients SES reported as bounced (hard or soft), and as complaining. */
  bounces: 'Bounces',
  complaints: 'Complaints',
  /** Drafts unapproved 24 h after their review copy (the hourly check; the ReviewOverdue alarm). */
  overdueDrafts: 'OverdueDrafts',
} as const;
export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** The only dimension besides `service`: a file's ingest status. */
export const STATUS_DIMENSION = 'status';

const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/**
 * Publishes one count at once, as its own EMF line (Powertools' single metric): nothing waits for a flush
 * at the end of the invocation, so a figure is never lost to a crash after the work it counts.
 */
export function publishCount(name: MetricName, value: number, dimensions: Record<string, string> = {}): void {
  const single = metrics.singleMetric();
  for (const [key, dimensionValue] of Object.entries(dimensions)) single.addDimension(key, dimensionValue);
  single.addMetric(name, MetricUnit.Count, value);
}
