import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { type Config, ConfigError } from './config.js';

let cached: Promise<string> | undefined;

/** The link-signing key: LINK_SECRET when set (local mode), else the Secrets Manager secret, fetched once. */
export function linkSecret(config: Config): Promise<string> {
  cached ??= resolve(config);
  return cached;
}

async function resolve(config: Config): Promise<string> {
  if (config.LINK_SECRET) return config.LINK_SECRET;
  if (!config.LINK_SECRET_ARN)
    throw new ConfigError('set LINK_SECRET or LINK_SECRET_ARN: links in emails must be signed');
  const client = new SecretsManagerClient({ region: config.AWS_REGION });
  const out = await client.send(new GetSecretValueCommand({ SecretId: config.LINK_SECRET_ARN }));
  if (!out.SecretString || out.SecretString.length < 32)
    throw new ConfigError('the link-signing secret is missing or short');
  return out.SecretString;
}
