import type { OkArticle, Organization, Person } from '../article/article.js';
import { countryName } from '../i18n/countries.js';
import type { LeadFacts } from '../i18n/lead.js';
import { findKnownPlaces } from '../knowledge/find-known.js';
import { knownPerson } from '../knowledge/knowledge-base.js';
import type { PartnerRef } from './bulletin.js';
import { isDomesticOrganization } from './partners.js';
import { azProperStart } from './proper-names.js';

/**
 * Azerbaijan's side: a known Azerbaijani official, or a role that says so ("of Azerbaijan", the ministry's
 * own offices, an Azerbaijani university). An ambassador "to Azerbaijan" is the partner's side.
 */
export function isDomesticPerson(person: Person): boolean {
  const known = knownPerson(person.name);
  if (known) return known.country === 'AZ';
  const role = person.display.en.role;
  if (/\bto Azerbaijan\b/i.test(role)) return false;
  return (
    /\bof (the Republic of )?Azerbaijan\b/i.test(role) ||
    /^(Deputy )?Minister of Science and Education$/i.test(role) ||
    /\b(Azerbaijan|Baku|ADA University|ANAS)\b/.test(role)
  );
}

/** The first domestic person and the first foreign one with a role (else without), in report order. */
function meetingPeople(people: readonly Person[]) {
  const host = people.find(isDomesticPerson) ?? null;
  const foreign = people.filter((p) => !isDomesticPerson(p));
  const guest = foreign.find((p) => p.display.en.role) ?? foreign[0] ?? null;
  return { host, guest };
}

/**
 * Where the event took place: the first known city the reports' opening sentences name ("met in Paris",
 * "Bakıda"). The places list alone cannot tell a venue from a city merely mentioned, so none is better
 * than a wrong one.
 */
function venue(reports: readonly OkArticle[]): LeadFacts['place'] {
  for (const report of reports) {
    const found = findKnownPlaces(report.summary)[0];
    if (found) return { en: found.entry.en, az: found.entry.az };
  }
  return null;
}

/**
 * The signing institutions, only when the event names exactly one Azerbaijani and one foreign
 * institution: with more, which pairs signed what is not known, and the lead says only what was signed.
 */
function signatories(organizations: readonly Organization[]): LeadFacts['signatories'] {
  const domestic = organizations.filter(isDomesticOrganization);
  const foreign = organizations.filter((o) => !isDomesticOrganization(o));
  const [ours] = domestic;
  const [theirs] = foreign;
  if (domestic.length !== 1 || foreign.length !== 1 || !ours || !theirs) return null;
  return { en: [ours.en, theirs.en], az: [ours.az, theirs.az] };
}

function partnerNames(countries: readonly string[], partner: PartnerRef | null): LeadFacts['partners'] {
  if (countries.length > 0)
    return { en: countries.map((c) => countryName(c, 'en')), az: countries.map((c) => countryName(c, 'az')) };
  if (partner?.kind === 'organization') return { en: [partner.name], az: [partner.az] };
  return { en: [], az: [] };
}

/** The lead's facts for one event, from its merged facts and its reports (earliest first). */
export function leadFacts(input: {
  reports: readonly OkArticle[];
  statedDate: string | null;
  countries: readonly string[];
  organizations: readonly Organization[];
  people: readonly Person[];
  partner: PartnerRef | null;
  agreements: LeadFacts['agreements'];
  topics: readonly string[];
}): LeadFacts {
  const { host, guest } = meetingPeople(input.people);
  return {
    date: input.statedDate,
    place: venue(input.reports),
    host: host ? host.display : null,
    guest: guest ? guest.display : null,
    partners: partnerNames(input.countries, input.partner),
    agreements: input.agreements,
    signatories: input.agreements.length > 0 ? signatories(input.organizations) : null,
    topic: input.topics[0] ?? null,
    keepCapital: azProperStart,
  };
}
