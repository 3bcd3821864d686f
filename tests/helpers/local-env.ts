import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { provision } from '../../cli/local/provision.js';
import { type Config, parseConfig } from '../../functions/shared/config.js';

/**
 * Points this test file's process at the shared emulators with a bucket and table of its own, and sets the
 * environment the handlers read at import (import them after calling this). `env` overrides any setting.
 */
export async function useEmulators(name: string, env: Record<string, string> = {}): Promise<Config> {
  const endpoints = inject('emulators');
  const suffix = `${name}-${randomBytes(3).toString('hex')}`.toLowerCase();
  Object.assign(process.env, {
    BUCKET_NAME: `it-${suffix}`,
    TABLE_NAME: `it-${suffix}`,
    AWS_REGION: 'eu-central-1',
    S3_ENDPOINT: endpoints.s3,
    DYNAMODB_ENDPOINT: endpoints.dynamo,
    SES_ENDPOINT: endpoints.ses,
    ARCHIVE_BASE_URL: 'http://127.0.0.1:8787',
    SENDER_ADDRESS: 'bulletin@test.local',
    SES_MAX_SEND_RATE: '1000',
    LINK_SECRET: randomBytes(32).toString('hex'),
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    // Per-file overrides (a small MAX_UPLOAD_BYTES, an endpoint behind a fault proxy).
    ...env,
  });
  const config = parseConfig(process.env);
  await provision(config);
  return config;
}
