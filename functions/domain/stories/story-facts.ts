import { countryEntity, type Entity, orgEntity, personEntity, sameEntity, topicEntity } from './entities.js';

/**
 * What the matcher reads of an article: the stored record and the extracted article both fit, and so do
 * the JSON lines of `bulletin stories` (organizations given as plain names are read as `{ name }`).
 */
export interface StoryArticle {
  id: string;
  storyKey: string;
  eventDate: string | null;
  publishedAt: string;
  countries: readonly string[];
  organizations: readonly { name: string; en?: string }[];
  people: readonly { name: string; display?: { en?: { name: string } } }[];
  agreements: readonly { type: string }[];
  /** From the fixed vocabulary, so the same in every language. */
  topics?: readonly string[];
  /** When ingest stored it (ISO instant): stored records have it, fresh extractions do not. */
  ingestedAt?: string;
}

export interface StoryFacts {
  id: string;
  storyKey: string;
  /** Days since the epoch of the event date, else of the publication date. */
  day: number;
  entities: Entity[];
  agreementTypes: ReadonlySet<string>;
  /** Milliseconds since the epoch, or null when unknown. */
  ingestedAt: number | null;
}

const DAY_MS = 86_400_000;

export function dayOf(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** The facts of one article, computed once per article and window. */
export function factsOf(article: StoryArticle): StoryFacts {
  const countries = new Set(article.countries.map((c) => c.toUpperCase()).filter((c) => c !== 'AZ'));
  const entities = [...countries].map((c) => countryEntity(`c:${c}`));
  for (const topic of new Set(article.topics ?? [])) entities.push(topicEntity(`k:${topic}`));
  for (const org of article.organizations) {
    const entity = orgEntity(org);
    if (entity && !entities.some((e) => sameEntity(e, entity))) entities.push(entity);
  }
  for (const person of article.people) {
    const entity = personEntity(person);
    if (entity && !entities.some((e) => sameEntity(e, entity))) entities.push(entity);
  }
  return {
    id: article.id,
    storyKey: article.storyKey,
    day: dayOf(article.eventDate ?? article.publishedAt),
    entities,
    agreementTypes: new Set(article.agreements.map((a) => a.type)),
    ingestedAt: article.ingestedAt ? Date.parse(article.ingestedAt) : null,
  };
}
