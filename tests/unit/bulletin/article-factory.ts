import type { OkArticle } from '../../../functions/domain/article/article.js';

/** A valid accepted article; tests override only the facts they are about. */
export function makeArticle(overrides: Partial<OkArticle> & { id: string }): OkArticle {
  return {
    source: { key: `inbox/${overrides.id}.txt`, format: 'txt', bytes: 100 },
    status: 'ok',
    error: null,
    language: 'en',
    title: `Title ${overrides.id}`,
    publishedAt: '2025-03-04',
    eventDate: '2025-03-04',
    countries: [],
    organizations: [],
    people: [],
    agreements: [],
    topics: [],
    places: [],
    numbers: [],
    summary: `Summary ${overrides.id}`,
    text: `Text ${overrides.id}`,
    storyKey: overrides.id,
    ...overrides,
  };
}

/** A realistic week: one event reported in both languages, an organization meeting, an unplaced event. */
export function sampleWeek(): OkArticle[] {
  return [
    makeArticle({
      id: 'kz-en',
      storyKey: 'kz-2025-03-04',
      title: 'Azerbaijan and Kazakhstan sign 40 memoranda',
      countries: ['KZ'],
      organizations: ['Ministry of Science and Education'],
      agreements: [{ type: 'memorandum', count: 40 }],
      topics: ['higher education', 'student exchange'],
      summary: 'Universities of both countries signed 40 memoranda.',
      people: [{ name: 'Emin Amrullayev', role: 'minister' }],
    }),
    makeArticle({
      id: 'kz-az',
      storyKey: 'kz-2025-03-04',
      language: 'az',
      title: 'Azərbaycan və Qazaxıstan 40 memorandum imzalayıb',
      countries: ['KZ'],
      agreements: [{ type: 'memorandum', count: 40 }],
      topics: ['higher education'],
      summary: 'İki ölkənin universitetləri 40 memorandum imzalayıb.',
      people: [{ name: 'Emin Əmrullayev', role: 'nazir' }],
    }),
    makeArticle({
      id: 'isesco',
      storyKey: 'isesco-2025-03-05',
      eventDate: '2025-03-05',
      organizations: ['ISESCO', 'Ministry of Science and Education'],
      topics: ['science and research'],
      summary: 'The minister met the ISESCO director general.',
    }),
    makeArticle({
      id: 'tr-az',
      storyKey: 'tr-2025-03-06',
      language: 'az',
      eventDate: '2025-03-06',
      countries: ['TR'],
      agreements: [
        { type: 'protocol', count: 2 },
        { type: 'agreement', count: 1 },
      ],
      summary: 'Türkiyə ilə iki protokol imzalanıb.',
    }),
    makeArticle({ id: 'misc', storyKey: 'misc', eventDate: '2025-03-07', title: 'A STEAM olympiad opened' }),
  ];
}
