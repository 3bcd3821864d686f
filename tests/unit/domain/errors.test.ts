import { describe, expect, it } from 'vitest';
import { BulletinError, isRetryable } from '../../../functions/domain/errors.js';
import { RejectedInputError } from '../../../functions/domain/normalize/contract.js';
import { EditorAccessError } from '../../../functions/domain/review/editor-token.js';
import { InvalidTokenError } from '../../../functions/domain/subscription/link-token.js';
import { ConfigError } from '../../../functions/shared/config.js';
import { DeliveryFailedError, DeliveryPendingError } from '../../../functions/use-cases/delivery-errors.js';
import { BulletinNotFoundError } from '../../../functions/use-cases/email-edition.js';
import { InvalidSubscriptionError } from '../../../functions/use-cases/manage-subscription.js';
import { InvalidCorrectionError, UnknownArticleError } from '../../../functions/use-cases/review-correct.js';

describe('BulletinError: the kind of every failure is part of its type', () => {
  it('bad input and refusals are permanent, and keep their names', () => {
    const permanent = [
      new RejectedInputError('corrupt', 'not a PDF'),
      new InvalidTokenError('expired'),
      new EditorAccessError('not-an-editor'),
      new InvalidSubscriptionError('bad-input'),
      new InvalidCorrectionError('a date is YYYY-MM-DD'),
      new UnknownArticleError('abc'),
      new BulletinNotFoundError('2026-W10'),
      new ConfigError('invalid configuration'),
    ];
    for (const error of permanent) {
      expect(error).toBeInstanceOf(BulletinError);
      expect(error.kind).toBe('permanent');
      expect(isRetryable(error)).toBe(false);
      expect(error.name).toBe(error.constructor.name);
    }
  });

  it('a failed or contended delivery is retryable, and so is any infrastructure error', () => {
    expect(isRetryable(new DeliveryFailedError('2026-W10', ['a']))).toBe(true);
    expect(new DeliveryPendingError('2026-W10', ['a']).kind).toBe('retryable');
    const sdkError = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    expect(isRetryable(sdkError)).toBe(true);
  });
});
