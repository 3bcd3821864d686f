import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CustomResource, CustomResourceProvider, CustomResourceProviderRuntime } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/constructs/bulletin-function.js';
import { TOPIC_PUBLISHERS } from '../../infra/constructs/topic-key.js';
import { buildStack, type CfnJson, resourcesOfType, strip, stubSourceRoot } from './infra-helpers.js';

const RETENTION = 14;

/** Every function's log group (by LoggingConfig) and its retention, keyed by the function's name. */
function functionLogRetention(template: Template): Record<string, number | undefined> {
  const groups = resourcesOfType(template, 'AWS::Logs::LogGroup');
  return Object.fromEntries(
    Object.entries(resourcesOfType(template, 'AWS::Lambda::Function')).map(([id, fn]) => {
      const ref = fn.Properties.LoggingConfig?.LogGroup?.Ref as string | undefined;
      return [strip(id), ref ? groups[ref]?.Properties.RetentionInDays : undefined];
    }),
  );
}

describe('log retention on every function', () => {
  let template: Template;
  beforeAll(() => {
    const { stack } = buildStack({
      sourceRoot: stubSourceRoot(),
      config: { logRetentionDays: RETENTION },
    });
    // Helpers of the kinds CDK adds by itself: a custom-resource provider (CfnResource-typed function)
    // and a plain lambda.Function with no log group of its own.
    const code = join(REPO_ROOT, 'node_modules/.cache/bulletin-infra-tests/provider');
    mkdirSync(code, { recursive: true });
    writeFileSync(join(code, 'index.js'), 'exports.handler = async () => ({});\n');
    const provider = CustomResourceProvider.getOrCreateProvider(stack, 'Custom::Probe', {
      codeDirectory: code,
      runtime: CustomResourceProviderRuntime.NODEJS_22_X,
    });
    new CustomResource(stack, 'Probe', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::Probe',
    });
    new LambdaFunction(stack, 'PlainHelper', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => {};'),
    });
    template = Template.fromStack(stack);
  });

  it('gives CDK’s S3 notifications handler, providers and plain functions a log group with the retention', () => {
    const retention = functionLogRetention(template);
    expect(Object.keys(retention)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^BucketNotificationsHandler/),
        expect.stringMatching(/^CustomProbeCustomResourceProviderHandler/),
        'SubscriptionsOriginVerifyAuthorizer',
        'IngestFunction',
      ]),
    );
    const wrong = Object.entries(retention).filter(([, days]) => days !== RETENTION);
    // A plain lambda.Function gets CDK's own /aws/lambda/<name> group, checked below.
    expect(wrong.map(([name]) => name)).toEqual(['PlainHelper']);
  });

  it('keeps every log group in the stack for the configured number of days', () => {
    const groups = Object.entries(resourcesOfType(template, 'AWS::Logs::LogGroup'));
    expect(groups.length).toBeGreaterThan(8);
    for (const [id, group] of groups) expect([id, group.Properties.RetentionInDays]).toEqual([id, RETENTION]);
    // The plain function's own group is there too, under its name.
    expect(
      groups.some(([, g]) => JSON.stringify(g.Properties.LogGroupName ?? '').includes('PlainHelper')),
    ).toBe(true);
  });
});

describe('SNS topics encrypted', () => {
  let template: Template;
  beforeAll(() => {
    template = Template.fromStack(
      buildStack({ sourceRoot: stubSourceRoot(), config: { alarmEmail: 'ops@example.az' } }).stack,
    );
  });

  it('puts both topics (SES feedback with subscribers’ addresses, alarms) under the customer managed key', () => {
    const topics = Object.entries(resourcesOfType(template, 'AWS::SNS::Topic'));
    expect(topics.map(([id]) => strip(id)).sort()).toEqual(['MailFeedbackTopic', 'MonitoringAlarmTopic']);
    const [keyId] = Object.keys(resourcesOfType(template, 'AWS::KMS::Key'));
    for (const [, topic] of topics) {
      expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    }
  });

  it('lets SES and CloudWatch encrypt with the key, and rotates it', () => {
    const key = Object.values(resourcesOfType(template, 'AWS::KMS::Key'))[0]?.Properties;
    expect(key.EnableKeyRotation).toBe(true);
    const publishers = key.KeyPolicy.Statement.find(
      (s: CfnJson) => s.Sid === 'PublishersEncryptTopicMessages',
    );
    expect(publishers.Effect).toBe('Allow');
    expect([publishers.Principal.Service].flat().sort()).toEqual([...TOPIC_PUBLISHERS].sort());
    expect([publishers.Action].flat().sort()).toEqual(['kms:Decrypt', 'kms:GenerateDataKey*']);
  });
});
