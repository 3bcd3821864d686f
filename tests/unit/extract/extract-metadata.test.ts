import { describe, expect, it } from 'vitest';
import { extractMetadata, headlineOf } from '../../../functions/domain/extract/extract-metadata.js';

// The facts of one report taken together: organizations beside the people and countries found with them,
// names the knowledge base does not hold, and the headline of a plain-text file.

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

describe('the headline of a plain-text file', () => {
  it("takes a plain-text file's own headline, skipping datelines and breadcrumbs", () => {
    const text = `Education | International cooperation | 10.11.2026

19 noyabr 2026, 16:20

Azerbaijani and Georgian universities sign 8 memoranda in Tbilisi

Tbilisi, 10 November 2026 – Eight memoranda were signed.`;
    expect(headlineOf(text)).toBe('Azerbaijani and Georgian universities sign 8 memoranda in Tbilisi');
    expect(
      headlineOf('On 28 November a ceremony was held in Nakhchivan for a new school project.'),
    ).toBeNull();
  });
});

describe("a minister of a foreign region's government", () => {
  it('names the regional ministry and its country, not the federal one', () => {
    const { organizations, countries } = facts(
      'On 3 March, Rustam Galiev, Minister of Education and Science of the Republic of Bashkortostan, visited Baku State University.',
      'en',
    );
    expect(organizations.map((o) => [o.en, o.country])).toContainEqual([
      'Ministry of Education and Science of the Republic of Bashkortostan',
      'RU',
    ]);
    expect(countries).toContain('RU');
  });
});

describe('the country of a university heard by the sound of its city', () => {
  it('makes the country a partner although the text never names it', () => {
    const { countries, organizations } = facts(
      'Martın 3-də Xokkaydo Universitetinin alimləri Sumqayıt Dövlət Universitetində seminar keçiriblər.',
      'az',
    );
    expect(organizations.map((o) => [o.en, o.country])).toContainEqual(['Hokkaido University', 'JP']);
    expect(countries).toEqual(['JP']);
  });
});

describe('the country of a body named in passing', () => {
  const visit = 'On 3 March, a delegation of Kyoto University visited Baku Higher Oil School.';
  const ministers = 'The Japanese ambassador accompanied the guests.';
  it('is no partner when the report names its partners and the body stands only further down', () => {
    const later =
      'The rector recalled the school’s long partnership with the University of Oxford in chemistry.';
    const { countries, organizations } = facts([visit, ministers, later].join('\n\n'), 'en');
    expect(organizations.map((o) => o.en)).toContain('University of Oxford');
    expect(countries).toEqual(['JP']);
  });

  it('is a partner when the lead names the body', () => {
    const lead = 'On 3 March, delegations of Kyoto University and the University of Oxford visited Baku.';
    expect(facts([lead, ministers].join('\n\n'), 'en').countries).toEqual(['JP', 'GB']);
  });

  it('is a partner when the report names no country at all', () => {
    const text = [
      'On 3 March, a seminar took place at Baku Higher Oil School.',
      'Students presented their projects.',
      'Guests from the University of Oxford attended.',
    ].join('\n\n');
    expect(facts(text, 'en').countries).toEqual(['GB']);
  });
});

describe("a minister's ministry read in the text's own words", () => {
  it.each([
    [
      'ru',
      '3 марта в Баку министр просвещения Казахстана Гани Бейсембаев обсудил обмен учителями.',
      'Ministry of Enlightenment of Kazakhstan',
    ],
    [
      'az',
      'Martın 3-də İtaliyanın universitet və tədqiqat naziri Paola Rinaldi Bakıda rektorlarla görüşüb.',
      'Ministry of University and Research of Italy',
    ],
  ] as const)('%s', (language, text, ministry) => {
    const { organizations } = facts(text, language);
    expect(organizations.map((o) => o.en)).toContain(ministry);
    // One ministry, not also a half-translated one built from the role's English display form.
    expect(organizations.filter((o) => o.en.startsWith('Ministry'))).toHaveLength(1);
  });
});
