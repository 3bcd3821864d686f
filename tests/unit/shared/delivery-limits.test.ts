import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../functions/shared/config.js';
import {
  DEFAULT_SES_MAX_SEND_RATE,
  DELIVER_STOP_MARGIN_MS,
  DeliveryLimitsError,
  deliveryLimits,
  LAMBDA_MAX_TIMEOUT_SECONDS,
  minimumAccountRate,
} from '../../../functions/shared/delivery-limits.js';

describe('delivery limits', () => {
  it.each([0.2, 1, 14, 100])('at %s emails/s one batch of sends fits in the deliver timeout', (rate) => {
    const limits = deliveryLimits(rate);
    const sends = limits.subscribersPerJob * limits.jobsPerBatch;
    const sendingSeconds = sends / limits.perCopyRate;
    expect(sendingSeconds + DELIVER_STOP_MARGIN_MS / 1000).toBeLessThan(limits.timeoutSeconds);
    expect(limits.timeoutSeconds).toBeLessThanOrEqual(LAMBDA_MAX_TIMEOUT_SECONDS);
    expect(limits.visibilityTimeoutSeconds).toBe(6 * limits.timeoutSeconds);
    expect(limits.perCopyRate * limits.concurrency).toBeCloseTo(rate);
  });

  it('refuses a rate too low for a batch to fit in 15 minutes, naming the lowest that works', () => {
    const lowest = minimumAccountRate();
    expect(() => deliveryLimits(lowest)).not.toThrow();
    expect(() => deliveryLimits(lowest / 2)).toThrow(DeliveryLimitsError);
    expect(() => deliveryLimits(lowest / 2)).toThrow(String(lowest));
  });

  it('one SES default: the functions and the stack both start from it', () => {
    expect(parseConfig({ BUCKET_NAME: 'b-1', TABLE_NAME: 't-1' }).SES_MAX_SEND_RATE).toBe(
      DEFAULT_SES_MAX_SEND_RATE,
    );
  });
});
