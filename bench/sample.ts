import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { lambdaContext } from '../cli/local/lambda-context.js';
import { s3NotificationBody } from '../cli/local/s3-notifications.js';
import { makeS3Client } from '../functions/shared/clients.js';
import type { Config } from '../functions/shared/config.js';

/** Puts one file under inbox/ and runs the real ingest handler on its notification. */
export async function ingestSample(config: Config, file: string): Promise<void> {
  const key = `inbox/${basename(file)}`;
  const body = readFileSync(file);
  const out = await makeS3Client(config).send(
    new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: body }),
  );
  const notification = s3NotificationBody(config.BUCKET_NAME, config.AWS_REGION, {
    eventName: 'ObjectCreated:Put',
    eventTime: new Date().toISOString(),
    s3: {
      bucket: { name: config.BUCKET_NAME },
      object: { key, size: body.length, eTag: out.ETag?.replace(/"/g, '') },
    },
  });
  const { handler } = await import('../functions/handlers/ingest.js');
  const record = {
    messageId: 'bench',
    receiptHandle: 'bench',
    body: JSON.stringify(notification),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '0',
      SenderId: 'bench',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:0:bench',
    awsRegion: config.AWS_REGION,
  };
  const result = await handler({ Records: [record] }, lambdaContext('ingest'));
  if (result.batchItemFailures.length > 0) throw new Error(`could not ingest ${file}`);
}
