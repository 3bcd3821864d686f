import { Logger } from '@aws-lambda-powertools/logger';
import { SERVICE_NAME } from './service.js';

/** One structured logger per process. Never log email addresses or article bodies: log ids, keys and counts. */
export const logger = new Logger({ serviceName: SERVICE_NAME });

/** "someone@example.org" -> "s***@example.org": enough to tell addresses apart in a log, not to read them. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
