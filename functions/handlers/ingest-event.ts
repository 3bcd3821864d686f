import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { z } from 'zod';

/**
 * The body of one SQS message from the bucket's notification: an S3 event, or the s3:TestEvent that S3 sends
 * once when the notification is configured (acknowledged and ignored).
 */
export const s3TestEventSchema = z.object({ Event: z.literal('s3:TestEvent'), Service: z.string() });
export const ingestBodySchema = z.union([S3Schema, s3TestEventSchema]);
export type IngestBody = z.infer<typeof ingestBodySchema>;

/** S3 URL-encodes keys in events, with '+' for spaces (form encoding). */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
