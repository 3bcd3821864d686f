import { BulletinError } from '../domain/errors.js';
/**
 * Every number that decides how fast and in what pieces a bulletin is emailed, in one place: the compile
 * use case cuts jobs with it, the deliver handler paces and stops with it, the CDK stack sizes the function,
 * its queue and its event source from it. The deliver timeout is derived from the others, so one batch of
 * jobs always fits in one invocation at the configured SES rate (the review found a 60 s timeout facing
 * 500 sends at 0.5/s). No AWS import: infra, handlers and the local runtime all read it.
 */

/** SES's sending rate of a new (sandbox) account, emails per second: the default everywhere. */
export const DEFAULT_SES_MAX_SEND_RATE = 1;
/** Subscribers in one delivery job (one SQS message). */
export const SUBSCRIBERS_PER_JOB = 50;
/** Jobs handed to one deliver invocation (the SQS event source's batch size). */
export const JOBS_PER_BATCH = 1;
/** Deliver copies that may run at once; each gets an equal share of the account's rate. */
export const DELIVERY_CONCURRENCY = 2;
/** Sends in flight at once within one job: each waits mostly on the network. */
export const SENDS_IN_FLIGHT = 8;
/** Cold start, reading the editions and the ledger, re-queueing the rest: seconds on top of the sends. */
export const DELIVER_OVERHEAD_SECONDS = 30;
/**
 * A job stops taking sends when less than this is left of its invocation and returns the rest to the
 * queue: time for the sends in flight to finish and be recorded (SES and DynamoDB answer in well under 1 s).
 */
export const DELIVER_STOP_MARGIN_MS = 10_000;
/** Lambda's longest timeout. */
export const LAMBDA_MAX_TIMEOUT_SECONDS = 900;
/** A claim outlives its invocation by this much, for clocks that differ between Lambda hosts. */
export const LEASE_CLOCK_MARGIN_MS = 5_000;
/** The compile function's timeout: how long a week's `sending` lease lasts when no deadline is known. */
export const COMPILE_TIMEOUT_SECONDS = 600;

export interface DeliveryLimits {
  subscribersPerJob: number;
  jobsPerBatch: number;
  concurrency: number;
  sendsInFlight: number;
  /** Emails per second of one deliver copy. */
  perCopyRate: number;
  /** The deliver function's timeout: one batch at the per-copy rate plus overhead and the stop margin. */
  timeoutSeconds: number;
  /** The delivery queue's visibility timeout: six times the consumer's, as Lambda recommends. */
  visibilityTimeoutSeconds: number;
}

export class DeliveryLimitsError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'DeliveryLimitsError';
}

/** The limits at an account sending rate (emails per second). */
export function deliveryLimits(accountRate: number = DEFAULT_SES_MAX_SEND_RATE): DeliveryLimits {
  if (!(accountRate > 0)) throw new DeliveryLimitsError(`the SES rate must be positive, got ${accountRate}`);
  const perCopyRate = accountRate / DELIVERY_CONCURRENCY;
  const sends = SUBSCRIBERS_PER_JOB * JOBS_PER_BATCH;
  const timeoutSeconds = Math.ceil(
    sends / perCopyRate + DELIVER_OVERHEAD_SECONDS + DELIVER_STOP_MARGIN_MS / 1000,
  );
  if (timeoutSeconds > LAMBDA_MAX_TIMEOUT_SECONDS)
    throw new DeliveryLimitsError(
      `at ${accountRate} emails/s a batch of ${sends} sends needs ${timeoutSeconds} s, over Lambda's ` +
        `${LAMBDA_MAX_TIMEOUT_SECONDS} s: raise the rate to at least ${minimumAccountRate()}`,
    );
  return {
    subscribersPerJob: SUBSCRIBERS_PER_JOB,
    jobsPerBatch: JOBS_PER_BATCH,
    concurrency: DELIVERY_CONCURRENCY,
    sendsInFlight: SENDS_IN_FLIGHT,
    perCopyRate,
    timeoutSeconds,
    visibilityTimeoutSeconds: timeoutSeconds * 6,
  };
}

/** The lowest account rate at which one batch still fits in Lambda's longest timeout. */
export function minimumAccountRate(): number {
  const seconds = LAMBDA_MAX_TIMEOUT_SECONDS - DELIVER_OVERHEAD_SECONDS - DELIVER_STOP_MARGIN_MS / 1000;
  const perCopy = (SUBSCRIBERS_PER_JOB * JOBS_PER_BATCH) / seconds;
  return Math.ceil(perCopy * DELIVERY_CONCURRENCY * 1000) / 1000;
}
