/** The metric the hourly overdue check publishes and the ReviewOverdue alarm watches. */
export const OVERDUE_METRIC = { namespace: 'CooperationBulletin', name: 'OverdueDrafts' } as const;

/**
 * One CloudWatch embedded-metric-format line: Lambda's log pipeline turns it into a metric, no SDK call and
 * no extra permission needed.
 */
export function emfLine(value: number, now: Date): string {
  return JSON.stringify({
    _aws: {
      Timestamp: now.getTime(),
      CloudWatchMetrics: [
        {
          Namespace: OVERDUE_METRIC.namespace,
          Dimensions: [[]],
          Metrics: [{ Name: OVERDUE_METRIC.name, Unit: 'Count' }],
        },
      ],
    },
    [OVERDUE_METRIC.name]: value,
  });
}
