import type { Article, Language, Organization, Person } from '../article/article.js';
import { knownOrganization } from '../knowledge/knowledge-base.js';
import { extractAgreements } from './agreements.js';
import { extractCountries } from './countries.js';
import { extractEventDate } from './event-date.js';
import { extractNumbers, extractPlaces } from './figures.js';
import { buildSummary, buildTitle } from './headline.js';
import { ministryOfRole } from './organizations/ministries-from-roles.js';
import { extractOrganizations } from './organizations/organizations.js';
import { extractPeople } from './people.js';
import { personCountry, withDisplayForms } from './people-display.js';
import { paragraphsOf } from './text-tools.js';
import { extractTopics } from './topics.js';

export interface MetadataInput {
  text: string;
  title: string | null;
  dateHint: string | null;
  language: Language;
  publishedAt: string;
}

export type Metadata = Pick<
  Article,
  | 'title'
  | 'eventDate'
  | 'countries'
  | 'organizations'
  | 'people'
  | 'agreements'
  | 'topics'
  | 'places'
  | 'numbers'
  | 'summary'
>;

/**
 * A plain-text file's own headline: among its first paragraphs, a short line of words that is not a
 * sentence (no closing punctuation), not a dateline ("19 noyabr 2026, 16:20") and not a breadcrumb.
 */
export function headlineOf(text: string): string | null {
  for (const paragraph of paragraphsOf(text).slice(0, 3)) {
    const words = paragraph.split(/\s+/);
    const looksLikeHeadline =
      words.length >= 4 &&
      words.length <= 25 &&
      !paragraph.includes('\n') &&
      !/[|»›>]|[.!?:;…]$/u.test(paragraph) &&
      /^[\p{Lu}"“«]/u.test(paragraph);
    if (looksLikeHeadline) return paragraph;
    if (/[.!?]$/u.test(paragraph) && words.length > 25) return null;
  }
  return null;
}

const AZERBAIJAN = /^(?:the\s+)?(?:republic of\s+)?(?:azerbaijan|azərbaycan|азербайджан)/iu;

/** The country a role's owner names ("Georgia", "the Republic of Azerbaijan"), or null. */
function countryOfOwner(name: string): string | null {
  return AZERBAIJAN.test(name.trim()) ? 'AZ' : (extractCountries(name, null)[0] ?? null);
}

/**
 * A state body or a university stands for its country; a company or an international body does not (a
 * Coursera executive's talk is no partnership with the United States).
 */
function impliesCountry(org: Organization): boolean {
  const kind = knownOrganization(org.en)?.kind;
  return kind !== 'company' && kind !== 'international';
}

/**
 * Organizations from the text, and the ministries its ministers' roles imply; the partner countries, and
 * those the organizations imply (a Polish university means Poland even where the text never says it).
 */
function partnersOf(text: string, title: string | null, language: Language, people: Person[]) {
  const countries = extractCountries(text, title);
  const names = people.flatMap((p) => [p.name, p.display.en.name]);
  const organizations = extractOrganizations(text, language, names);
  const fromText = new Set(organizations);
  const partner = countries.length === 1 ? (countries[0] ?? null) : null;
  for (const person of people) {
    const context = { countryOf: countryOfOwner, partner, personCountry: personCountry(person) };
    const role = {
      en: person.display.en.role,
      az: person.display.az.role,
      written: person.role ?? undefined,
    };
    const ministry = ministryOfRole(role, context);
    if (ministry && !organizations.some((o) => o.en === ministry.en)) organizations.push(ministry);
  }
  // A body named only in passing further down, in a report that names its partners ("the school's
  // partnership with Heriot-Watt University" in a report on a Japanese visit), does not make its country one;
  // named in the title or the lead, by a minister's role, or in a report naming no country, it does.
  const lead = [title ?? '', ...paragraphsOf(text).slice(0, 2)].join('\n');
  const passing = (org: Organization) =>
    countries.length > 0 && fromText.has(org) && !lead.includes(org.name);
  const implied = organizations.filter((org) => !passing(org));
  for (const org of implied) {
    if (org.country && org.country !== 'AZ' && impliesCountry(org) && !countries.includes(org.country))
      countries.push(org.country);
  }
  return { countries, organizations };
}

/** Every metadata field of an article from its clean text (pure: no I/O, no clock). */
export function extractMetadata(input: MetadataInput): Metadata {
  const { text, language, publishedAt } = input;
  const title = input.title ?? headlineOf(text);
  const eventDate = extractEventDate(text, publishedAt, input.dateHint);
  const people = withDisplayForms(extractPeople(text, language), language);
  const { countries, organizations } = partnersOf(text, title, language, people);
  const agreements = extractAgreements(
    text,
    publishedAt,
    organizations.map((o) => o.name),
  );
  return {
    title: title ?? buildTitle({ language, countries, organizations, agreements }),
    eventDate,
    countries,
    organizations,
    people,
    agreements,
    topics: extractTopics(text),
    places: extractPlaces(text),
    numbers: extractNumbers(text),
    summary: buildSummary(text),
  };
}
