import { BulletinError } from '../domain/errors.js';
/** Why a delivery job fails: SQS retries it, then parks it in the DLQ. */
export class DeliveryFailedError extends BulletinError {
  readonly kind = 'retryable';
  override readonly name = 'DeliveryFailedError';
  constructor(
    readonly week: string,
    readonly subscriberIds: string[],
    /** Sends that succeeded in the same job before it failed (they are settled; a retry skips them). */
    readonly sent = 0,
  ) {
    super(`${subscriberIds.length} sends of bulletin ${week} failed; they will be retried`);
  }
}

/** Some subscribers are claimed by another invocation, alive or dead: retried once its lease is surely over. */
export class DeliveryPendingError extends BulletinError {
  readonly kind = 'retryable';
  override readonly name = 'DeliveryPendingError';
  constructor(
    readonly week: string,
    readonly subscriberIds: string[],
    /** Sends this job made before it found the others held. */
    readonly sent = 0,
  ) {
    super(
      `${subscriberIds.length} sends of bulletin ${week} are claimed by another run; retried after its lease`,
    );
  }
}
