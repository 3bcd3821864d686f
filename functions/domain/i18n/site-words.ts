import type { BulletinLanguage, Edition } from './language.js';

/** Words of the web archive and the subscription pages, per language. */
export interface SiteWords {
  home: string;
  search: string;
  partners: string;
  subscribe: string;
  otherLanguage: string;
  latest: string;
  weeks: string;
  events: string;
  reports: string;
  documentsPerYear: string;
  peopleMet: string;
  searchLabel: string;
  searchButton: string;
  /** One and many; "{n}" is replaced in the browser. */
  found: [string, string];
  editions: Record<Edition, string>;
  about: string;
  bulletinOfWeek: string;
  /** The web copy's link from an item to its permanent page. */
  eventPage: string;
}

const EN: SiteWords = {
  home: 'Archive',
  search: 'Search',
  partners: 'Partners',
  subscribe: 'Subscribe',
  otherLanguage: 'Azərbaycanca',
  latest: 'Latest bulletin',
  weeks: 'Every week',
  events: 'Events',
  reports: 'Reports',
  documentsPerYear: 'Documents signed per year',
  peopleMet: 'People met',
  searchLabel: 'Search events by partner, person, organization or title',
  searchButton: 'Search events',
  found: ['{n} event found', '{n} events found'],
  editions: { az: 'Azərbaycan dilində', en: 'In English', both: 'In both languages' },
  about:
    'A weekly bulletin of Azerbaijan’s international cooperation in education and science, in Azerbaijani and English.',
  bulletinOfWeek: 'Bulletin of the week',
  eventPage: 'Event page, every report and partner',
};

// A noun after a numeral stays singular: "{n} tədbir tapıldı".
const AZ: SiteWords = {
  home: 'Arxiv',
  search: 'Axtarış',
  partners: 'Tərəfdaşlar',
  subscribe: 'Abunə olun',
  otherLanguage: 'English',
  latest: 'Son bülleten',
  weeks: 'Bütün həftələr',
  events: 'Tədbirlər',
  reports: 'Xəbərlər',
  documentsPerYear: 'İllər üzrə imzalanmış sənədlər',
  peopleMet: 'Görüşülən şəxslər',
  searchLabel: 'Tədbirləri tərəfdaş, şəxs, təşkilat və ya başlıq üzrə axtarın',
  searchButton: 'Tədbirləri axtarın',
  found: ['{n} tədbir tapıldı', '{n} tədbir tapıldı'],
  editions: { az: 'Azərbaycan dilində', en: 'İngilis dilində', both: 'Hər iki dildə' },
  about:
    'Azərbaycanın təhsil və elm sahəsində beynəlxalq əməkdaşlığı haqqında həftəlik bülleten, Azərbaycan və ingilis dillərində.',
  bulletinOfWeek: 'Həftənin bülleteni',
  eventPage: 'Tədbirin səhifəsi, bütün xəbərlər və tərəfdaşlar',
};

export function siteWords(language: BulletinLanguage): SiteWords {
  return language === 'az' ? AZ : EN;
}
