import { z } from 'zod';
import { BulletinError } from '../domain/errors.js';
import { DEFAULT_SES_MAX_SEND_RATE } from './delivery-limits.js';

/**
 * The one place that reads process.env. Every handler and the local runtime get their settings from here,
 * parsed once; a wrong value fails at cold start with a message naming the variable.
 */
const optionalUrl = z.url().optional();

export const configSchema = z.object({
  BUCKET_NAME: z.string().min(3),
  TABLE_NAME: z.string().min(3),
  AWS_REGION: z.string().default('eu-central-1'),
  TIME_ZONE: z.string().default('Asia/Baku'),
  SENDER_ADDRESS: z.email().default('bulletin@example.org'),
  ARCHIVE_BASE_URL: z.url().default('http://127.0.0.1:8787'),
  /** Base of the subscription links (API Gateway in AWS); the archive base when the two share a domain. */
  API_BASE_URL: z.url().optional(),
  DELIVERY_QUEUE_URL: z.string().optional(),
  SES_CONFIGURATION_SET: z.string().optional(),
  /** Emails per second for this function (a deliver copy gets its share of the account's rate). */
  SES_MAX_SEND_RATE: z.coerce.number().positive().default(DEFAULT_SES_MAX_SEND_RATE),
  /** Signing key for links in emails: given directly (local mode) or read from Secrets Manager (AWS). */
  LINK_SECRET: z.string().min(32).optional(),
  LINK_SECRET_ARN: z.string().optional(),
  /** Who reviews and approves each bulletin before subscribers get it: comma-separated addresses. */
  EDITOR_ADDRESSES: z
    .string()
    .default('')
    .transform((v) => v.split(',').flatMap((a) => (a.trim() ? [a.trim().toLowerCase()] : [])))
    .pipe(z.array(z.email('EDITOR_ADDRESSES must list email addresses, comma-separated'))),
  /** How long a review link in the editors' email stays valid. */
  REVIEW_LINK_TTL_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(7 * 24),
  SOFT_BOUNCE_LIMIT: z.coerce.number().int().positive().default(3),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Amazon Translate for summaries no report gives in a reader language; locally it needs AWS credentials. */
  TRANSLATE_ENABLED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Custom terminology names for Amazon Translate, comma-separated (docs/translation.md). */
  TRANSLATE_TERMINOLOGY: z
    .string()
    .default('')
    .transform((v) => v.split(',').flatMap((name) => (name.trim() ? [name.trim()] : []))),
  /** Local mode only: endpoints of the embedded emulators. Unset in AWS, where the SDK picks the endpoint. */
  S3_ENDPOINT: optionalUrl,
  DYNAMODB_ENDPOINT: optionalUrl,
  SES_ENDPOINT: optionalUrl,
  SQS_ENDPOINT: optionalUrl,
});
export type Config = z.infer<typeof configSchema>;

export class ConfigError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  return result.data;
}

let cached: Config | undefined;
/** Lambda handlers call this at cold start; tests and the CLI build their Config with parseConfig. */
export function loadConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
