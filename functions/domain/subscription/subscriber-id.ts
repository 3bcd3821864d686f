import { createHash } from 'node:crypto';

/** Lower-cases and trims an address; returns null when it is not a plausible mailbox. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().normalize('NFC').toLowerCase();
  if (email.length > 254) return null;
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/u.test(email) ? email : null;
}

/** One id per address: subscribing twice finds the same record instead of creating another. */
export function subscriberIdFor(normalizedEmail: string): string {
  return createHash('sha256').update(normalizedEmail).digest('hex').slice(0, 24);
}
