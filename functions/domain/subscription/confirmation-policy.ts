import { LINK_LIFETIME_SECONDS } from './link-subject.js';

/**
 * The per-address limits on confirmation emails (issue 16: 50 POSTs once sent 50 emails to one inbox).
 * - No new email while one is pending and younger than COOLDOWN_MINUTES: a double click or a flood sends one.
 * - At most PER_DAY in any 24 hours: someone who lost the email can ask again, a mail bomb cannot.
 */
export const CONFIRMATION_COOLDOWN_MINUTES = 15;
export const CONFIRMATIONS_PER_DAY = 3;

const DAY_MS = 24 * 3600 * 1000;

export interface ConfirmationHistory {
  status: string;
  confirmationsSentAt?: string[];
  updatedAt: string;
}

/** The confirmation emails of the last 24 hours (older ones no longer count, and are not kept). */
export function recentConfirmations(subscriber: ConfirmationHistory | null, now: Date): string[] {
  return (subscriber?.confirmationsSentAt ?? []).filter((at) => now.getTime() - Date.parse(at) < DAY_MS);
}

/**
 * A pending subscription whose confirmation link still works belongs to whoever holds that link: a repeated
 * subscribe must not change its edition or name, nor replace its link. Records from before the history was
 * kept count from their last update.
 */
export function isLivePending(subscriber: ConfirmationHistory | null, now: Date): boolean {
  if (subscriber?.status !== 'pending') return false;
  const last = subscriber.confirmationsSentAt?.at(-1) ?? subscriber.updatedAt;
  return now.getTime() - Date.parse(last) < LINK_LIFETIME_SECONDS.confirm * 1000;
}

/** May another confirmation email go to this address now? */
export function mayEmailConfirmation(subscriber: ConfirmationHistory | null, now: Date): boolean {
  const recent = recentConfirmations(subscriber, now);
  if (recent.length >= CONFIRMATIONS_PER_DAY) return false;
  const last = recent.at(-1);
  const cooling =
    subscriber?.status === 'pending' &&
    last !== undefined &&
    now.getTime() - Date.parse(last) < CONFIRMATION_COOLDOWN_MINUTES * 60_000;
  return !cooling;
}
