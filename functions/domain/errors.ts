/**
 * What a failure means for the caller, as a type rather than a convention:
 * - 'permanent': bad input or a refusal (an invalid link, an unknown article, a malformed stored item).
 *   Retrying gives the same answer; handlers turn it into a response or a recorded rejection.
 * - 'retryable': the work could not be done now (a send failed, another run holds the lease). The event
 *   source (SQS, the scheduler) tries again.
 * Errors that are not BulletinErrors (the AWS SDK's, the network's) are infrastructure failures: they
 * throw through the use cases untouched and count as retryable.
 */
export type ErrorKind = 'retryable' | 'permanent';

export abstract class BulletinError extends Error {
  abstract readonly kind: ErrorKind;
}

/** True when trying again later may succeed: a retryable BulletinError or any infrastructure error. */
export function isRetryable(error: unknown): boolean {
  return error instanceof BulletinError ? error.kind === 'retryable' : true;
}
