import type { OkArticle, Person } from '../../functions/domain/article/article.js';
import { buildBulletin } from '../../functions/domain/bulletin/build-bulletin.js';
import type { Bulletin } from '../../functions/domain/bulletin/bulletin.js';
import { makeArticle } from './article-factory.js';

const person = (en: string, az: string, name: string, roleEn: string, roleAz: string): Person => ({
  name,
  role: roleAz,
  display: { en: { name: en, role: roleEn }, az: { name: az, role: roleAz } },
});

export const OZVAR = person(
  'Erol Özvar',
  'Erol Özvar',
  'Эрол Озвар',
  "President of Türkiye's Council of Higher Education",
  'Türkiyənin Ali Təhsil Şurasının sədri',
);
export const AMRULLAYEV = person(
  'Emin Amrullayev',
  'Emin Əmrullayev',
  'Эмин Амруллаев',
  'Minister of Science and Education',
  'Elm və təhsil naziri',
);

/** Three weeks: Türkiye twice (one report only in Azerbaijani), Kazakhstan, ISESCO. */
export function archiveArticles(): Record<string, OkArticle[]> {
  return {
    '2026-W04': [
      makeArticle({
        id: 'tr-jan',
        storyKey: 'tr-jan',
        language: 'az',
        title: 'Qarabağ Universiteti İstanbul Texniki Universiteti ilə memorandum imzalayıb',
        summary: 'Yanvarın 21-də Ankarada memorandum imzalanıb.',
        text: 'Yanvarın 21-də Ankarada memorandum imzalanıb.\n\nTərəflər tələbə mübadiləsini genişləndirəcək.',
        eventDate: '2026-01-21',
        publishedAt: '2026-01-21',
        countries: ['TR'],
        organizations: [
          {
            name: 'Qarabağ Universiteti',
            en: 'Karabakh University',
            az: 'Qarabağ Universiteti',
            country: 'AZ',
          },
          {
            name: 'İstanbul Texniki Universiteti',
            en: 'Istanbul Technical University',
            az: 'İstanbul Texniki Universiteti',
            country: 'TR',
          },
        ],
        people: [AMRULLAYEV, OZVAR],
        agreements: [{ type: 'memorandum', count: 1 }],
      }),
    ],
    '2026-W10': [
      makeArticle({
        id: 'kz-mar',
        storyKey: 'kz-mar',
        title: 'Azerbaijan and Kazakhstan sign 3 memoranda',
        eventDate: '2026-03-03',
        publishedAt: '2026-03-03',
        countries: ['KZ'],
        agreements: [{ type: 'memorandum', count: 3 }],
      }),
      makeArticle({
        id: 'isesco-mar',
        storyKey: 'isesco-mar',
        title: 'Minister meets ISESCO Director General',
        eventDate: '2026-03-04',
        publishedAt: '2026-03-04',
        organizations: [{ name: 'ISESCO', en: 'ISESCO', az: 'ISESCO' }],
      }),
    ],
    '2026-W47': [
      makeArticle({
        id: 'tr-nov',
        storyKey: 'tr-nov',
        title: 'Azerbaijan and Türkiye sign two protocols on vocational education',
        eventDate: '2026-11-18',
        publishedAt: '2026-11-18',
        countries: ['TR'],
        agreements: [{ type: 'protocol', count: 2 }],
      }),
    ],
  };
}

export function archiveBulletins(): Bulletin[] {
  return Object.entries(archiveArticles()).map(([week, articles]) => buildBulletin({ week, articles }));
}
