import type { Organization } from '../article/article.js';
import type { PartnerRef } from './bulletin.js';

/**
 * Azerbaijani institutions are listed among an article's organizations too, but they are the host,
 * never the partner: the knowledge base gives their country (AZ); names it does not hold are caught by
 * these markers in English and Azerbaijani.
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

export function isDomesticOrganization(organization: Organization): boolean {
  if (organization.country) return organization.country === 'AZ';
  return DOMESTIC.some((pattern) => pattern.test(organization.en) || pattern.test(organization.name));
}

/** The partner an event is filed under: its first foreign country, else its first foreign organization. */
export function pickPartner(
  countries: readonly string[],
  organizations: readonly Organization[],
): PartnerRef | null {
  const code = countries[0];
  if (code) return { kind: 'country', code };
  const found = organizations.find((org) => !isDomesticOrganization(org));
  return found ? { kind: 'organization', name: found.en, az: found.az } : null;
}

export function partnerKey(partner: PartnerRef | null): string {
  if (!partner) return 'other';
  if (partner.kind === 'country') return `country:${partner.code}`;
  return `organization:${partner.name.normalize('NFC').toLocaleLowerCase('en')}`;
}
