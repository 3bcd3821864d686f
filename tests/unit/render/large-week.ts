import type { OkArticle } from '../../../functions/domain/article/article.js';
import { makeArticle } from '../../helpers/article-factory.js';

const COUNTRIES = ['TR', 'KZ', 'UZ', 'GE', 'HU', 'IT', 'FR', 'DE', 'CN', 'US', 'GB', 'KR', 'JP', 'PK', 'EG'];
const TOPICS = ['higher education', 'student exchange', 'science and research', 'vocational education'];
const PARAGRAPH =
  'Representatives of the universities discussed joint programmes, academic mobility and research projects. ';

/** A heavy week: `count` articles, about two reports (az + en) per event, long texts. */
export function largeWeek(count: number): OkArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const story = Math.floor(i / 2);
    const country = COUNTRIES[story % COUNTRIES.length] ?? 'TR';
    return makeArticle({
      id: `a${String(i).padStart(4, '0')}`,
      storyKey: `story-${story}`,
      language: i % 2 === 0 ? 'en' : 'az',
      eventDate: `2025-03-0${3 + (story % 7)}`,
      countries: story % 11 === 0 ? [] : [country],
      organizations: story % 11 === 0 ? ['ISESCO'] : [],
      agreements: story % 3 === 0 ? [{ type: 'memorandum', count: 1 + (story % 5) }] : [],
      topics: [TOPICS[story % TOPICS.length] ?? 'higher education'],
      summary: `Event ${story}: ${PARAGRAPH}`,
      text: Array.from({ length: 8 }, () => PARAGRAPH.repeat(4)).join('\n\n'),
    });
  });
}
