import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import { BulletinError } from '../../functions/domain/errors.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';

/**
 * Creates the bucket and the table when missing, with the same key schema as infra/ (pk/sk + byWeek index),
 * so local mode exercises the queries that run in AWS.
 */
export async function provision(config: Config): Promise<void> {
  await ensureBucket(config);
  await ensureTable(config);
}

const statusOf = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
const nameOf = (error: unknown) => (error as { name?: string }).name;

/** Creates only on "not found": any other answer (a 500 from a damaged store) is an error to report. */
async function ensureBucket(config: Config) {
  const s3 = makeS3Client(config);
  try {
    await s3.send(new HeadBucketCommand({ Bucket: config.BUCKET_NAME }));
  } catch (error) {
    if (statusOf(error) !== 404 && nameOf(error) !== 'NotFound') throw new ProvisionError('bucket', error);
    await s3.send(new CreateBucketCommand({ Bucket: config.BUCKET_NAME })).catch((created: unknown) => {
      // Created meanwhile by another process on the same state: that is the outcome we wanted.
      if (!['BucketAlreadyOwnedByYou', 'BucketAlreadyExists'].includes(nameOf(created) ?? ''))
        throw new ProvisionError('bucket', created);
    });
  } finally {
    s3.destroy();
  }
}

async function ensureTable(config: Config) {
  // The same client the functions get (the document client passes table commands through unchanged).
  const db = makeDocumentClient(config);
  try {
    await db.send(new DescribeTableCommand({ TableName: config.TABLE_NAME }));
  } catch (error) {
    if (nameOf(error) !== 'ResourceNotFoundException') throw new ProvisionError('table', error);
    await db.send(
      new CreateTableCommand({
        TableName: config.TABLE_NAME,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['pk', 'sk', 'weekPk', 'weekSk'].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byWeek',
            KeySchema: [
              { AttributeName: 'weekPk', KeyType: 'HASH' },
              { AttributeName: 'weekSk', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
  } finally {
    db.destroy();
  }
}

export class ProvisionError extends BulletinError {
  readonly kind = 'retryable';
  override readonly name = 'ProvisionError';
  constructor(what: 'bucket' | 'table', cause: unknown) {
    const detail = `${nameOf(cause) ?? 'Error'}${statusOf(cause) ? ` (HTTP ${statusOf(cause)})` : ''}: ${(cause as Error).message}`;
    super(`the local ${what} could not be checked or created: ${detail}`, { cause });
  }
}
