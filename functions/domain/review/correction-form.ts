import { AGREEMENT_TYPES, type Agreement, type Organization } from '../article/article.js';
import type { CorrectionChange } from './corrections.js';
import type { ExtractedFacts } from './review-model.js';

/** "KZ, tr" -> ["KZ", "TR"]. */
export const parseCountries = (text: string) =>
  text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((c) => c.toUpperCase());

/** One organization per line: "English name | Azerbaijani name | CC" (the country is optional). */
export function parseOrganizations(text: string): Organization[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts[0])
    .map(([en = '', az, country]) => ({
      name: en,
      en,
      az: az || en,
      ...(country ? { country: country.toUpperCase() } : {}),
    }));
}

export const formatOrganizations = (organizations: readonly Organization[]) =>
  organizations.map((o) => [o.en, o.az, o.country ?? ''].join(' | ').replace(/ \| $/, '')).join('\n');

/** "memorandum:2, protocol" -> [{type: memorandum, count: 2}, {type: protocol, count: 1}]; unknown types kept for zod to refuse. */
export function parseAgreements(text: string): Agreement[] {
  return text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [type = '', count] = part.split(/\s*[:x×]\s*|\s+/);
      return { type: type.toLowerCase(), count: count ? Number(count) : 1 } as Agreement;
    });
}

export const formatAgreements = (agreements: readonly Agreement[]) =>
  agreements.map((a) => `${a.type}:${a.count}`).join(', ');

export const AGREEMENT_HINT = AGREEMENT_TYPES.join(', ');

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The review page's per-article form -> a change. The form shows the values the bulletin uses now; a field
 * equal to the extracted value clears its correction, so saving an untouched form changes nothing.
 */
export function changeFromForm(fields: Record<string, unknown>, extracted: ExtractedFacts): CorrectionChange {
  const get = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string).trim() : '');
  const date = get('eventDate');
  const countries = parseCountries(get('countries'));
  const organizations = parseOrganizations(get('organizations'));
  const agreements = parseAgreements(get('agreements'));
  const orgsSame = same(formatOrganizations(organizations), formatOrganizations(extracted.organizations));
  return {
    exclude: get('exclude') === 'on' ? true : null,
    eventDate: !date || date === extracted.eventDate ? null : date,
    countries: same(countries, extracted.countries) ? null : countries,
    organizations: orgsSame ? null : organizations,
    agreements: formatAgreements(agreements) === formatAgreements(extracted.agreements) ? null : agreements,
    headline: { en: get('headlineEn'), az: get('headlineAz') },
    lead: { en: get('leadEn'), az: get('leadAz') },
    mergeWith: get('mergeWith') || null,
    split: get('split') === 'on' ? true : null,
  };
}
