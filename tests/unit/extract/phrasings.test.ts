import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../functions/domain/extract/agreements.js';
import { extractPlaces } from '../../../functions/domain/extract/figures.js';
import { buildSummary } from '../../../functions/domain/extract/headline.js';
import { extractOrganizations as organizationsOf } from '../../../functions/domain/extract/organizations/organizations.js';
import { extractPeople } from '../../../functions/domain/extract/people.js';

// Phrasings met in reports beyond the first samples: a document named after the framework it serves, a
// dateline in front of a role, a role that ends in a conjunction's second half, declined Russian words.

describe('a document signed under a named framework', () => {
  it('counts the Azerbaijani document that follows "... proqramı üzrə"', () => {
    const text =
      'Bildirilib ki, Lodz Universiteti ilə Gəncə Dövlət Universiteti arasında ikili diplom proqramı üzrə saziş imzalanıb.';
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'agreement', count: 1 }]);
  });

  it('counts the Russian document that follows "в рамках программы"', () => {
    const text = 'В рамках программы академической мобильности подписано соглашение о сотрудничестве.';
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'agreement', count: 1 }]);
  });

  it('still counts the framework itself as nothing', () => {
    expect(extractAgreements('Layihə çərçivəsində üç memorandum imzalanıb.', '2026-11-20')).toEqual([
      { type: 'memorandum', count: 3 },
    ]);
    expect(
      extractAgreements('The universities signed a protocol under the Erasmus+ programme.', '2026-11-20'),
    ).toEqual([{ type: 'protocol', count: 1 }]);
  });
});

describe('roles', () => {
  it('does not take a dateline in front of the role into it', () => {
    const text =
      'Ganja, 2 December 2026 – Deputy Minister of Science and Education Firudin Gurbanov opened the new laboratory.';
    expect(extractPeople(text, 'en')).toEqual([
      { name: 'Firudin Gurbanov', role: 'Deputy Minister of Science and Education' },
    ]);
  });

  it('keeps the last word of a role that ends in "and ..." before the name', () => {
    const text =
      "The delegation was led by Korea's Vice-Minister of Science and ICT Park Ji-hoon, who visited two universities.";
    const [person] = extractPeople(text, 'en');
    expect(person?.role).toBe("Korea's Vice-Minister of Science and ICT");
    expect(person?.name).toBe('Park Ji-hoon');
  });

  it.each([
    {
      why: 'the institution that owns an Azerbaijani role, stopping at the name before "və"',
      language: 'az' as const,
      text: 'Görüşdə Yaponiyanın səfiri Taro Sato və ADA Universitetinin rektoru Fariz İsmayılzadə iştirak ediblər.',
      person: { name: 'Fariz İsmayılzadə', role: 'ADA Universitetinin rektoru' },
    },
    {
      why: 'a company in front of the role word',
      language: 'en' as const,
      text: 'The memorandum was signed by Rector Elmar Qasimov and Samsung Azerbaijan Director Kim Min-jun.',
      person: { name: 'Kim Min-jun', role: 'Samsung Azerbaijan Director' },
    },
    {
      why: 'an Azerbaijani "Milli" in front of the role word, not the clause before it',
      language: 'az' as const,
      text: 'Sənədi Türkiyə tərəfindən isə Milli Təhsil nazirinin müavini Ayşe Demir imzalayıb.',
      person: { name: 'Ayşe Demir', role: 'Milli Təhsil nazirinin müavini' },
    },
  ])('keeps $why', ({ language, text, person }) => {
    expect(extractPeople(text, language)).toContainEqual(person);
  });

  it('gives a Russian role in the nominative, with the name in the nominative too', () => {
    const text =
      'Министр встретился с послом Австрии в Азербайджане Стефаном Шмидтом и обсудил обмен студентами.';
    expect(extractPeople(text, 'ru')).toContainEqual({
      name: 'Стефан Шмидт',
      role: 'Посол Австрии в Азербайджане',
    });
    const deputy = 'Документ подписан заместителем министра образования Грузии Георгием Аментели.';
    expect(extractPeople(deputy, 'ru')[0]?.role).toBe('Заместитель министра образования Грузии');
  });
});

describe('places', () => {
  it('finds Russian city names in their declined forms', () => {
    expect(extractPlaces('Заседание комиссии прошло в Астане, следующее пройдёт в Казани.').sort()).toEqual([
      'Astana',
      'Kazan',
    ]);
    expect(extractPlaces('Делегация вернулась из Варшавы.')).toEqual(['Warsaw']);
  });

  it('does not take a common word for a short city name', () => {
    expect(extractPlaces('Доход университетов вырос.')).toEqual([]);
  });
});

describe('summaries', () => {
  it('start after the dateline, in each language', () => {
    expect(
      buildSummary(
        'Ganja, 2 December 2026 – Rectors of six universities opened a joint engineering school in Ganja.',
      ),
    ).toBe('Rectors of six universities opened a joint engineering school in Ganja.');
    expect(
      buildSummary('Гянджа, 2 декабря 2026 года. Ректоры шести университетов открыли совместную школу.'),
    ).toBe('Ректоры шести университетов открыли совместную школу.');
    expect(
      buildSummary(
        'Gəncə, 2 dekabr 2026-cı il. Altı universitetin rektorları birgə mühəndislik məktəbi açıb.',
      ),
    ).toBe('Altı universitetin rektorları birgə mühəndislik məktəbi açıb.');
  });

  it('keep a lead that opens with a place and a comma but no date', () => {
    const lead = 'However, 20 students from Ganja will spend the next summer at a school in Japan.';
    expect(buildSummary(lead)).toBe(lead);
  });
});

const extractOrganizations = (text: string, language: 'en' | 'az' | 'ru' = 'en') =>
  organizationsOf(text, language).map((o) => o.name);

describe('organizations', () => {
  it('keeps a university whose own name holds "and" whole, in English and Azerbaijani', () => {
    const en = extractOrganizations(
      'Rectors of Azerbaijan State Oil and Industry University and Gdańsk University of Technology met.',
    );
    expect(en).toContain('Azerbaijan State Oil and Industry University');
    expect(en).not.toContain('Industry University');
    // As written (in the genitive), with its Azerbaijani display name in the base form.
    const az = organizationsOf('Azərbaycan Dövlət Neft və Sənaye Universitetinin rektoru çıxış edib.', 'az');
    expect(az.map((o) => [o.name, o.az])).toEqual([
      ['Azərbaycan Dövlət Neft və Sənaye Universitetinin', 'Azərbaycan Dövlət Neft və Sənaye Universiteti'],
    ]);
    const ru = extractOrganizations(
      'Азербайджанский государственный университет нефти и промышленности подписал меморандум.',
      'ru',
    );
    expect(ru).toEqual(['Азербайджанский государственный университет нефти и промышленности']);
  });

  it('joins the fields an institution name coordinates, and nothing else', () => {
    expect(
      extractOrganizations(
        'A delegation of the Daejeon Institute of Science and Technology arrived in Baku.',
      ),
    ).toEqual(['Daejeon Institute of Science and Technology']);
    expect(
      extractOrganizations(
        'Bakı Mühəndislik Universiteti ilə Koreya Elm və Texnologiya İnstitutu görüşüb.',
        'az',
      ),
    ).toEqual(['Bakı Mühəndislik Universiteti', 'Koreya Elm və Texnologiya İnstitutu']);
  });

  it('does not join a company and a university named side by side', () => {
    const names = extractOrganizations('Microsoft and ADA University opened a cloud laboratory.');
    expect(names).toContain('Microsoft');
    expect(names).toContain('ADA University');
    expect(names.some((n) => n.includes(' and '))).toBe(false);
  });
});
