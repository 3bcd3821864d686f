import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../functions/domain/extract/agreements.js';
import { extractMetadata } from '../../../functions/domain/extract/extract-metadata.js';
import { extractPeople } from '../../../functions/domain/extract/people.js';
import { findKnownOrganizations, findKnownPlaces } from '../../../functions/domain/knowledge/find-known.js';

// Organizations and people in constructions the first rules were not written from: names next to each
// other, possessive owners, declined Russian names, Azerbaijani postpositions after a document word.

const facts = (text: string, language: 'en' | 'az' | 'ru') =>
  extractMetadata({ text, title: null, dateHint: null, language, publishedAt: '2026-03-04' });

describe('a person next to an organization is not part of its name', () => {
  it.each([
    [
      'en',
      'On 3 March, Rector of Lublin University of Technology Zbigniew Pater visited Baku.',
      'Lublin University of Technology',
    ],
    [
      'az',
      'Mart 3-də Kenji Sato Hokkaydo Universitetinin elmi işlərindən danışıb. Rektor Kenji Sato qonaqları salamlayıb.',
      'Hokkaydo Universitetinin',
    ],
  ] as const)('%s', (language, text, organization) => {
    const { organizations, people } = facts(text, language);
    expect(organizations.map((o) => o.name)).toContain(organization);
    for (const o of organizations)
      for (const p of people) expect(o.name).not.toContain(p.name.split(' ').at(-1));
  });
});

describe('the owner of an organization', () => {
  it("names the country of a ministry given in the possessive (Hungary's Ministry of ...)", () => {
    const { organizations, countries } = facts(
      "The delegation held talks at Hungary's Ministry of Culture and Innovation on scholarships.",
      'en',
    );
    expect(organizations).toContainEqual({
      name: 'Ministry of Culture and Innovation',
      en: 'Ministry of Culture and Innovation of Hungary',
      az: 'Macarıstanın Mədəniyyət və İnnovasiya Nazirliyi',
      country: 'HU',
    });
    expect(countries).toEqual(['HU']);
  });
});

describe('known organizations in every case form', () => {
  it.each([
    ['Меморандум подписан с Гянджинским государственным университетом.', 'Ganja State University'],
    ['Делегация посетила Тбилисский государственный университет.', 'Tbilisi State University'],
    ['Nümayəndə heyəti Tbilisi Dövlət Universitetinə baş çəkib.', 'Tbilisi State University'],
    ['Sənəd TDU-nun rektoru ilə imzalanıb.', 'Tbilisi State University'],
  ])('%s', (text, en) => {
    expect(findKnownOrganizations(text).map((m) => m.entry.en)).toContain(en);
  });

  it('does not read a plural common noun as a name ("Koreya universitetləri")', () => {
    expect(findKnownOrganizations('Koreya universitetləri ilə əlaqələr genişlənir.')).toEqual([]);
  });
});

describe('people', () => {
  it('keeps a Georgian surname that never declines', () => {
    const [person] = extractPeople('Министр встретился с министром образования Грузии Гиви Миканадзе.', 'ru');
    expect(person?.name).toBe('Гиви Миканадзе');
  });

  it('never takes an Azerbaijani word of institution names for a name, but keeps a given name that looks like one', () => {
    const text =
      'Rektor Ramil Əliyev və Qaraqalpaq Dövlət Universitetinin rektoru Azamat Tleubergenov görüşüb. Sonra universitetin rektoru Ali Masmali ilə görüş keçirilib.';
    const names = extractPeople(text, 'az').map((p) => p.name);
    expect(names).not.toContain('Qaraqalpaq Dövlət');
    expect(names).toContain('Ali Masmali');
  });
});

describe('an Azerbaijani document word before a postposition is the subject, not the document', () => {
  it.each([
    ['Tərəflər arasında birgə proqramlara dair protokol imzalanıb.', [{ type: 'protocol', count: 1 }]],
    [
      'Anlaşma memorandumu, həmçinin ikili diplom proqramına dair protokol imzalanıb.',
      [
        { type: 'memorandum', count: 1 },
        { type: 'protocol', count: 1 },
      ],
    ],
  ])('%s', (text, expected) => {
    expect(extractAgreements(text, '2026-01-01')).toEqual(expected);
  });
});

describe('countries named with their real endings', () => {
  it.each([
    ['Görüşdə prorektor Francesco Rossi iştirak edib.', []],
    ['Italian universities opened a joint programme.', ['IT']],
    ['The Iranian ambassador visited Istanbul before Baku.', ['IR', 'TR']],
    ['Almaniyadakı universitetlər və Fransanın səfiri', ['DE', 'FR']],
    ['Gürcüstanlılar və Qazaxıstanla əməkdaşlıq', ['GE', 'KZ']],
  ])('%s', async (text, expected) => {
    const { extractCountries } = await import('../../../functions/domain/extract/countries.js');
    expect(extractCountries(text, null)).toEqual(expected);
  });
});

describe('names the knowledge base does not hold', () => {
  it('reads a Russian place adjective in any case as its place, once', () => {
    const text =
      'Делегация посетила Кутаисский университет. Ректор Кутаисского университета рассказал о планах.';
    const found = facts(text, 'ru').organizations.filter((o) => o.en.includes('University'));
    expect(found.map((o) => [o.en, o.country])).toEqual([['Kutaisi University', 'GE']]);
  });

  it('splits an Azerbaijani country owner off the name and keeps it as the country', () => {
    const text = 'Nümayəndə heyəti Koreya Respublikasının Çunqbuk Milli Universitetinin rektoru ilə görüşüb.';
    const org = facts(text, 'az').organizations.find((o) => o.en.includes('Chungbuk'));
    expect(org).toMatchObject({
      en: 'Chungbuk National University',
      az: 'Çunqbuk Milli Universiteti',
      country: 'KR',
    });
  });

  it('keeps a foreign name written with plain letters as it is in English', () => {
    const text = 'Bakı Dövlət Universiteti ilə Kocaeli Universiteti arasında memorandum imzalanıb.';
    expect(facts(text, 'az').organizations.map((o) => o.en)).toContain('Kocaeli University');
  });
});

describe('a known city names its country', () => {
  it.each([
    ['BDU Hefei şəhərindəki universitetdə mədəniyyət günü keçirib.', ['CN']],
    ['The rectors met in Kutaisi on Monday to sign a memorandum.', ['GE']],
  ])('%s', async (text, expected) => {
    const { extractCountries } = await import('../../../functions/domain/extract/countries.js');
    expect(extractCountries(text, null)).toEqual(expected);
  });
});

describe('a framework of several coordinated words before "üzrə"', () => {
  it('counts the document, not the programme it is about', () => {
    const text =
      'Görüşün sonunda birgə magistratura proqramı və doktorantların mübadiləsi üzrə əməkdaşlıq sazişi imzalanıb.';
    expect(extractAgreements(text, '2026-01-01')).toEqual([{ type: 'agreement', count: 1 }]);
  });
});

describe('a one-word place must stand whole', () => {
  it('does not read the surname Karaca as Karachi, and still reads declined places', () => {
    const places = findKnownPlaces(
      'Rektor Yusuf Karaca Bakıda, sonra Ankarada və Pekində olub; в Москве тоже.',
    );
    expect(places.map((p) => p.entry.en)).toEqual(['Baku', 'Ankara', 'Beijing', 'Moscow']);
  });
});
