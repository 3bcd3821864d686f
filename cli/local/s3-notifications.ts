import { randomBytes } from 'node:crypto';
import type S3rver from 's3rver';

interface S3rverEvent {
  Records: {
    eventName: string;
    eventTime: string;
    s3: {
      bucket: { name: string };
      object: { key: string; size?: number; eTag?: string; sequencer?: string };
    };
  }[];
}

/** Encodes a key the way S3 does in event notifications: form-style, '+' for spaces, '/' kept. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

const hex = (n: number) => randomBytes(n).toString('hex').toUpperCase();

/** The notification S3 sends for one created object, in the shape AWS puts into the SQS message body. */
export function s3NotificationBody(bucket: string, region: string, event: S3rverEvent['Records'][number]) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: region,
        eventTime: event.eventTime,
        eventName: event.eventName,
        userIdentity: { principalId: 'AWS:LOCAL' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': hex(8), 'x-amz-id-2': hex(32) },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'inbox-created',
          bucket: { name: bucket, ownerIdentity: { principalId: 'LOCAL' }, arn: `arn:aws:s3:::${bucket}` },
          object: {
            key: encodeS3EventKey(event.s3.object.key),
            size: event.s3.object.size ?? 0,
            eTag: event.s3.object.eTag,
            sequencer: event.s3.object.sequencer,
          },
        },
      },
    ],
  };
}

/**
 * Replaces the bucket notification: s3rver emits every put/copy/delete of every bucket, unencoded; only
 * ObjectCreated events under the prefix of our bucket go on, encoded as S3 would.
 */
export function forwardInboxEvents(
  s3: S3rver,
  options: { bucket: string; prefix: string; region: string; send: (body: string) => void },
): void {
  s3.on('event', (event: S3rverEvent) => {
    for (const record of event.Records) {
      if (record.s3.bucket.name !== options.bucket) continue;
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      if (!record.s3.object.key.startsWith(options.prefix)) continue;
      options.send(JSON.stringify(s3NotificationBody(options.bucket, options.region, record)));
    }
  });
}
