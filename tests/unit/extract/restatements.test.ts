import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../functions/domain/extract/agreements.js';
import { extractEventDate } from '../../../functions/domain/extract/event-date.js';

describe('agreements restated in the same article', () => {
  it('counts a number given in the headline and again in the lead once', () => {
    const text = `Universities of Georgia and Azerbaijan sign 8 memoranda

Eight memoranda of understanding were signed in Tbilisi on Monday by rectors of the two countries.

One of the 8 memoranda signed provides for a joint master's programme in geology.`;
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'memorandum', count: 8 }]);
  });

  it('does not add a headline without a number to the document the lead reports', () => {
    const text = `Azərbaycan və Gürcüstan müəllim hazırlığı üzrə protokol imzalayıb

Noyabrın 17-də Tbilisidə iki nazirlik arasında müəllim hazırlığı sahəsində əməkdaşlığa dair protokol imzalanıb.`;
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'protocol', count: 1 }]);
  });

  it('still adds separate single signings reported in separate sentences', () => {
    const text = `On 17 November a memorandum was signed with the University of Tartu.

On the same day, a memorandum was signed with Tallinn University of Technology as well.`;
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'memorandum', count: 2 }]);
  });

  it('reads the headline when the body names no signed document', () => {
    const text = `Azerbaijan and Estonia sign agreement on digital schools

The ministers discussed the next steps of the digital school project in Baku.`;
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'agreement', count: 1 }]);
  });
});

describe('the date of an older report', () => {
  it('is taken from its dateline, however long before the upload', () => {
    const text =
      'Baku, 3 February 2025. Rectors of Azerbaijani and Polish universities met to discuss exchanges.';
    expect(extractEventDate(text, '2026-11-20', null)).toBe('2025-02-03');
  });

  it('is not invented from a year-less date far in the past or a date recalled in the body', () => {
    const text =
      'The programme, launched in 2019, was reviewed. The next meeting will be held in Warsaw in 2027.';
    expect(extractEventDate(text, '2026-11-20', null)).toBeNull();
  });
});

describe('roles in Azerbaijani and Russian', () => {
  it('keeps coordinated words of a role and stops at the clause before it', async () => {
    const { extractPeople } = await import('../../../functions/domain/extract/people.js');
    const az = extractPeople(
      'Noyabrın 12-də elm və təhsil naziri Emin Əmrullayev Bakıda səfərdə olan Gürcüstanın təhsil naziri Giorgi Amilaxvari ilə görüşüb.',
      'az',
    );
    expect(az.map((p) => p.role)).toEqual(['Elm və təhsil naziri', 'Gürcüstanın təhsil naziri']);
    const ru = extractPeople(
      'На встрече присутствовал заместитель министра науки и образования Рауф Гаджиев.',
      'ru',
    );
    expect(ru[0]?.role).toMatch(/^Заместитель министра науки и образования/);
  });
});

describe('denied signings and Russian counts', () => {
  it('counts nothing when the text says nothing was signed', () => {
    const text =
      'On 1 October the sides discussed robotics laboratories for 20 schools. No documents were signed.';
    expect(extractAgreements(text, '2026-10-03')).toEqual([]);
    expect(extractAgreements('Görüşdə heç bir sənəd imzalanmayıb.', '2026-10-03')).toEqual([]);
  });

  it('builds Russian headlines with the right noun form after a number', async () => {
    const { buildTitle } = await import('../../../functions/domain/extract/headline.js');
    const title = (count: number) =>
      buildTitle({
        language: 'ru',
        countries: ['UZ'],
        organizations: [],
        agreements: [{ type: 'memorandum', count }],
      });
    expect(title(3)).toMatch(/3 меморандума$/);
    expect(title(12)).toMatch(/12 меморандумов$/);
    expect(title(21)).toMatch(/21 меморандум$/);
    expect(title(1)).toMatch(/подписали меморандум$/);
  });
});

describe('datelines and Azerbaijani institution names', () => {
  it('finds the dateline of the lead below a headline', () => {
    const text = `Azerbaijani-Chinese cooperation in vocational education discussed

06.11.2024 – The minister met the ambassador of China. Two agreements were signed.`;
    expect(extractEventDate(text, '2026-12-05', null)).toBe('2024-11-06');
  });

  it('separates a foreign university from the host named before it', async () => {
    const { extractOrganizations } = await import(
      '../../../functions/domain/extract/organizations/organizations.js'
    );
    const text =
      'Dekabrın 3-də Bakı Dövlət Universitetində Türkiyənin Hacettepe Universiteti ilə birgə konfrans keçirilib.';
    const found = extractOrganizations(text, 'az');
    expect(found.map((o) => o.az)).toEqual(['Bakı Dövlət Universiteti', 'Hacettepe Universiteti']);
    expect(found.map((o) => o.en)).toEqual(['Baku State University', 'Hacettepe University']);
  });
});

describe('mixed sentences and names', () => {
  it('counts a new signing coordinated with a recalled one', () => {
    const text =
      'On March 12 the parties recalled the cooperation agreement signed in 2019 and signed a new memorandum on joint doctoral programmes.';
    expect(extractAgreements(text, '2026-03-20')).toEqual([{ type: 'memorandum', count: 1 }]);
  });

  it('returns Russian feminine names to the nominative and leaves regions out of names', async () => {
    const { extractPeople } = await import('../../../functions/domain/extract/people.js');
    const ru = extractPeople(
      'Министр науки и образования Эмин Амруллаев встретился с министром школьного образования Узбекистана Хилолой Умаровой.',
      'ru',
    );
    expect(ru.map((p) => p.name)).toContain('Хилола Умарова');
    const en = extractPeople(
      "The memorandum was signed by Microsoft's General Manager for Central and Eastern Europe, Caroline Hartmann.",
      'en',
    );
    expect(en.map((p) => p.name)).toEqual(['Caroline Hartmann']);
  });
});

describe('titles', () => {
  it("takes a plain-text file's own headline, skipping datelines and breadcrumbs", async () => {
    const { headlineOf } = await import('../../../functions/domain/extract/extract-metadata.js');
    const text = `Education | International cooperation | 10.11.2026

19 noyabr 2026, 16:20

Azerbaijani and Georgian universities sign 8 memoranda in Tbilisi

Tbilisi, 10 November 2026 – Eight memoranda were signed.`;
    expect(headlineOf(text)).toBe('Azerbaijani and Georgian universities sign 8 memoranda in Tbilisi');
    expect(
      headlineOf('On 28 November a ceremony was held in Nakhchivan for a new school project.'),
    ).toBeNull();
  });

  it('builds an English title with the right article', async () => {
    const { buildTitle } = await import('../../../functions/domain/extract/headline.js');
    const agreements = [{ type: 'agreement' as const, count: 1 }];
    expect(buildTitle({ language: 'en', countries: ['CN'], organizations: [], agreements })).toBe(
      'Azerbaijan and China sign an agreement',
    );
  });
});
