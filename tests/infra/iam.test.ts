import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamo-keys.js';
import { translationKey } from '../../functions/adapters/dynamo-translation-cache.js';
import { ITEM_PREFIX } from '../../infra/stacks/function-wiring.js';
import { functionStatements, type Statement, stubSourceRoot, synthTemplate } from './infra-helpers.js';

const BUCKET = 'StorageContentBucket.Arn';
const TABLE = 'StorageTable.Arn';
const INDEXES = 'StorageTable.Arn/index/*';
/** Reads anywhere in the table (and its index, for Query). */
const reads = (actions: string[]): Statement =>
  allow(
    actions.map((a) => `dynamodb:${a}`),
    actions.includes('Query') ? [TABLE, INDEXES] : [TABLE],
  );
/** Writes only to items whose partition key starts with one of the prefixes. */
const writes = (actions: string[], prefixes: string[]): Statement => ({
  ...allow(
    actions.map((a) => `dynamodb:${a}`),
    [TABLE],
  ),
  condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': prefixes } },
});
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
        reads(['GetItem', 'Query']),
        writes(['PutItem', 'UpdateItem'], ['ARTICLE#*', 'SOURCE#*']),
        allow(CONSUME, ['IngestIngestQueue.Arn']),
      ]),
    );
  });

  // Compile (the schedule) and review (the editors' page) do the same work: drafts, review copies, approval.
  // Only the review page records corrections, which live under their article's key.
  for (const [fn, writesTo] of [
    ['CompileFunction', ['BULLETIN#*']],
    ['ReviewFunction', ['BULLETIN#*', 'ARTICLE#*']],
  ] as const) {
    it(`${fn} reads articles/, bulletins/, archive/, publishes bulletins/, archive/, feeds/, writes ${writesTo.join(' ')} items, mails from the sender, signs links and only sends to the delivery queue`, () => {
      expect(sorted(functionStatements(template, fn))).toEqual(
        sorted([
          allow(['s3:GetObject'], [`${BUCKET}/archive/*`, `${BUCKET}/articles/*`, `${BUCKET}/bulletins/*`]),
          allow(['s3:ListBucket'], [BUCKET]),
          allow(['s3:PutObject'], [`${BUCKET}/archive/*`, `${BUCKET}/bulletins/*`, `${BUCKET}/feeds/*`]),
          reads(['GetItem', 'Query']),
          writes(['PutItem', 'UpdateItem'], [...writesTo]),
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
        reads(['GetItem', 'BatchGetItem', 'Query']),
        // The ledger, and the bulletin's status once every recipient is settled.
        writes(['PutItem', 'UpdateItem'], ['DELIVERY#*', 'BULLETIN#*']),
        allow(['ses:SendEmail'], SES('news@edu.example.az', 'edu.example.az')),
        allow(SECRET, ['LinkSecret']),
        // Consumes its queue, and sends the rest of a job short of time back to it.
        allow([...CONSUME, 'sqs:SendMessage'], ['DeliveryDeliveryQueue.Arn']),
      ]),
    );
  });

  it('subscriptions has no S3 access, no DeleteItem, and writes subscriber records only', () => {
    expect(sorted(functionStatements(template, 'SubscriptionsFunction'))).toEqual(
      sorted([
        reads(['GetItem']),
        writes(['PutItem'], ['SUBSCRIBER#*']),
        allow(['ses:SendEmail'], SES('news@edu.example.az', 'edu.example.az')),
        allow(SECRET, ['LinkSecret']),
      ]),
    );
  });

  it('feedback only writes suppression records and parks what it could not handle', () => {
    expect(sorted(functionStatements(template, 'FeedbackFunction'))).toEqual(
      sorted([
        reads(['GetItem']),
        writes(['PutItem'], ['SUBSCRIBER#*']),
        allow(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], ['MailFeedbackFailures.Arn']),
      ]),
    );
  });

  it('no function can Scan, delete items or objects, or use a wildcard action', () => {
    for (const fn of ['Ingest', 'Compile', 'Deliver', 'Subscriptions', 'Feedback', 'Review']) {
      const actions = functionStatements(template, `${fn}Function`).flatMap((s) => s.actions);
      expect(
        actions.filter(
          (a) =>
            a.includes('*') ||
            a === 'dynamodb:Scan' ||
            a === 'dynamodb:DeleteItem' ||
            a === 's3:DeleteObject',
        ),
      ).toEqual([]);
    }
  });

  it('no function writes to the table without a key-prefix condition', () => {
    for (const fn of ['Ingest', 'Compile', 'Deliver', 'Subscriptions', 'Feedback', 'Review']) {
      const unconditioned = functionStatements(template, `${fn}Function`).filter(
        (s) => s.actions.some((a) => /^dynamodb:(Put|Update|BatchWrite|Delete)/.test(a)) && !s.condition,
      );
      expect(unconditioned).toEqual([]);
    }
  });

  it('the prefixes are the ones the adapters write (dynamo-keys.ts, the translation cache)', () => {
    expect(keys.article('a1').pk.startsWith(ITEM_PREFIX.article)).toBe(true);
    expect(keys.source('s1').pk.startsWith(ITEM_PREFIX.source)).toBe(true);
    expect(keys.bulletin('2025-W10').pk.startsWith(ITEM_PREFIX.bulletin)).toBe(true);
    expect(keys.subscriber('x').pk.startsWith(ITEM_PREFIX.subscriber)).toBe(true);
    expect(keys.delivery('2025-W10', 'x').pk.startsWith(ITEM_PREFIX.delivery)).toBe(true);
    expect(
      translationKey({ from: 'en', to: 'az', text: 'Xəbər' }).pk.startsWith(ITEM_PREFIX.translation),
    ).toBe(true);
    // Distinct kinds: no prefix is the start of another, or a grant would reach both.
    const all = Object.values(ITEM_PREFIX);
    for (const a of all) for (const b of all) if (a !== b) expect(b.startsWith(a)).toBe(false);
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
  it('gives compile TranslateText and the cache’s batch calls on translation items, and tells it so through the environment', () => {
    const template = synthTemplate({
      sourceRoot: stubSourceRoot(),
      config: { translate: true, translateTerminology: 'edu-terms', tracing: false },
    });
    const statements = functionStatements(template, 'CompileFunction');
    const wildcard = statements.filter((s) => s.resources.includes('*'));
    expect(wildcard).toEqual([allow(['translate:TranslateText'], ['*'])]);
    // The cache (dynamo-translation-cache.ts) reads with BatchGetItem and writes with BatchWriteItem.
    expect(statements).toContainEqual(reads(['GetItem', 'BatchGetItem', 'Query']));
    expect(statements).toContainEqual(
      writes(['PutItem', 'UpdateItem', 'BatchWriteItem'], ['BULLETIN#*', 'TRANSLATION#*']),
    );
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ TRANSLATE_ENABLED: 'true', TRANSLATE_TERMINOLOGY: 'edu-terms' }),
      },
    });
  });
});
