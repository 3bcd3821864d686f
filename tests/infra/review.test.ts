import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { InfraConfigError, parseInfraConfig } from '../../infra/config.js';
import { REVIEW_THROTTLE } from '../../infra/constructs/review-api.js';
import { named, resourcesOfType, stubSourceRoot, synthTemplate } from './infra-helpers.js';

let template: Template;
beforeAll(() => {
  template = synthTemplate({
    sourceRoot: stubSourceRoot(),
    config: { editorAddresses: 'press@edu.example.az, Chief@edu.example.az' },
  });
});

const lambda = (name: string) => named(template, 'AWS::Lambda::Function', name);

describe('editor review in AWS', () => {
  it('routes the review paths of the HTTP API to the review function: GET shows, POST acts', () => {
    const routes = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties.RouteKey as string,
    );
    expect(routes.filter((k) => k.includes('/review')).sort()).toEqual([
      'GET /review',
      'GET /review/approve',
      'POST /review/approve',
      'POST /review/correct',
      'POST /review/test',
    ]);
    const integrations = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Integration'));
    const uris = integrations.map((i) => JSON.stringify(i.Properties.IntegrationUri));
    expect(uris.some((u) => u.includes(lambda('ReviewFunction').id))).toBe(true);
  });

  it('throttles every review route on the stage, below the public subscription limits', () => {
    const stage = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Stage'))[0];
    const all = stage?.Properties.RouteSettings as Record<string, { ThrottlingRateLimit: number }>;
    // The subscribe and unsubscribe routes have limits of their own (tests/infra/public-api.test.ts).
    const settings = Object.fromEntries(Object.entries(all).filter(([key]) => key.includes('/review')));
    expect(Object.keys(settings).sort()).toEqual([
      'GET /review',
      'GET /review/approve',
      'POST /review/approve',
      'POST /review/correct',
      'POST /review/test',
    ]);
    for (const s of Object.values(settings)) {
      expect(s).toEqual({
        ThrottlingRateLimit: REVIEW_THROTTLE.rateLimit,
        ThrottlingBurstLimit: REVIEW_THROTTLE.burstLimit,
      });
    }
    expect(stage?.Properties.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(
      REVIEW_THROTTLE.rateLimit,
    );
  });

  it('gives compile and review the validated editors list and the archive domain for links', () => {
    for (const fn of ['CompileFunction', 'ReviewFunction']) {
      const env = lambda(fn).props.Environment.Variables;
      expect(env.EDITOR_ADDRESSES).toBe('press@edu.example.az,chief@edu.example.az');
      expect(env.LINK_SECRET_ARN).toBeDefined();
      expect(JSON.stringify(env.ARCHIVE_BASE_URL)).toContain('ArchiveDistribution');
    }
  });

  it('alarms when a draft waits over 24 h, fed by an hourly check of compile', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'CooperationBulletin',
      MetricName: 'OverdueDrafts',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^MonitoringAlarmTopic') }],
    });
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 hour)',
      Target: Match.objectLike({ Input: JSON.stringify({ checkOverdue: true }) }),
    });
  });

  it('sends automatically only when an auto-send schedule is configured', () => {
    const inputs = (t: Template) =>
      Object.values(resourcesOfType(t, 'AWS::Scheduler::Schedule')).map((s) => s.Properties.Target.Input);
    expect(inputs(template)).not.toContain(JSON.stringify({ autoSend: true }));
    const auto = synthTemplate({
      sourceRoot: stubSourceRoot(),
      config: { autoSendSchedule: 'cron(0 15 ? * MON *)' },
    });
    auto.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 15 ? * MON *)',
      ScheduleExpressionTimezone: 'Asia/Baku',
      Target: Match.objectLike({ Input: JSON.stringify({ autoSend: true }) }),
    });
  });

  it('refuses editors that are not addresses and auto-send times that are not schedule expressions', () => {
    expect(parseInfraConfig({}).editorAddresses).toEqual([]);
    expect(() => parseInfraConfig({ editorAddresses: 'press@edu.az, not-an-address' })).toThrow(
      InfraConfigError,
    );
    expect(() => parseInfraConfig({ editorAddresses: 'x' })).toThrow(/BULLETIN_EDITORS/);
    expect(() => parseInfraConfig({ autoSendSchedule: 'monday at 3' })).toThrow(
      /BULLETIN_AUTO_SEND_SCHEDULE/,
    );
  });
});
