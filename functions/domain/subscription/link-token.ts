import { createHmac, timingSafeEqual } from 'node:crypto';
import { BulletinError } from '../errors.js';

/**
 * What a signed link lets its holder do. A token for one purpose is refused for another: a subscriber's
 * unsubscribe link never opens an editor's review page ('review', domain/review/editor-token.ts).
 */
export type LinkPurpose = 'confirm' | 'unsubscribe' | 'preferences' | 'review';
/** The links mailed to subscribers (review links are signed apart, domain/review/editor-token.ts). */
export type SubscriberLinkPurpose = Exclude<LinkPurpose, 'review'>;

export interface LinkClaims {
  purpose: LinkPurpose;
  subscriberId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export class InvalidTokenError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'InvalidTokenError';
  constructor(readonly reason: 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose' | 'revoked') {
    super(`link token rejected: ${reason}`);
  }
}

const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

/** `<payload>.<hmac>`: URL-safe, opaque, and verifiable without a table read. */
export function signLinkToken(secret: string, claims: LinkClaims): string {
  const payload = encode(`${claims.purpose}.${claims.subscriberId}.${claims.expiresAt}`);
  return `${payload}.${sign(secret, payload)}`;
}

export function verifyLinkToken(
  secret: string,
  token: string,
  purpose: LinkPurpose,
  nowSeconds: number,
): LinkClaims {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined) throw new InvalidTokenError('malformed');
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new InvalidTokenError('bad-signature');
  const [p, subscriberId, expires] = Buffer.from(payload, 'base64url').toString('utf8').split('.');
  const expiresAt = Number(expires);
  if (!p || !subscriberId || !Number.isInteger(expiresAt)) throw new InvalidTokenError('malformed');
  if (p !== purpose) throw new InvalidTokenError('wrong-purpose');
  if (expiresAt < nowSeconds) throw new InvalidTokenError('expired');
  return { purpose, subscriberId, expiresAt };
}
