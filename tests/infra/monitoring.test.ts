import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { named, resourcesOfType, stubSourceRoot, synthTemplate } from './infra-helpers.js';

let template: Template;
beforeAll(() => {
  template = synthTemplate({ sourceRoot: stubSourceRoot() });
});

interface MetricQuery {
  Id: string;
  Expression?: string;
  MetricStat?: {
    Metric: { Namespace: string; MetricName: string; Dimensions: { Name: string; Value: string }[] };
  };
}

/** The metrics an alarm's math expression reads, as `Name{dim=value,...}`. */
function metricsRead(alarm: string): string[] {
  const queries = named(template, 'AWS::CloudWatch::Alarm', `Monitoring${alarm}`).props
    .Metrics as MetricQuery[];
  return queries
    .flatMap((q) => (q.MetricStat ? [q.MetricStat.Metric] : []))
    .map((m) => {
      expect(m.Namespace).toBe('CooperationBulletin');
      const dims = m.Dimensions.map((d) => `${d.Name}=${d.Value}`).sort();
      return `${m.MetricName}{${dims.join(',')}}`;
    })
    .sort();
}

describe('alarms on the metrics the functions publish (functions/shared/metrics.ts)', () => {
  it('watches the share of dropped files rejected, over every status', () => {
    expect(metricsRead('IngestRejections')).toEqual(
      ['duplicate', 'ignored', 'ok', 'rejected'].map(
        (status) => `FilesIngested{service=cooperation-bulletin,status=${status}}`,
      ),
    );
  });

  it('watches the bounce and complaint rates against the emails sent, at the rates SES acts on', () => {
    expect(metricsRead('BounceRate')).toEqual([
      'Bounces{service=cooperation-bulletin}',
      'EmailsSent{service=cooperation-bulletin}',
    ]);
    expect(metricsRead('ComplaintRate')).toEqual([
      'Complaints{service=cooperation-bulletin}',
      'EmailsSent{service=cooperation-bulletin}',
    ]);
    expect(named(template, 'AWS::CloudWatch::Alarm', 'MonitoringBounceRate').props.Threshold).toBe(5);
    expect(named(template, 'AWS::CloudWatch::Alarm', 'MonitoringComplaintRate').props.Threshold).toBe(0.1);
  });

  it('reads OverdueDrafts with the service dimension Powertools Metrics adds', () => {
    const alarm = named(template, 'AWS::CloudWatch::Alarm', 'MonitoringReviewOverdue').props;
    expect(alarm.MetricName).toBe('OverdueDrafts');
    expect(alarm.Dimensions).toEqual([{ Name: 'service', Value: 'cooperation-bulletin' }]);
  });

  it('traces every function by default, and tells the Powertools Tracer so', () => {
    for (const fn of Object.values(resourcesOfType(template, 'AWS::Lambda::Function'))) {
      if (!fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME) continue;
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Properties.Environment.Variables.POWERTOOLS_TRACE_ENABLED).toBe('true');
    }
  });
});
