import type { StoryArticle } from '../../functions/domain/stories/story-facts.js';

/**
 * Hand-written reports for the matcher tests: invented events and people, each told in English,
 * Azerbaijani and Russian the way extraction gives them (organizations as written with their English
 * name, people as written with a Latin display form, one report dated only by its publication day).
 */

type Org = [name: string, en: string];
type Who = [name: string, en: string];

interface Spec {
  id: string;
  date: string | null;
  published?: string;
  countries?: string[];
  orgs?: Org[];
  people?: Who[];
  topics?: string[];
  signed?: string[];
}

export function report(spec: Spec): StoryArticle {
  return {
    id: spec.id,
    storyKey: `own-${spec.id}`,
    eventDate: spec.date,
    publishedAt: spec.published ?? spec.date ?? '2026-03-10',
    countries: spec.countries ?? [],
    organizations: (spec.orgs ?? []).map(([name, en]) => ({ name, en })),
    people: (spec.people ?? []).map(([name, en]) => ({ name, display: { en: { name: en } } })),
    agreements: (spec.signed ?? []).map((type) => ({ type })),
    topics: spec.topics ?? ['higher education'],
  };
}

// One visit to Uzbekistan, three events on two days. The host minister and the country are in every report.
const HOST: Record<'en' | 'az' | 'ru', Who> = {
  en: ['Elnur Hasanov', 'Elnur Hasanov'],
  az: ['Elnur Həsənov', 'Elnur Hasanov'],
  ru: ['Эльнур Гасанов', 'Elnur Gasanov'],
};
const MINISTRY: Record<'en' | 'az' | 'ru', Org> = {
  en: ['Ministry of Higher Education of Uzbekistan', 'Ministry of Higher Education of Uzbekistan'],
  az: ['Özbəkistanın Ali Təhsil Nazirliyi', 'Ministry of Higher Education of Uzbekistan'],
  ru: ['Министерство высшего образования Узбекистана', 'Ministry of Higher Education of Uzbekistan'],
};
const UZ = ['UZ'];

/** The ministers meet: the Uzbek minister and his ministry, nothing else. */
export const MINISTERS = [
  report({
    id: 'min-en',
    date: '2026-03-10',
    countries: UZ,
    orgs: [MINISTRY.en],
    people: [HOST.en, ['Olimjon Nazarov', 'Olimjon Nazarov']],
    topics: ['higher education', 'general education'],
  }),
  report({
    id: 'min-az',
    date: '2026-03-10',
    countries: UZ,
    orgs: [MINISTRY.az],
    people: [HOST.az, ['Olimcon Nazarov', 'Olimcon Nazarov']],
    topics: ['higher education', 'general education'],
  }),
  report({
    id: 'min-ru',
    date: null,
    published: '2026-03-11',
    countries: UZ,
    orgs: [MINISTRY.ru],
    people: [HOST.ru, ['Олимжон Назаров', 'Olimzhon Nazarov']],
    topics: ['general education'],
  }),
];

/** A visit to the National University with a deputy minister and the rector. */
export const NATIONAL_UNIVERSITY = [
  report({
    id: 'nuu-en',
    date: '2026-03-10',
    countries: UZ,
    orgs: [['National University of Uzbekistan', 'National University of Uzbekistan'], MINISTRY.en],
    people: [HOST.en, ['Bekzod Yusupov', 'Bekzod Yusupov'], ['Inomjon Majidov', 'Inomjon Majidov']],
    topics: ['higher education', 'student exchange'],
  }),
  report({
    id: 'nuu-az',
    date: '2026-03-10',
    countries: UZ,
    orgs: [['Özbəkistan Milli Universiteti', 'National University of Uzbekistan']],
    people: [HOST.az, ['İnomcon Məcidov', 'Inomcon Macidov']],
    topics: ['higher education', 'student exchange'],
  }),
  report({
    id: 'nuu-ru',
    date: null,
    published: '2026-03-11',
    countries: UZ,
    orgs: [['Национальный университет Узбекистана', 'National University of Uzbekistan'], MINISTRY.ru],
    people: [HOST.ru, ['Бекзод Юсупов', 'Bekzod Yusupov'], ['Иномжон Маджидов', 'Inomzhon Madzhidov']],
    topics: ['higher education', 'student exchange'],
  }),
];

/** A visit to the Technical University the next day, with the Uzbek minister and the rector. */
export const TECHNICAL_UNIVERSITY = [
  report({
    id: 'tech-en',
    date: '2026-03-11',
    countries: UZ,
    orgs: [['Tashkent State Technical University', 'Tashkent State Technical University'], MINISTRY.en],
    people: [HOST.en, ['Olimjon Nazarov', 'Olimjon Nazarov'], ['Shavkat Alimov', 'Shavkat Alimov']],
    topics: ['higher education', 'artificial intelligence'],
  }),
  report({
    id: 'tech-az',
    date: '2026-03-11',
    countries: UZ,
    orgs: [['Daşkənd Dövlət Texniki Universiteti', 'Tashkent State Technical University']],
    people: [HOST.az, ['Olimcon Nazarov', 'Olimcon Nazarov'], ['Şavkat Alimov', 'Shavkat Alimov']],
    topics: ['higher education', 'artificial intelligence'],
  }),
  report({
    id: 'tech-ru',
    date: null,
    published: '2026-03-12',
    countries: UZ,
    orgs: [['Ташкентский государственный технический университет', 'Tashkent State Technical University']],
    people: [HOST.ru, ['Шавкат Алимов', 'Shavkat Alimov']],
    topics: ['higher education', 'artificial intelligence'],
  }),
];

/** A three-day conference: the opening reported in Russian, the closing in English; other speakers. */
export const CONFERENCE = [
  report({
    id: 'conf-ru',
    date: '2026-04-20',
    orgs: [
      ['ЮНЕСКО', 'UNESCO'],
      ['Всемирный банк', 'World Bank'],
    ],
    people: [
      ['Эльнур Гасанов', 'Elnur Gasanov'],
      ['Анна Мартен', 'Anna Marten'],
    ],
    topics: ['teacher training'],
  }),
  report({
    id: 'conf-en',
    date: '2026-04-22',
    orgs: [
      ['UNESCO', 'UNESCO'],
      ['World Bank', 'World Bank'],
    ],
    people: [
      ['Kamala Rzayeva', 'Kamala Rzayeva'],
      ['Peter Olsen', 'Peter Olsen'],
    ],
    topics: ['teacher training', 'general education'],
  }),
];

/** Unrelated events of the same weeks: they fill the window as stored articles do. */
export const OTHERS = [
  report({
    id: 'hu-en',
    date: '2026-03-09',
    countries: ['HU'],
    orgs: [['University of Debrecen', 'University of Debrecen']],
    people: [['Zoltan Kiss', 'Zoltan Kiss']],
    signed: ['memorandum'],
  }),
  report({
    id: 'kz-az',
    date: '2026-03-12',
    countries: ['KZ'],
    orgs: [['Əl-Fərabi adına Qazax Milli Universiteti', 'Al-Farabi Kazakh National University']],
    people: [HOST.az],
    signed: ['agreement'],
  }),
  report({
    id: 'tr-ru',
    date: '2026-03-13',
    countries: ['TR'],
    orgs: [['Университет Анкары', 'Ankara University']],
    people: [HOST.ru],
  }),
];

/**
 * A busy three weeks of stored reports: `count` events with made-up names, the host minister in about a
 * third of them, spread over 2026-03-02 to 2026-03-22 (deterministic).
 */
export function busyWindow(count: number): StoryArticle[] {
  let seed = 3;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const syllables = [
    'ka',
    'lo',
    'mir',
    'za',
    'den',
    'ro',
    'vi',
    'sha',
    'tan',
    'bek',
    'nur',
    'el',
    'gu',
    'fa',
  ];
  const word = (n: number) => {
    const w = Array.from({ length: n }, () => syllables[next(syllables.length)]).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const kinds = [
    'University',
    'State University',
    'Institute',
    'Academy of Sciences',
    'Ministry of Education',
  ];
  const countries = ['TR', 'KZ', 'UZ', 'GE', 'HU', 'IT', 'FR', 'DE', 'CN', 'KR'];
  return Array.from({ length: count }, (_, i) => {
    const orgs = Array.from({ length: 1 + next(3) }, (): Org => {
      const name = `${word(2)} ${kinds[next(kinds.length)]}`;
      return [name, name];
    });
    const people = Array.from({ length: 1 + next(3) }, (): Who => {
      const name = `${word(2)} ${word(3)}ov`;
      return [name, name];
    });
    if (next(3) === 0) people.push(HOST.en);
    const day = String(2 + next(21)).padStart(2, '0');
    return report({
      id: `busy-${i}`,
      date: `2026-03-${day}`,
      countries: [countries[next(10)] ?? 'TR'],
      orgs,
      people,
    });
  });
}
