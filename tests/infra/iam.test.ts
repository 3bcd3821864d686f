import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionStatements, type Statement, stubSourceRoot, synthTemplate } from './infra-helpers.js';

const BUCKET = 'StorageContentBucket.Arn';
const TABLE = ['StorageTable.Arn', 'StorageTable.Arn/index/*'];
const ITEM_RW = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'];
const CONSUME = [
  'sqs:ChangeMessageVisibility',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sqs:GetQueueUrl',
  'sqs:ReceiveMessage',
];
const SES = (sender: string, domain: string) =>
  [
    'arn:AWS::Partition:ses:AWS::Region:AWS::AccountId:configuration-set/MailConfigurationSet',
    `arn:AWS::Partition:ses:AWS::Region:AWS::AccountId:identity/${domain}`,
    `arn:AWS::Partition:ses:AWS::Region:AWS::AccountId:identity/${sender}`,
  ].sort();
const SECRET = ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'];

const allow = (actions: string[], resources: string[]): Statement => ({
  effect: 'Allow',
  actions: [...actions].sort(),
  resources: [...resources].sort(),
});
const sorted = (statements: Statement[]) =>
  [...statements].sort((a, b) => a.actions[0]?.localeCompare(b.actions[0] ?? '') ?? 0);

// Each function's role holds exactly these statements: no wildcard action, no `*` resource, nothing extra.
describe('least-privilege IAM per function', () => {
  let template: Template;
  beforeAll(() => {
    template = synthTemplate({
      sourceRoot: stubSourceRoot(),
      // Tracing (on by default) adds only X-Ray's resource-less actions, checked on their own below.
      config: { senderAddress: 'news@edu.example.az', tracing: false },
    });
  });

  it('ingest reads inbox/ and knowledge/, writes articles/ and rejected/, consumes the ingest queue', () => {
    expect(sorted(functionStatements(template, 'IngestFunction'))).toEqual(
      sorted([
        allow(['s3:GetObject'], [`${BUCKET}/inbox/*`, `${BUCKET}/knowledge/*`]),
        allow(['s3:ListBucket'], [BUCKET]),
        allow(['s3:PutObject'], [`${BUCKET}/articles/*`, `${BUCKET}/rejected/*`]),
        allow(ITEM_RW, TABLE),
        allow(CONSUME, ['IngestIngestQueue.Arn']),
      ]),
    );
  });

  // Compile (the schedule) and review (the editors' page) do the same work: drafts, review copies, approval.
  for (const fn of ['CompileFunction', 'ReviewFunction']) {
    it(`${fn} reads articles/, bulletins/, archive/, publishes bulletins/, archive/, feeds/, mails from the sender, signs links and only sends to the delivery queue`, () => {
      expect(sorted(functionStatements(template, fn))).toEqual(
        sorted([
          allow(['s3:GetObject'], [`${BUCKET}/archive/*`, `${BUCKET}/articles/*`, `${BUCKET}/bulletins/*`]),
          allow(['s3:ListBucket'], [BUCKET]),
          allow(['s3:PutObject'], [`${BUCKET}/archive/*`, `${BUCKET}/bulletins/*`, `${BUCKET}/feeds/*`]),
          allow(ITEM_RW, TABLE),
          allow(['ses:SendEmail'], SES('news@edu.example.az', 'edu.example.az')),
          allow(SECRET, ['LinkSecret']),
          allow(
            ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
            ['DeliveryDeliveryQueue.Arn'],
          ),
        ]),
      );
    });
  }

  it('deliver reads bulletins/, sends from the sender identity only, reads the link secret, re-queues', () => {
    expect(sorted(functionStatements(template, 'DeliverFunction'))).toEqual(
      sorted([
        allow(['s3:GetObject'], [`${BUCKET}/bulletins/*`]),
        allow(['s3:ListBucket'], [BUCKET]),
        allow(['dynamodb:BatchGetItem', ...ITEM_RW], TABLE),
        allow(['ses:SendEmail'], SES('news@edu.example.az', 'edu.example.az')),
        allow(SECRET, ['LinkSecret']),
        // Consumes its queue, and sends the rest of a job short of time back to it.
        allow([...CONSUME, 'sqs:SendMessage'], ['DeliveryDeliveryQueue.Arn']),
      ]),
    );
  });

  it('subscriptions has no S3 access at all', () => {
    expect(sorted(functionStatements(template, 'SubscriptionsFunction'))).toEqual(
      sorted([
        allow([...ITEM_RW, 'dynamodb:DeleteItem'], TABLE),
        allow(['ses:SendEmail'], SES('news@edu.example.az', 'edu.example.az')),
        allow(SECRET, ['LinkSecret']),
      ]),
    );
  });

  it('feedback only writes suppression records and parks what it could not handle', () => {
    expect(sorted(functionStatements(template, 'FeedbackFunction'))).toEqual(
      sorted([
        allow(ITEM_RW, TABLE),
        allow(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], ['MailFeedbackFailures.Arn']),
      ]),
    );
  });

  it('no function can Scan, delete objects or use a wildcard action', () => {
    for (const fn of ['Ingest', 'Compile', 'Deliver', 'Subscriptions', 'Feedback', 'Review']) {
      const actions = functionStatements(template, `${fn}Function`).flatMap((s) => s.actions);
      expect(
        actions.filter((a) => a.includes('*') || a === 'dynamodb:Scan' || a === 's3:DeleteObject'),
      ).toEqual([]);
    }
  });
});

describe('with tracing on', () => {
  it('adds only the X-Ray actions, which have no resource-level permissions', () => {
    const template = synthTemplate({ sourceRoot: stubSourceRoot(), config: { tracing: true } });
    const wildcard = functionStatements(template, 'FeedbackFunction').filter((s) =>
      s.resources.includes('*'),
    );
    expect(wildcard).toEqual([allow(['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], ['*'])]);
    template.hasResourceProperties('AWS::Lambda::Function', { TracingConfig: { Mode: 'Active' } });
  });
});

describe('with translation on', () => {
  it('gives compile TranslateText and nothing more, and tells it so through the environment', () => {
    const template = synthTemplate({
      sourceRoot: stubSourceRoot(),
      config: { translate: true, translateTerminology: 'edu-terms', tracing: false },
    });
    const wildcard = functionStatements(template, 'CompileFunction').filter((s) => s.resources.includes('*'));
    expect(wildcard).toEqual([allow(['translate:TranslateText'], ['*'])]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ TRANSLATE_ENABLED: 'true', TRANSLATE_TERMINOLOGY: 'edu-terms' }),
      },
    });
  });
});
