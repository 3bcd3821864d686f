import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DELIVERY_CONCURRENCY,
  deliveryLimits,
  JOBS_PER_BATCH,
} from '../../functions/shared/delivery-limits.js';
import { named, resourcesOfType, stubSourceRoot, synthTemplate } from './infra-helpers.js';

let template: Template;
beforeAll(() => {
  template = synthTemplate({
    sourceRoot: stubSourceRoot(),
    config: { scheduleExpression: 'cron(30 8 ? * FRI *)', scheduleTimeZone: 'Europe/Berlin' },
  });
});

const queue = (name: string) => named(template, 'AWS::SQS::Queue', name);
const lambda = (name: string) => named(template, 'AWS::Lambda::Function', name);

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
        QueueArn: { 'Fn::GetAtt': [queue('IngestIngestQueue').id, 'Arn'] },
      },
    ]);
    expect(config.LambdaFunctionConfigurations).toBeUndefined();
  });
});

describe('queues', () => {
  it.each([
    ['IngestIngestQueue', 'IngestFunction', 90],
    ['DeliveryDeliveryQueue', 'DeliverFunction', deliveryLimits(1).timeoutSeconds],
  ])(
    '%s redrives to its DLQ after 5 receives and hides messages 6x the consumer timeout',
    (prefix, fn, timeout) => {
      const main = queue(prefix);
      const dlq = queue(`${prefix}Dlq`);
      expect(main.props.RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [dlq.id, 'Arn'] },
        maxReceiveCount: 5,
      });
      expect(lambda(fn).props.Timeout).toBe(timeout);
      expect(main.props.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
      expect(main.props.SqsManagedSseEnabled).toBe(true);
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
    ['IngestFunction', 'IngestIngestQueue', 5, 10],
    ['DeliverFunction', 'DeliveryDeliveryQueue', DELIVERY_CONCURRENCY, JOBS_PER_BATCH],
  ])(
    '%s consumes its queue in its batch size with partial batch failures',
    (fn, queueName, concurrency, size) => {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: lambda(fn).id },
        EventSourceArn: { 'Fn::GetAtt': [queue(queueName).id, 'Arn'] },
        BatchSize: size,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: concurrency },
      });
    },
  );
});
