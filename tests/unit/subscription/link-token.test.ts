import { describe, expect, it } from 'vitest';
import {
  InvalidTokenError,
  signLinkToken,
  verifyLinkToken,
} from '../../../functions/domain/subscription/link-token.js';
import { normalizeEmail, subscriberIdFor } from '../../../functions/domain/subscription/subscriber-id.js';

const SECRET = 'k'.repeat(64);
const claims = { purpose: 'unsubscribe' as const, subscriberId: 'abc123', expiresAt: 2_000_000_000 };

function reason(fn: () => unknown): string {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    return error instanceof InvalidTokenError ? error.reason : 'other';
  }
}

describe('signed link tokens', () => {
  it('round-trips and is URL-safe', () => {
    const token = signLinkToken(SECRET, claims);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(verifyLinkToken(SECRET, token, 'unsubscribe', 1_900_000_000)).toEqual(claims);
  });

  it('refuses a tampered payload, another key, another purpose, an expired token and garbage', () => {
    const token = signLinkToken(SECRET, claims);
    const [payload, mac] = token.split('.');
    const forged = `${Buffer.from('unsubscribe.someone-else.2000000000').toString('base64url')}.${mac}`;
    expect(reason(() => verifyLinkToken(SECRET, forged, 'unsubscribe', 0))).toBe('bad-signature');
    expect(reason(() => verifyLinkToken('x'.repeat(64), token, 'unsubscribe', 0))).toBe('bad-signature');
    expect(reason(() => verifyLinkToken(SECRET, token, 'confirm', 0))).toBe('wrong-purpose');
    expect(reason(() => verifyLinkToken(SECRET, token, 'unsubscribe', 2_000_000_001))).toBe('expired');
    expect(reason(() => verifyLinkToken(SECRET, `${payload}`, 'unsubscribe', 0))).toBe('malformed');
    expect(reason(() => verifyLinkToken(SECRET, 'a.b.c', 'unsubscribe', 0))).toBe('malformed');
  });
});

describe('subscriber addresses', () => {
  it('normalizes case and spaces and refuses what is not a mailbox', () => {
    expect(normalizeEmail('  Aysel.Mammadova@Example.ORG ')).toBe('aysel.mammadova@example.org');
    for (const bad of [
      '',
      'no-at-sign',
      'a@b',
      'a b@example.org',
      '<x>@example.org',
      `${'a'.repeat(250)}@example.org`,
    ]) {
      expect(normalizeEmail(bad)).toBeNull();
    }
  });

  it('gives one id per address, so subscribing twice finds the same subscriber', () => {
    expect(subscriberIdFor('a@example.org')).toBe(subscriberIdFor('a@example.org'));
    expect(subscriberIdFor('a@example.org')).not.toBe(subscriberIdFor('b@example.org'));
  });
});
