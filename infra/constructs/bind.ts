import { type CfnResource, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ConfigurationSet } from 'aws-cdk-lib/aws-ses';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { acknowledge, nagRef } from './nag.js';

/*
 * Each helper sets the environment variable a handler reads (functions/shared/config.ts) together with
 * the narrowest grant that makes it usable, so a function never gets a name it cannot use or a
 * permission it does not need.
 */

export interface BucketAccess {
  /** Key prefixes the function reads (GetObject, also what HeadObject and a copy's source need). */
  read?: string[];
  /** Key prefixes the function writes (PutObject, also a copy's target). */
  write?: string[];
}

export function bindBucket(fn: LambdaFunction, bucket: IBucket, access: BucketAccess): void {
  fn.addEnvironment('BUCKET_NAME', bucket.bucketName);
  const objects = (prefixes: string[]) => prefixes.map((p) => bucket.arnForObjects(`${p}*`));
  if (access.read?.length) {
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: objects(access.read) }));
    // Without ListBucket S3 answers 403 instead of 404 for a missing key, and the adapter could not
    // tell "gone" (skip it) from "forbidden" (retry). It reveals key names in this bucket only.
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  }
  if (access.write?.length) {
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: objects(access.write) }));
  }
  acknowledgePrefixes(fn, bucket, new Set([...(access.read ?? []), ...(access.write ?? [])]));
}

/** A key prefix is the narrowest S3 resource there is; each one is acknowledged by name. */
function acknowledgePrefixes(fn: LambdaFunction, bucket: IBucket, prefixes: Set<string>): void {
  const cfn = bucket.node.defaultChild as CfnResource | undefined;
  if (!cfn) return;
  for (const prefix of prefixes) {
    acknowledge(
      fn,
      `AwsSolutions-IAM5[Resource::${nagRef(cfn)}/${prefix}*]`,
      `Objects under ${prefix} only: the function's share of the bucket, by key prefix.`,
    );
  }
}

/** Reads: any item of the table (a function reads what others wrote); Query covers the byWeek index too. */
export type TableRead = 'GetItem' | 'BatchGetItem' | 'Query';
/** Writes: no DeleteItem anywhere (records are kept or expire by TTL). */
export type TableWrite = 'PutItem' | 'UpdateItem' | 'BatchWriteItem';

export interface TableAccess {
  read: TableRead[];
  write: TableWrite[];
  /**
   * Partition-key prefixes of the item kinds the function writes (ITEM_PREFIX): IAM's dynamodb:LeadingKeys
   * refuses a write to any other kind, so a bug or a compromised function cannot touch, say, subscribers
   * from the ingest function. DynamoDB offers no such condition on the sort key or the index keys.
   */
  writePrefixes: string[];
}

/** Item-level actions only (no Scan, no DeleteItem, no table management). */
export function bindTable(fn: LambdaFunction, table: ITable, access: TableAccess): void {
  fn.addEnvironment('TABLE_NAME', table.tableName);
  const indexes = `${table.tableArn}/index/*`;
  const dynamo = (actions: string[]) => actions.map((a) => `dynamodb:${a}`);
  if (access.read.length) {
    const onIndex = access.read.includes('Query') ? [indexes] : [];
    fn.addToRolePolicy(
      new PolicyStatement({ actions: dynamo(access.read), resources: [table.tableArn, ...onIndex] }),
    );
  }
  if (access.write.length) {
    if (access.writePrefixes.length === 0) throw new Error(`${fn.node.path}: table writes need key prefixes`);
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: dynamo(access.write),
        resources: [table.tableArn],
        // ForAllValues: every partition key the request touches (a batch has many) must match.
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': access.writePrefixes.map((p) => `${p}*`) },
        },
      }),
    );
  }
  const cfn = table.node.defaultChild as CfnResource | undefined;
  if (cfn && access.read.includes('Query')) {
    acknowledge(
      fn,
      `AwsSolutions-IAM5[Resource::${nagRef(cfn)}/index/*]`,
      'The indexes of this one table (the byWeek GSI), which Query needs; no other table.',
    );
  }
}

export function bindDeliveryQueue(fn: LambdaFunction, queue: IQueue): void {
  fn.addEnvironment('DELIVERY_QUEUE_URL', queue.queueUrl);
  queue.grantSendMessages(fn);
}

export function bindLinkSecret(fn: LambdaFunction, secret: ISecret): void {
  fn.addEnvironment('LINK_SECRET_ARN', secret.secretArn);
  secret.grantRead(fn);
}

export interface MailBinding {
  senderAddress: string;
  configurationSet: ConfigurationSet;
  /** Emails per second this function may send (the account's rate divided among concurrent copies). */
  maxSendRate: number;
}

/**
 * SendEmail is allowed from the sender's own identity only: the address, or its domain when the domain
 * is the verified identity (either way works, so both ARNs are listed), through our configuration set.
 */
export function bindMail(fn: LambdaFunction, mail: MailBinding): void {
  const domain = mail.senderAddress.split('@')[1] ?? mail.senderAddress;
  const stack = Stack.of(fn);
  const identity = (name: string) =>
    stack.formatArn({ service: 'ses', resource: 'identity', resourceName: name });
  const configSet = stack.formatArn({
    service: 'ses',
    resource: 'configuration-set',
    resourceName: mail.configurationSet.configurationSetName,
  });
  fn.addEnvironment('SENDER_ADDRESS', mail.senderAddress);
  fn.addEnvironment('SES_CONFIGURATION_SET', mail.configurationSet.configurationSetName);
  fn.addEnvironment('SES_MAX_SEND_RATE', String(mail.maxSendRate));
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [identity(mail.senderAddress), identity(domain), configSet],
    }),
  );
}

/**
 * Amazon Translate for the bulletin's free text. TranslateText has no resource to scope it to unless a
 * custom terminology is named, so the grant is on `*` and limited to that one action.
 */
export function bindTranslate(fn: LambdaFunction, terminology: string | undefined): void {
  fn.addEnvironment('TRANSLATE_ENABLED', 'true');
  if (terminology) fn.addEnvironment('TRANSLATE_TERMINOLOGY', terminology);
  fn.addToRolePolicy(new PolicyStatement({ actions: ['translate:TranslateText'], resources: ['*'] }));
  acknowledge(
    fn,
    'AwsSolutions-IAM5[Resource::*]',
    'translate:TranslateText only, which has no resource-level scope.',
  );
}
