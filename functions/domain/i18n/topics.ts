import type { BulletinLanguage } from './language.js';

/** The extraction vocabulary (English keys) and its Azerbaijani rendering. */
const TOPICS: Record<string, Record<BulletinLanguage, string>> = {
  'higher education': { en: 'higher education', az: 'ali təhsil' },
  'general education': { en: 'general education', az: 'ümumi təhsil' },
  'vocational education': { en: 'vocational education', az: 'peşə təhsili' },
  'preschool education': { en: 'preschool education', az: 'məktəbəqədər təhsil' },
  'science and research': { en: 'science and research', az: 'elm və tədqiqat' },
  'student exchange': { en: 'student exchange', az: 'tələbə mübadiləsi' },
  'teacher training': { en: 'teacher training', az: 'müəllim hazırlığı' },
  'digital transformation': { en: 'digital transformation', az: 'rəqəmsal transformasiya' },
  'artificial intelligence': { en: 'artificial intelligence', az: 'süni intellekt' },
  steam: { en: 'STEAM', az: 'STEAM' },
  'inclusive education': { en: 'inclusive education', az: 'inklüziv təhsil' },
  'language learning': { en: 'language learning', az: 'dil öyrənmə' },
  scholarships: { en: 'scholarships', az: 'təqaüdlər' },
};

export const TOPIC_KEYS: readonly string[] = Object.keys(TOPICS);

/** The topic in the reader's language; an unknown key falls back to itself (English). */
export function topicLabel(topic: string, language: BulletinLanguage): string {
  return TOPICS[topic.toLowerCase()]?.[language] ?? topic;
}
