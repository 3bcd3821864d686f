import type { Organization } from '../../article/article.js';
import { titleAz } from '../../knowledge/az-grammar.js';
import { findKnownPlaces } from '../../knowledge/find-known.js';
import { type KnownOrganization, knownOrganization } from '../../knowledge/knowledge-base.js';
import { countryName } from '../country-index.js';

interface RoleForms {
  en: string;
  az: string;
  /** The role as the text wrote it, in the text's language. */
  written?: string;
}

// The ministry a minister's role names in the text's own words, as the knowledge base spells ministries:
// "министр просвещения Казахстана" -> "Министерство просвещения Казахстана", "İtaliyanın universitet və
// tədqiqat naziri" -> "İtaliyanın universitet və tədqiqat Nazirliyi". Read before the English display form,
// which a role word the role lexicon lacks leaves half translated ("Minister of Prosveshcheniya").
const WRITTEN_MINISTER_RU = /министр[а-я]*\s+(.+)$/iu;

function writtenMinistry(written: string | undefined) {
  if (!written) return null;
  const ru = written.match(WRITTEN_MINISTER_RU)?.[1];
  const az = written.match(MINISTER_AZ)?.[1];
  const name = ru ? `Министерство ${ru}` : az ? `${az} Nazirliyi` : null;
  return name ? knownOrganization(name) : null;
}

// "First Deputy Minister of Education, Science and Youth of Georgia": the ministry is the role's owner.
const MINISTER_EN = /^(?:(?:First|Deputy|Vice|Acting|Executive|Former)[ -])*Minister of (.+?)(?: of (.+))?$/u;
const MINISTER_AZ = /^(.+?) nazir(?:i|inin|in)\b/u;
const HOST_FIELDS = /^science and education$/iu;
const GENERIC_OWNER = /^(?:the\s+)?(?:kingdom|country|state|republic)$/iu;

export interface RoleContext {
  /** The country a name or word denotes ("Georgia", "Gürcüstanın"), or null. */
  countryOf: (name: string) => string | null;
  /** The report's partner country when it has exactly one. */
  partner: string | null;
  /** The person's own country when the knowledge base knows them. */
  personCountry: string | null;
}

/** Whose ministry: the owner the role names; "the Kingdom" (no country word) is the partner; no owner at all is
 * the person's own country, else Azerbaijan's for the publisher's fields, else the partner's. */
function ownerCountry(owner: string | undefined, fields: string, context: RoleContext): string | null {
  // "the Kingdom", "the country": a generic owner is the country the report is about; a proper name that is
  // no country ("the Nakhchivan Autonomous Republic") is left to the organization finder.
  if (owner) return context.countryOf(owner) ?? (GENERIC_OWNER.test(owner) ? context.partner : null);
  if (context.personCountry) return context.personCountry;
  return HOST_FIELDS.test(fields) ? 'AZ' : (context.partner ?? 'AZ');
}

/**
 * The ministry a minister's role implies ("Georgia's Minister of Education, Science and Youth" -> "Ministry of
 * Education, Science and Youth of Georgia"), from the role's display forms. Azerbaijan's Ministry of Science
 * and Education is the publisher and never returned.
 */
export function ministryOfRole(role: RoleForms, context: RoleContext): Organization | null {
  const named = writtenMinistry(role.written);
  if (named?.kind === 'ministry' && !named.host) return fromKnownMinistry(named);
  const en = role.en.match(MINISTER_EN);
  if (!en?.[1]) return null;
  const fields = en[1].trim();
  const region = en[2] ? foreignRegion(en[2], context) : null;
  if (region) return regionalMinistry(fields, en[2] ?? '', role.az, region);
  const code = ownerCountry(en[2], fields, context);
  if (!code || (code === 'AZ' && HOST_FIELDS.test(fields))) return null;
  const english = `Ministry of ${fields} of ${countryName(code, 'en')}`;
  const known = knownOrganization(english);
  if (known) return known.host ? null : fromKnownMinistry(known);
  const az = role.az.match(MINISTER_AZ)?.[1];
  const azName = az ? `${titleAz(az)} Nazirliyi` : `${countryName(code, 'az')} Nazirliyi`;
  return { name: english, en: english, az: azName, country: code };
}

/**
 * A foreign region with its own government ("the Republic of Tatarstan", "the Autonomous Republic of
 * Adjara"): an owner that is no country but names a known foreign place. Azerbaijan's own Nakhchivan is left
 * to the organization finder, as before.
 */
function foreignRegion(owner: string, context: RoleContext): string | null {
  const place = findKnownPlaces(owner)[0];
  if (!place || place.entry.country === 'AZ') return null;
  // The owner names a country besides the place ("the Ministry of ... of Russia"): the country's ministry.
  const rest = `${owner.slice(0, place.start)} ${owner.slice(place.end)}`;
  return context.countryOf(rest) ? null : place.entry.country;
}

/** "Minister of Education and Science of the Republic of Tatarstan" -> that republic's ministry, in Russia. */
function regionalMinistry(fields: string, owner: string, roleAz: string, code: string): Organization {
  const english = `Ministry of ${fields} of ${owner.replace(/^the\s+/u, 'the ')}`;
  const known = knownOrganization(english);
  if (known)
    return {
      name: known.en,
      en: known.en,
      az: known.az,
      ...(known.country ? { country: known.country } : {}),
    };
  const az = roleAz.match(MINISTER_AZ)?.[1];
  return { name: english, en: english, az: az ? `${titleAz(az)} Nazirliyi` : english, country: code };
}

function fromKnownMinistry(known: KnownOrganization): Organization {
  const org: Organization = { name: known.en, en: known.en, az: known.az };
  if (known.country) org.country = known.country;
  return org;
}
