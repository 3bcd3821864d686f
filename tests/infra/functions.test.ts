import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { named, resourcesOfType, show, stubSourceRoot, synthTemplate } from './infra-helpers.js';

let template: Template;
beforeAll(() => {
  template = synthTemplate({
    sourceRoot: stubSourceRoot(),
    config: { scheduleExpression: 'cron(30 8 ? * FRI *)', scheduleTimeZone: 'Europe/Berlin' },
  });
});

const queue = (name: string) => named(template, 'AWS::SQS::Queue', name);
const lambda = (name: string) => named(template, 'AWS::Lambda::Function', name);

describe('weekly schedule', () => {
  it('invokes compile with the configured expression and time zone, with retries and a DLQ', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(30 8 ? * FRI *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [lambda('CompileFunction').id, 'Arn'] },
        Input: JSON.stringify({ review: true }),
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queue('WeeklyDlq').id, 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 6 * 3600 },
      },
    });
  });

  it("runs as a role that may only invoke compile and write to the schedules' DLQs", () => {
    const role = Object.entries(resourcesOfType(template, 'AWS::IAM::Policy')).find(([id]) =>
      id.startsWith('SchedulerRole'),
    );
    const statements = role?.[1].Properties.PolicyDocument.Statement as {
      Action: string;
      Resource: unknown;
    }[];
    expect(statements.map((s) => [s.Action, show(s.Resource)])).toEqual([
      ['lambda:InvokeFunction', 'CompileFunction.Arn,CompileFunction.Arn:*'],
      // The weekly review request and the hourly check for drafts left unapproved (docs/operations.md).
      ['sqs:SendMessage', 'ReviewOverdueCheckDlq.Arn,WeeklyDlq.Arn'],
    ]);
  });
});

describe('functions', () => {
  it('all five run Node.js 22 on arm64 with the ESM bundle handler and Powertools settings', () => {
    const fns = Object.entries(resourcesOfType(template, 'AWS::Lambda::Function')).filter(([id]) =>
      /^(Ingest|Compile|Deliver|Subscriptions|Feedback)Function/.test(id),
    );
    expect(fns).toHaveLength(5);
    for (const [, fn] of fns) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      expect(fn.Properties.Environment.Variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: 'cooperation-bulletin',
        LOG_LEVEL: 'INFO',
        TIME_ZONE: 'Europe/Berlin',
        NODE_OPTIONS: '--enable-source-maps',
        BUCKET_NAME: { Ref: expect.stringMatching(/^StorageContentBucket/) },
        TABLE_NAME: { Ref: expect.stringMatching(/^StorageTable/) },
      });
      expect(show(fn.Properties.LoggingConfig.LogGroup)).toMatch(/Logs/);
    }
  });

  it('keeps logs for the configured retention', () => {
    const groups = Object.values(resourcesOfType(template, 'AWS::Logs::LogGroup'));
    expect(groups.length).toBeGreaterThanOrEqual(6);
    for (const g of groups) expect(g.Properties.RetentionInDays).toBe(30);
  });

  it('shares the SES rate between the concurrent deliver copies and points links at the archive', () => {
    const env = lambda('DeliverFunction').props.Environment.Variables;
    expect(env.SES_MAX_SEND_RATE).toBe('0.5');
    expect(env.SENDER_ADDRESS).toBe('bulletin@example.org');
    expect(env.SES_CONFIGURATION_SET).toEqual({ Ref: expect.stringMatching(/^MailConfigurationSet/) });
    expect(show(env.ARCHIVE_BASE_URL)).toMatch(/^https:\/\/ArchiveDistribution.DomainName$/);
    expect(lambda('CompileFunction').props.Environment.Variables.DELIVERY_QUEUE_URL).toEqual({
      Ref: queue('DeliveryDeliveryQueue').id,
    });
  });

  it('stores data in one on-demand table with the byWeek index, TTL and point-in-time recovery', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: 'byWeek',
          KeySchema: [
            { AttributeName: 'weekPk', KeyType: 'HASH' },
            { AttributeName: 'weekSk', KeyType: 'RANGE' },
          ],
        }),
      ],
      Replicas: [
        Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
      ],
    });
  });
});
