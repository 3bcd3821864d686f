import type { Article, Language } from '../article/article.js';
import { extractAgreements } from './agreements.js';
import { extractCountries } from './countries.js';
import { extractEventDate } from './event-date.js';
import { extractNumbers, extractPlaces } from './figures.js';
import { buildSummary, buildTitle } from './headline.js';
import { extractOrganizations } from './organizations.js';
import { extractPeople } from './people.js';
import { storyKeyOf } from './story-key.js';
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

/** Every metadata field of an article from its clean text (pure: no I/O, no clock). */
export function extractMetadata(input: MetadataInput): Metadata {
  const { text, title, language, publishedAt } = input;
  const eventDate = extractEventDate(text, publishedAt, input.dateHint);
  const countries = extractCountries(text, title);
  const organizations = extractOrganizations(text);
  const agreements = extractAgreements(text, publishedAt);
  return {
    title: title ?? buildTitle({ language, countries, organizations, agreements }),
    eventDate,
    countries,
    organizations,
    people: extractPeople(text, language),
    agreements,
    topics: extractTopics(text),
    places: extractPlaces(text),
    numbers: extractNumbers(text),
    summary: buildSummary(text),
    storyKey: storyKeyOf(eventDate ?? publishedAt, countries, organizations),
  };
}
