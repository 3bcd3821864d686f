import type { OkArticle, Organization, Person } from '../../functions/domain/article/article.js';

/** Facts a test writes by hand: organizations and people may be given as plain names and roles. */
type Overrides = Omit<Partial<OkArticle>, 'organizations' | 'people'> & {
  id: string;
  organizations?: (string | Organization)[];
  people?: (Person | { name: string; role: string })[];
};

/** An organization known only by one name (display forms equal to it), as a hand-written fixture. */
export function org(name: string, country?: string): Organization {
  return country ? { name, en: name, az: name, country } : { name, en: name, az: name };
}

/** A person whose display forms repeat the name and role as written. */
export function person(name: string, role: string): Person {
  return { name, role, display: { en: { name, role }, az: { name, role } } };
}

/** A valid accepted article; tests override only the facts they are about. */
export function makeArticle(overrides: Overrides): OkArticle {
  const { organizations = [], people = [], ...rest } = overrides;
  return {
    source: { key: `inbox/${overrides.id}.txt`, format: 'txt', bytes: 100 },
    status: 'ok',
    error: null,
    language: 'en',
    title: `Title ${overrides.id}`,
    publishedAt: '2025-03-04',
    eventDate: '2025-03-04',
    countries: [],
    agreements: [],
    topics: [],
    places: [],
    numbers: [],
    summary: `Summary ${overrides.id}`,
    text: `Text ${overrides.id}`,
    storyKey: overrides.id,
    ...rest,
    organizations: organizations.map((o) => (typeof o === 'string' ? org(o) : o)),
    people: people.map((p) => ('display' in p ? p : person(p.name, p.role))),
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
