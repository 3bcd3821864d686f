import { describe, expect, it } from 'vitest';
import { checkEmail } from '../../../functions/domain/subscription/email-address.js';
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

  it('refuses control and invisible characters, saying which problem it is (web, CLI add and import)', () => {
    for (const hidden of [
      'vic\u0000tim',
      'vic\u001b[2Jtim',
      'vic\u007ftim',
      'vic\u0085tim',
      'vic\u200btim',
      'vic\u200dtim',
      'vic\u2060tim',
      'vic\u202etim',
      'vic\u2066tim',
      'vic\u200ftim',
      '\ufeffvictim',
      'victim\u00ad',
      'vic\u2028tim',
    ]) {
      expect(normalizeEmail(`${hidden}@example.org`)).toBeNull();
      expect(checkEmail(`${hidden}@example.org`)).toEqual({ ok: false, problem: 'invisible-characters' });
    }
    expect(checkEmail('no-at-sign')).toEqual({ ok: false, problem: 'not-an-address' });
    // Ordinary spaces and a CSV line end around the address are forgiven; Azerbaijani letters are letters.
    expect(normalizeEmail(' Əli.Şükürov@example.org\r\n')).toBe('əli.şükürov@example.org');
  });

  it('gives one id per address, so subscribing twice finds the same subscriber', () => {
    expect(subscriberIdFor('a@example.org')).toBe(subscriberIdFor('a@example.org'));
    expect(subscriberIdFor('a@example.org')).not.toBe(subscriberIdFor('b@example.org'));
  });
});
