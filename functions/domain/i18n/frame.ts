import type { Language } from '../article/article.js';
import { formatDateRange } from './dates.js';
import { type BulletinLanguage, languageName } from './language.js';
import { azOrdinal } from './ordinal.js';

/** Every word of the bulletin frame, per language. Article text never goes through here. */
export interface FrameWords {
  title: string;
  week: (week: number, start: string, end: string) => string;
  events: (n: number) => string;
  partners: (n: number) => string;
  documentsSigned: (n: number) => string;
  otherCooperation: string;
  lateNews: string;
  noEvents: string;
  originalIn: (language: Language) => string;
  machineTranslated: string;
  topics: string;
  fullText: string;
  archive: string;
  readInBrowser: string;
  /** A heavy week's email lists the first events; the rest are in the web copy. */
  moreEvents: (n: number) => string;
  unsubscribe: string;
  preferences: string;
  footer: string;
  editionName: string;
  /** Labels of an event's facts in the web copy and the archive. */
  facts: {
    date: string;
    place: string;
    partner: string;
    people: string;
    organizations: string;
    signed: string;
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: FrameWords = {
  title: 'Weekly cooperation bulletin',
  week: (week, start, end) => `Week ${week}, ${formatDateRange(start, end, 'en')}`,
  events: (n) => plural(n, 'event', 'events'),
  partners: (n) => plural(n, 'partner', 'partners'),
  documentsSigned: (n) => `${plural(n, 'document', 'documents')} signed`,
  otherCooperation: 'Other cooperation',
  lateNews: 'News from earlier weeks',
  noEvents: 'No events were recorded this week.',
  originalIn: (language) => `(original in ${languageName(language, 'en')})`,
  machineTranslated: '(machine translation)',
  topics: 'Topics',
  fullText: 'Full text',
  archive: 'Archive',
  readInBrowser: 'Read in the browser',
  moreEvents: (n) =>
    `${plural(n, 'more event', 'more events')} this week: read the full bulletin in the browser`,
  unsubscribe: 'Unsubscribe',
  preferences: 'Preferences',
  footer:
    'International cooperation of Azerbaijan in education and science. You receive this bulletin because you subscribed to it.',
  editionName: 'In English',
  facts: {
    date: 'Date',
    place: 'Place',
    partner: 'Partner',
    people: 'People',
    organizations: 'Organizations',
    signed: 'Signed',
  },
};

// Azerbaijani keeps the noun singular after a numeral: "3 tədbir", "42 imzalanmış sənəd".
const AZ: FrameWords = {
  title: 'Həftəlik əməkdaşlıq bülleteni',
  week: (week, start, end) => `${azOrdinal(week)} həftə, ${formatDateRange(start, end, 'az')}`,
  events: (n) => `${n} tədbir`,
  partners: (n) => `${n} tərəfdaş`,
  documentsSigned: (n) => `${n} imzalanmış sənəd`,
  otherCooperation: 'Digər əməkdaşlıq',
  lateNews: 'Əvvəlki həftələrdən xəbərlər',
  noEvents: 'Bu həftə heç bir tədbir qeydə alınmayıb.',
  originalIn: (language) => `(orijinal ${languageName(language, 'az')} dilində)`,
  machineTranslated: '(maşın tərcüməsi)',
  topics: 'Mövzular',
  fullText: 'Tam mətn',
  archive: 'Arxiv',
  readInBrowser: 'Brauzerdə oxuyun',
  // A noun after a numeral stays singular: "daha 40 tədbir".
  moreEvents: (n) => `Bu həftə daha ${n} tədbir: tam bülleteni brauzerdə oxuyun`,
  unsubscribe: 'Abunəlikdən çıxın',
  preferences: 'Seçimlər',
  footer:
    'Azərbaycanın təhsil və elm sahəsində beynəlxalq əməkdaşlığı. Bu bülleteni abunə olduğunuz üçün alırsınız.',
  editionName: 'Azərbaycan dilində',
  facts: {
    date: 'Tarix',
    place: 'Yer',
    partner: 'Tərəfdaş',
    people: 'İştirakçılar',
    organizations: 'Təşkilatlar',
    signed: 'İmzalanıb',
  },
};

export function frameWords(language: BulletinLanguage): FrameWords {
  return language === 'az' ? AZ : EN;
}
