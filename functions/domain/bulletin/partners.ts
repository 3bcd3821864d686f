import type { PartnerRef } from './bulletin.js';

/**
 * Azerbaijani institutions are listed among an article's organizations too, but they are the host,
 * never the partner. These markers catch the common ones in English and Azerbaijani.
 */
const DOMESTIC = [
  /azerbaijan/i,
  /azərbaycan/i,
  /\bbaku\b/i,
  /\bbakı\b/i,
  /ministry of science and education/i,
  /elm və təhsil nazirliyi/i,
  /\bADA\b/,
  /\bANAS\b/,
  /\bAMEA\b/,
];

export function isDomesticOrganization(name: string): boolean {
  return DOMESTIC.some((pattern) => pattern.test(name));
}

/** The partner an event is filed under: its first foreign country, else its first foreign organization. */
export function pickPartner(
  countries: readonly string[],
  organizations: readonly string[],
): PartnerRef | null {
  const code = countries[0];
  if (code) return { kind: 'country', code };
  const name = organizations.find((org) => !isDomesticOrganization(org));
  return name ? { kind: 'organization', name } : null;
}

export function partnerKey(partner: PartnerRef | null): string {
  if (!partner) return 'other';
  if (partner.kind === 'country') return `country:${partner.code}`;
  return `organization:${partner.name.normalize('NFC').toLocaleLowerCase('en')}`;
}
