import type { OkArticle } from '../../functions/domain/article/article.js';
import { isoWeekOf } from '../../functions/domain/bulletin/iso-week.js';
import type { ObjectStore } from '../../functions/ports/object-store.js';
import type { ArticleRepository } from '../../functions/ports/repositories.js';
import { articleKey } from '../../functions/shared/storage-keys.js';
import { makeArticle } from './article-factory.js';

/** Stores an article as ingest does: articles/<id>.json and the ARTICLE record (metadata, week, ingestedAt). */
export async function storeArticle(
  deps: { store: ObjectStore; articles: ArticleRepository },
  article: OkArticle,
  ingestedAt: string,
): Promise<void> {
  await deps.store.put(articleKey(article.id), JSON.stringify(article), 'application/json');
  const { text: _text, ...metadata } = article;
  const week = isoWeekOf(article.eventDate ?? article.publishedAt);
  await deps.articles.putIfAbsent({ ...metadata, week, ingestedAt });
}

const PARTNERS = ['TR', 'KZ', 'UZ', 'GE', 'HU', 'IT', 'FR', 'DE', 'CN', 'US', 'GB', 'KR', 'PK', 'EG', 'PL'];
const ORGANIZATIONS = ['ISESCO', 'UNESCO', 'ADA University', 'Erasmus+', 'World Bank'];
const TOPICS = ['higher education', 'student exchange', 'science and research', 'vocational education'];
const SUMMARY = {
  en: 'The ministers discussed joint degree programmes, academic mobility and research grants.',
  az: 'Nazirlər birgə təhsil proqramlarını, akademik mobilliyi və tədqiqat qrantlarını müzakirə ediblər.',
  ru: 'Министры обсудили совместные образовательные программы, академическую мобильность и гранты.',
} as const;
const LANGUAGES = ['en', 'az', 'ru'] as const;

/**
 * A synthetic week of `count` reports: about two per event (so stories merge across languages), 15 partner
 * countries and 5 organizations, some events with signed documents, texts of a few paragraphs.
 */
export function syntheticWeek(monday: string, count: number): OkArticle[] {
  const start = Date.parse(`${monday}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const story = Math.floor(i / 2);
    const language = LANGUAGES[(i + story) % 3] ?? 'en';
    const date = new Date(start + (story % 7) * 86_400_000).toISOString().slice(0, 10);
    const byOrganization = story % 9 === 0;
    const partner = PARTNERS[story % PARTNERS.length] ?? 'TR';
    const paragraph = `${SUMMARY[language]} (${story}) `;
    return makeArticle({
      id: `syn-${monday}-${String(i).padStart(4, '0')}`,
      storyKey: `story-${date}-${story}`,
      language,
      title: `Event ${story} (${language})`,
      publishedAt: date,
      eventDate: date,
      countries: byOrganization ? [] : [partner],
      organizations: byOrganization ? [ORGANIZATIONS[story % ORGANIZATIONS.length] ?? 'ISESCO'] : [],
      people: [{ name: 'Emin Amrullayev', role: 'minister' }],
      agreements: story % 3 === 0 ? [{ type: 'memorandum', count: 1 + (story % 4) }] : [],
      topics: [TOPICS[story % TOPICS.length] ?? 'higher education'],
      summary: `${SUMMARY[language]} (${story})`,
      text: Array.from({ length: 5 }, () => paragraph.repeat(3).trim()).join('\n\n'),
    });
  });
}
