import { createHash } from 'node:crypto';
import { checkEmail } from './email-address.js';

/** Lower-cases and trims an address; null when it is not a plausible mailbox or hides invisible characters. */
export function normalizeEmail(input: string): string | null {
  const checked = checkEmail(input);
  return checked.ok ? checked.email : null;
}

/** One id per address: subscribing twice finds the same record instead of creating another. */
export function subscriberIdFor(normalizedEmail: string): string {
  return createHash('sha256').update(normalizedEmail).digest('hex').slice(0, 24);
}
