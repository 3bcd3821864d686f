import { describe, expect, it } from 'vitest';
import { handlerEntry, REPO_ROOT } from '../../infra/constructs/bulletin-function.js';
import { resourcesOfType, strip, stubSourceRoot, synthTemplate } from './infra-helpers.js';

const bulletinFunctions = (template: ReturnType<typeof synthTemplate>) =>
  Object.keys(resourcesOfType(template, 'AWS::Lambda::Function'))
    .map(strip)
    .filter((id) => id !== 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834')
    .sort();

describe('functions appear as their handler files do', () => {
  it('finds a handler only when its file exists', () => {
    const root = stubSourceRoot(['ingest']);
    expect(handlerEntry('ingest', root)).toBe(`${root}/functions/handlers/ingest.ts`);
    expect(handlerEntry('feedback', root)).toBeUndefined();
    expect(handlerEntry('ingest', REPO_ROOT)).toMatch(/functions\/handlers\/ingest\.ts$/);
  });

  it('with no handler yet, the storage, queues and the inbox notification still synthesize', () => {
    const template = synthTemplate({ sourceRoot: stubSourceRoot([]) });
    expect(bulletinFunctions(template)).toEqual([]);
    template.resourceCountIs('Custom::S3BucketNotifications', 1);
    template.resourceCountIs('AWS::Scheduler::Schedule', 0);
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 0);
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 0);
  });

  it('with the first three, there is a schedule but no API route and no feedback subscription', () => {
    const template = synthTemplate({ sourceRoot: stubSourceRoot(['ingest', 'compile', 'deliver']) });
    expect(bulletinFunctions(template)).toEqual(['CompileFunction', 'DeliverFunction', 'IngestFunction']);
    // The weekly review request and the hourly overdue check; no auto-send unless configured.
    template.resourceCountIs('AWS::Scheduler::Schedule', 2);
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    const distribution = Object.values(resourcesOfType(template, 'AWS::CloudFront::Distribution'))[0];
    expect(distribution?.Properties.DistributionConfig.CacheBehaviors).toBeUndefined();
  });
});
