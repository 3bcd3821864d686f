import { createHash, randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { s3NotificationBody } from '../../cli/local/s3-notifications.js';

export function sqsRecord(body: string, receiveCount = 1): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: now,
      SenderId: 'TEST',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-central-1:000000000000:test',
    awsRegion: 'eu-central-1',
  };
}

export const sqsEvent = (...bodies: string[]): SQSEvent => ({ Records: bodies.map((b) => sqsRecord(b)) });

/** The SQS message S3 sends for one created object (keys URL-encoded as S3 does). */
export function s3CreatedBody(bucket: string, key: string, size: number, eTag?: string): string {
  return JSON.stringify(
    s3NotificationBody(bucket, 'eu-central-1', {
      eventName: 'ObjectCreated:Put',
      eventTime: new Date().toISOString(),
      s3: { bucket: { name: bucket }, object: { key, size, eTag } },
    }),
  );
}
