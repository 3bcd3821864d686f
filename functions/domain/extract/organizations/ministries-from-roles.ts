import type { Organization } from '../../article/article.js';
import { titleAz } from '../../knowledge/az-grammar.js';
import { knownOrganization } from '../../knowledge/knowledge-base.js';
import { countryName } from '../country-index.js';

interface RoleForms {
  en: string;
  az: string;
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
  const en = role.en.match(MINISTER_EN);
  if (!en?.[1]) return null;
  const fields = en[1].trim();
  const code = ownerCountry(en[2], fields, context);
  if (!code || (code === 'AZ' && HOST_FIELDS.test(fields))) return null;
  const english = `Ministry of ${fields} of ${countryName(code, 'en')}`;
  const known = knownOrganization(english);
  if (known) {
    if (known.host) return null;
    const org: Organization = { name: known.en, en: known.en, az: known.az };
    if (known.country) org.country = known.country;
    return org;
  }
  const az = role.az.match(MINISTER_AZ)?.[1];
  const azName = az ? `${titleAz(az)} Nazirliyi` : `${countryName(code, 'az')} Nazirliyi`;
  return { name: english, en: english, az: azName, country: code };
}
