import type { Article, Language } from '../article/article.js';
import { extractAgreements } from './agreements.js';
import { extractCountries } from './countries.js';
import { extractEventDate } from './event-date.js';
import { extractNumbers, extractPlaces } from './figures.js';
import { buildSummary, buildTitle } from './headline.js';
import { legacyOrganizations } from './organizations/legacy.js';
import { extractPeople } from './people.js';
import { storyKeyOf } from './story-key.js';
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
  | 'storyKey'
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

/** Every metadata field of an article from its clean text (pure: no I/O, no clock). */
export function extractMetadata(input: MetadataInput): Metadata {
  const { text, language, publishedAt } = input;
  const title = input.title ?? headlineOf(text);
  const eventDate = extractEventDate(text, publishedAt, input.dateHint);
  const countries = extractCountries(text, title);
  // TEMP until the knowledge base lands
  const organizations = legacyOrganizations(text).map((n) => ({ name: n, en: n, az: n }));
  const agreements = extractAgreements(text, publishedAt);
  return {
    title: title ?? buildTitle({ language, countries, organizations, agreements }),
    eventDate,
    countries,
    organizations,
    people: extractPeople(text, language).map((p) => ({ ...p, display: { en: { ...p }, az: { ...p } } })),
    agreements,
    topics: extractTopics(text),
    places: extractPlaces(text),
    numbers: extractNumbers(text),
    summary: buildSummary(text),
    storyKey: storyKeyOf(eventDate ?? publishedAt, countries, organizations.map((o) => o.en)),
  };
}
