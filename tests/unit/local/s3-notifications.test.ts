import { describe, expect, it } from 'vitest';
import { encodeS3EventKey } from '../../../cli/local/s3-notifications.js';
import { decodeS3Key } from '../../../functions/handlers/ingest-event.js';

describe('S3 event keys', () => {
  it('are encoded as S3 does and decoded back by the handler', () => {
    const key = 'inbox/Sub dir/Məqalə 10+11 (final).txt';
    const encoded = encodeS3EventKey(key);
    expect(encoded).toBe('inbox/Sub+dir/M%C9%99qal%C9%99+10%2B11+(final).txt');
    expect(decodeS3Key(encoded)).toBe(key);
  });
});
