import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, show, strip, stubSourceRoot, synthTemplate } from './infra-helpers.js';

let template: Template;
beforeAll(() => {
  template = synthTemplate({
    sourceRoot: stubSourceRoot(),
    config: { scheduleExpression: 'cron(30 8 ? * FRI *)', scheduleTimeZone: 'Europe/Berlin' },
  });
});

const queueByPrefix = (name: string) => {
  const entry = Object.entries(resourcesOfType(template, 'AWS::SQS::Queue')).find(
    ([id]) => strip(id) === name,
  );
  if (!entry) throw new Error(`no queue ${name}`);
  return { id: entry[0], props: entry[1].Properties };
};
const functionByPrefix = (prefix: string) => {
  const entry = Object.entries(resourcesOfType(template, 'AWS::Lambda::Function')).find(([id]) =>
    id.startsWith(prefix),
  );
  if (!entry) throw new Error(`no function ${prefix}`);
  return { id: entry[0], props: entry[1].Properties };
};

describe('content bucket', () => {
  it('blocks public access, is versioned, encrypted, logged to the log bucket', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^StorageLogBucket') } },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'rejected/', ExpirationInDays: 90, Status: 'Enabled' }),
          Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
        ]),
      },
    });
  });

  it('denies every request that does not use TLS, on both buckets', () => {
    const policies = Object.values(resourcesOfType(template, 'AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
  });

  it('notifies the ingest queue of ObjectCreated under inbox/ only', () => {
    const notifications = Object.values(resourcesOfType(template, 'Custom::S3BucketNotifications'));
    expect(notifications).toHaveLength(1);
    const config = notifications[0]?.Properties.NotificationConfiguration;
    expect(config.QueueConfigurations).toEqual([
      {
        Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'inbox/' }] } },
        QueueArn: { 'Fn::GetAtt': [queueByPrefix('IngestIngestQueue').id, 'Arn'] },
      },
    ]);
    expect(config.LambdaFunctionConfigurations).toBeUndefined();
  });
});

describe('queues', () => {
  it.each([
    ['IngestIngestQueue', 'IngestFunction', 90],
    ['DeliveryDeliveryQueue', 'DeliverFunction', 60],
  ])(
    '%s redrives to its DLQ after 5 receives and hides messages 6x the consumer timeout',
    (prefix, fn, timeout) => {
      const queue = queueByPrefix(prefix);
      const dlq = queueByPrefix(`${prefix}Dlq`);
      expect(queue.props.RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [dlq.id, 'Arn'] },
        maxReceiveCount: 5,
      });
      expect(functionByPrefix(fn).props.Timeout).toBe(timeout);
      expect(queue.props.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
      expect(queue.props.SqsManagedSseEnabled).toBe(true);
      expect(dlq.props.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    },
  );

  it('every queue denies non-TLS access', () => {
    const policies = Object.values(resourcesOfType(template, 'AWS::SQS::QueuePolicy'));
    expect(policies.length).toBe(Object.keys(resourcesOfType(template, 'AWS::SQS::Queue')).length);
    for (const p of policies) {
      expect(p.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it.each([
    ['IngestFunction', 'IngestIngestQueue', 5],
    ['DeliverFunction', 'DeliveryDeliveryQueue', 2],
  ])('%s consumes its queue in batches of 10 with partial batch failures', (fn, queue, concurrency) => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionByPrefix(fn).id },
      EventSourceArn: { 'Fn::GetAtt': [queueByPrefix(queue).id, 'Arn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: concurrency },
    });
  });
});

describe('weekly schedule', () => {
  it('invokes compile with the configured expression and time zone, with retries and a DLQ', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(30 8 ? * FRI *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [functionByPrefix('CompileFunction').id, 'Arn'] },
        Input: JSON.stringify({ send: true }),
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueByPrefix('WeeklyDlq').id, 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 6 * 3600 },
      },
    });
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
    const env = functionByPrefix('DeliverFunction').props.Environment.Variables;
    expect(env.SES_MAX_SEND_RATE).toBe('0.5');
    expect(env.SENDER_ADDRESS).toBe('bulletin@example.org');
    expect(env.SES_CONFIGURATION_SET).toEqual({ Ref: expect.stringMatching(/^MailConfigurationSet/) });
    expect(show(env.ARCHIVE_BASE_URL)).toMatch(/^https:\/\/ArchiveDistribution.DomainName$/);
    expect(functionByPrefix('CompileFunction').props.Environment.Variables.DELIVERY_QUEUE_URL).toEqual({
      Ref: queueByPrefix('DeliveryDeliveryQueue').id,
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
