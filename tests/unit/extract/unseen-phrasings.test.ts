import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../functions/domain/extract/agreements.js';
import { extractCountries } from '../../../functions/domain/extract/countries.js';
import { extractPeople } from '../../../functions/domain/extract/people.js';

// Mechanisms that carry to reports the rules were not written from: a role after the name with an owner in
// the possessive, a person introduced by what they say, one person met in several case forms, institution
// words never taken for names, enumerations of countries, and unnumbered plurals of documents.

const names = (text: string, language: 'en' | 'az' | 'ru') =>
  extractPeople(text, language).map((p) => p.name);

describe('people introduced after their name', () => {
  it.each([
    [
      "Aigerim Sadykova, Kazakhstan's Vice-Minister of Science and Higher Education, opened the forum.",
      'Aigerim Sadykova',
    ],
    [
      "The talks were led by Tomas Berger, the university's Vice-Rector for Research, and the dean.",
      'Tomas Berger',
    ],
    ["Marco Ferri, Unicredit's Regional Director for Central Asia, spoke at the panel.", 'Marco Ferri'],
  ])('%s', (text, name) => {
    const found = extractPeople(text, 'en');
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(found[0]?.role).toMatch(/Minister|Rector|Director/u);
  });
});

describe('people introduced by what they say or do', () => {
  it.each([
    ['en', 'Nino Beridze said the programme would open next spring.', 'Nino Beridze'],
    ['az', 'Nino Beridze bildirib ki, proqram gələn il başlayacaq.', 'Nino Beridze'],
    ['ru', 'Нино Беридзе рассказала о планах на следующий год.', 'Нино Беридзе'],
  ] as const)('%s', (language, text, name) => {
    expect(names(text, language)).toEqual([name]);
  });

  it('does not take an institution before a verb for a person', () => {
    expect(names('Karabakh University said the building is ready.', 'en')).toEqual([]);
    expect(names('Гянджинский университет сообщил о наборе.', 'ru')).toEqual([]);
  });
});

describe('one person in several case forms', () => {
  it('keeps the base form when the text also has an inflected one (ru, az)', () => {
    const ru =
      'Председатель совета Томас Мюллер открыл заседание. Позже министр встретился с Томасом Мюллером в университете.';
    expect(names(ru, 'ru')).toEqual(['Томас Мюллер']);
    const az = 'Rektor Hans Deneken çıxış edib. Sonra nazir Hans Denekenlə görüşüb.';
    expect(names(az, 'az')).toEqual(['Hans Deneken']);
  });
});

describe('institution and place words are never names', () => {
  it.each([
    [
      'az',
      'Nümayəndə heyəti Qazaxıstan Respublikasında səfərdə olub, Gəncə Universitetinin rektoru Kamal Həsənov qonaqları qarşılayıb.',
    ],
    ['ru', 'Директор по Ближнему Востоку и Африке Джон Смит выступил на форуме.'],
  ] as const)('%s', (language, text) => {
    for (const name of names(text, language))
      expect(name).not.toMatch(/Respublika|Universitet|Ближн|Восток/u);
  });
});

describe('countries', () => {
  it('takes no partner from an enumeration of countries mentioned once', () => {
    const text =
      'Tech firm opens regional course\n\nThe company presented its results in Baku.\n\nIts director said he had recently been to Brazil, Canada and Japan, where he discussed skills.';
    expect(extractCountries(text, null)).toEqual([]);
  });

  it('still takes a single passing mention when nothing else names a partner', () => {
    const text =
      'Scholarship results announced\n\nThe fund announced its winners.\n\nOne of them will study in France.';
    expect(extractCountries(text, null)).toEqual(['FR']);
  });
});

describe('unnumbered plural documents', () => {
  it.each([
    [
      'az',
      'Universitet iki xarici universitetlə anlaşma memorandumları imzalayıb. Memorandumlar rektorlar tərəfindən ayrı-ayrılıqda imzalanıb.',
    ],
    ['en', 'The university signed memoranda with two partners. The memoranda were signed by the rectors.'],
    ['ru', 'Университет подписал меморандумы с двумя вузами. Меморандумы подписали ректоры.'],
  ])('%s: a plural spoken of again is not counted twice', (_language, text) => {
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'memorandum', count: 2 }]);
  });
});

describe('documents counted as written', () => {
  it.each([
    [
      'The two ministers signed three additional protocols to the agreement.',
      [{ type: 'protocol', count: 3 }],
    ],
    ['Some 40 cooperation documents were signed during the forum.', [{ type: 'other', count: 40 }]],
    ['Forum çərçivəsində 40-a yaxın əməkdaşlıq sənədi imzalanıb.', [{ type: 'other', count: 40 }]],
    ['Подписано около 40 документов о сотрудничестве.', [{ type: 'other', count: 40 }]],
    ['The sides signed a joint declaration on education.', [{ type: 'declaration', count: 1 }]],
    ['Стороны подписали совместную декларацию.', [{ type: 'declaration', count: 1 }]],
    ['Tərəflər arasında üç əlavə protokol imzalanıb.', [{ type: 'protocol', count: 3 }]],
  ])('%s', (text, expected) => {
    expect(extractAgreements(text, '2026-05-01')).toEqual(expected);
  });
});

describe('roles keep their owner', () => {
  it.each([
    [
      'en',
      "Uzbekistan's Ambassador to Azerbaijan Bakhrom Ashrafkhanov met the minister.",
      "Uzbekistan's Ambassador to Azerbaijan",
    ],
    ['az', 'Kutaisi universitetinin rektoru Giorgi Beridze çıxış edib.', 'Kutaisi universitetinin rektoru'],
    [
      'az',
      'KOICA-nın Azərbaycan ofisinin rəhbəri Kim Min Su çıxış edib.',
      'KOICA-nın Azərbaycan ofisinin rəhbəri',
    ],
  ] as const)('%s: %s', (language, text, role) => {
    expect(extractPeople(text, language)[0]?.role.toLowerCase()).toBe(role.toLowerCase());
  });
});
