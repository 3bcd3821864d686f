import { z } from 'zod';
import { BulletinError } from '../functions/domain/errors.js';
import { DEFAULT_SES_MAX_SEND_RATE, minimumAccountRate } from '../functions/shared/delivery-limits.js';

/**
 * Deployment parameters. Each one is read from an environment variable (BULLETIN_*), else from the CDK
 * context (cdk.json or `-c key=value`), else its default: the environment wins so CI can override cdk.json.
 * Synthesis needs none of them, so `npm run synth` works offline with no account.
 */
export const PARAMETERS = {
  senderAddress: 'BULLETIN_SENDER_ADDRESS',
  createSesIdentity: 'BULLETIN_CREATE_SES_IDENTITY',
  scheduleExpression: 'BULLETIN_SCHEDULE',
  scheduleTimeZone: 'BULLETIN_SCHEDULE_TIME_ZONE',
  sesMaxSendRate: 'BULLETIN_SES_MAX_SEND_RATE',
  alarmEmail: 'BULLETIN_ALARM_EMAIL',
  archiveDomain: 'BULLETIN_ARCHIVE_DOMAIN',
  archiveCertificateArn: 'BULLETIN_ARCHIVE_CERTIFICATE_ARN',
  logLevel: 'BULLETIN_LOG_LEVEL',
  logRetentionDays: 'BULLETIN_LOG_RETENTION_DAYS',
  tracing: 'BULLETIN_TRACING',
  retainData: 'BULLETIN_RETAIN_DATA',
  translate: 'BULLETIN_TRANSLATE',
  translateTerminology: 'BULLETIN_TRANSLATE_TERMINOLOGY',
  editorAddresses: 'BULLETIN_EDITORS',
  autoSendSchedule: 'BULLETIN_AUTO_SEND_SCHEDULE',
  originVerifyVersion: 'BULLETIN_ORIGIN_VERIFY_VERSION',
} as const;

export type ParameterName = keyof typeof PARAMETERS;

export const DEFAULT_SENDER = 'bulletin@example.org';

// The values CloudWatch Logs accepts for a retention period.
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 3653];

const flag = z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true');

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const infraConfigSchema = z
  .object({
    senderAddress: z.email('must be an email address, e.g. bulletin@news.example.az').default(DEFAULT_SENDER),
    createSesIdentity: flag.default(false),
    scheduleExpression: z
      .string()
      .regex(/^(cron|rate)\(.+\)$/, 'must be an EventBridge Scheduler expression such as cron(0 9 ? * MON *)')
      .default('cron(0 9 ? * MON *)'),
    scheduleTimeZone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as Asia/Baku')
      .default('Asia/Baku'),
    sesMaxSendRate: z.coerce
      .number()
      .positive('must be a positive number of emails per second')
      .min(
        minimumAccountRate(),
        `must be at least ${minimumAccountRate()} emails per second, or a delivery job cannot fit in Lambda's 15 minutes`,
      )
      .default(DEFAULT_SES_MAX_SEND_RATE),
    alarmEmail: z.email('must be an email address').optional(),
    archiveDomain: z
      .string()
      .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a host name such as bulletin.example.az')
      .optional(),
    archiveCertificateArn: z
      .string()
      .regex(
        /^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\/.+$/,
        'must be an ACM certificate ARN in us-east-1',
      )
      .optional(),
    logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
    logRetentionDays: z.coerce
      .number()
      .refine((d) => RETENTION_DAYS.includes(d), `must be one of ${RETENTION_DAYS.join(', ')}`)
      .default(30),
    tracing: flag.default(true),
    retainData: flag.default(true),
    translate: flag.default(false),
    translateTerminology: z
      .string()
      .regex(/^[\w-]+(,[\w-]+)*$/, 'must be comma-separated Amazon Translate terminology names')
      .optional(),
    /** Who reviews and approves each bulletin: comma-separated addresses (docs/operations.md). */
    editorAddresses: z
      .string()
      .transform((v) => v.split(',').flatMap((a) => (a.trim() ? [a.trim().toLowerCase()] : [])))
      .pipe(z.array(z.email('must list email addresses, comma-separated')))
      .default([]),
    /** Off by default: when set, a draft no editor approved is sent at this time (a Scheduler expression). */
    autoSendSchedule: z
      .string()
      .regex(
        /^(cron|rate)\(.+\)$/,
        'must be an EventBridge Scheduler expression such as cron(0 15 ? * MON *)',
      )
      .optional(),
    /**
     * After rotating the origin-verify secret: its new version id, so CloudFormation resolves the new value
     * into CloudFront and the authorizer (it re-resolves a dynamic reference only when the reference changes).
     */
    originVerifyVersion: z
      .string()
      .regex(/^[\w-]{8,64}$/, 'must be a Secrets Manager version id (the VersionId put-secret-value prints)')
      .optional(),
  })
  .refine((c) => Boolean(c.archiveDomain) === Boolean(c.archiveCertificateArn), {
    message:
      'archiveDomain and archiveCertificateArn go together: CloudFront needs the certificate for the domain',
    path: ['archiveCertificateArn'],
  });

export type InfraConfig = z.infer<typeof infraConfigSchema>;

export class InfraConfigError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'InfraConfigError';
}

/** Parses raw values (strings from the environment or `-c`, typed values from cdk.json). */
export function parseInfraConfig(raw: Partial<Record<ParameterName, unknown>>): InfraConfig {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const result = infraConfigSchema.safeParse(defined);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const env = PARAMETERS[name as ParameterName];
    return `  ${name}${env ? ` (context "${name}" or env ${env})` : ''}: ${issue.message}`;
  });
  throw new InfraConfigError(`Invalid deployment parameters:\n${problems.join('\n')}\nSee docs/deploy.md.`);
}

/** Collects each parameter from the environment, then the CDK context (passed in as a lookup). */
export function readInfraConfig(
  context: (key: string) => unknown,
  env: Record<string, string | undefined> = process.env,
): InfraConfig {
  const raw: Partial<Record<ParameterName, unknown>> = {};
  for (const [name, envName] of Object.entries(PARAMETERS) as [ParameterName, string][]) {
    raw[name] = env[envName] ?? context(name);
  }
  return parseInfraConfig(raw);
}
