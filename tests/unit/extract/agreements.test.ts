import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../functions/domain/extract/agreements.js';

// Which signed documents a report names, and how many: documents named after the framework they serve,
// counts restated in the headline and the lead, denials, Azerbaijani postpositions, unnumbered plurals.

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

  it('counts the document, not the programme it is about', () => {
    const text =
      'Görüşün sonunda birgə magistratura proqramı və doktorantların mübadiləsi üzrə əməkdaşlıq sazişi imzalanıb.';
    expect(extractAgreements(text, '2026-01-01')).toEqual([{ type: 'agreement', count: 1 }]);
  });
});

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

  it('counts a new signing coordinated with a recalled one', () => {
    const text =
      'On March 12 the parties recalled the cooperation agreement signed in 2019 and signed a new memorandum on joint doctoral programmes.';
    expect(extractAgreements(text, '2026-03-20')).toEqual([{ type: 'memorandum', count: 1 }]);
  });
});

describe('denied signings', () => {
  it('counts nothing when the text says nothing was signed', () => {
    const text =
      'On 1 October the sides discussed robotics laboratories for 20 schools. No documents were signed.';
    expect(extractAgreements(text, '2026-10-03')).toEqual([]);
    expect(extractAgreements('Görüşdə heç bir sənəd imzalanmayıb.', '2026-10-03')).toEqual([]);
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

describe('two documents coordinated with their own modifiers', () => {
  it.each([
    [
      'az',
      'Universitetlər arasında anlaşma memorandumu və müəllim hazırlığına dair saziş imzalanıb.',
      [
        { type: 'memorandum', count: 1 },
        { type: 'agreement', count: 1 },
      ],
    ],
    [
      'en',
      'The two institutes signed a memorandum of understanding on joint laboratories and an agreement on mobility.',
      [
        { type: 'memorandum', count: 1 },
        { type: 'agreement', count: 1 },
      ],
    ],
    [
      'ru',
      'Стороны подписали протокол о намерениях по открытию филиала и план мероприятий на 2027 год.',
      [
        { type: 'protocol', count: 1 },
        { type: 'programme', count: 1 },
      ],
    ],
  ])('%s: both count', (_language, text, expected) => {
    expect(extractAgreements(text, '2026-11-20')).toEqual(expected);
  });
});

describe('a document word in an organization name', () => {
  it('is not a document when the organization extractor found the name', () => {
    const text =
      'The Ministry and the United Nations Environment Programme signed a memorandum on green schools.';
    expect(extractAgreements(text, '2026-11-20', ['United Nations Environment Programme'])).toEqual([
      { type: 'memorandum', count: 1 },
    ]);
  });

  it('in Russian, in the case the text writes it', () => {
    const text =
      'Министерство и Программой развития ООН подписан план действий по цифровым навыкам учителей.';
    expect(extractAgreements(text, '2026-11-20', ['Программой развития ООН'])).toEqual([
      { type: 'programme', count: 1 },
    ]);
  });
});

describe('the same document spoken of again', () => {
  it.each([
    ['ru', 'Университеты подписали договор о двойных дипломах. Договор подписали проректоры обоих вузов.'],
    ['az', 'İki universitet arasında əməkdaşlıq sazişi imzalanıb. Sazişi rektorlar imzalayıblar.'],
  ])('%s: a document word opening the next sentence is the one already counted', (_language, text) => {
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'agreement', count: 1 }]);
  });

  it('a plural with a possessive ending is a plural ("sazişləri")', () => {
    expect(extractAgreements('Rektorlar əməkdaşlıq sazişlərini imzalayıblar.', '2026-11-20')).toEqual([
      { type: 'agreement', count: 2 },
    ]);
  });
});

describe('a date line above the headline', () => {
  it('is skipped, so the headline restating the lead is not counted again', () => {
    const text =
      '05.11.2026\n\nBDU Litva universiteti ilə müqavilə imzalayıb\n\nBakı Dövlət Universiteti ilə Vilnüs Universiteti arasında müqavilə imzalanıb.';
    expect(extractAgreements(text, '2026-11-05')).toEqual([{ type: 'agreement', count: 1 }]);
  });
});

describe('numbers and totals', () => {
  it('a number before the signing verb counts its subject, not the documents', () => {
    const text = 'Университеты трёх стран подписали меморандумы о совместных исследованиях.';
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'memorandum', count: 2 }]);
    expect(extractAgreements('The two sides signed protocols on research.', '2026-11-20')).toEqual([
      { type: 'protocol', count: 2 },
    ]);
  });

  it('a total of documents counts the one type named only in the plural', () => {
    const text = 'На форуме вузы подписали протоколы о сотрудничестве, всего 9 документов.';
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'protocol', count: 9 }]);
  });
});

describe('document words and tenses', () => {
  it('a contract is an agreement', () => {
    const text = 'The agency signed a contract with a Korean company for 300 laboratory kits.';
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'agreement', count: 1 }]);
  });

  it.each([
    'Nazir bildirib ki, tərəflər yaxın aylarda protokol imzalayacaqlar.',
    'Rektor əməkdaşlıq memorandumunun dekabrda imzalanacağını deyib.',
  ])('an Azerbaijani future is not a signing: %s', (text) => {
    expect(extractAgreements(text, '2026-11-20')).toEqual([]);
  });
});

describe('numbers of two words', () => {
  it.each([
    ['en', 'Universities of the two countries signed thirty-two memoranda at the forum.', 32],
    ['az', 'Forumda ali məktəblər arasında iyirmi beş memorandum imzalanıb.', 25],
    ['ru', 'На форуме вузы подписали сорок два меморандума.', 42],
  ])('%s: tens and units make one number', (_language, text, count) => {
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'memorandum', count }]);
  });

  it('do not mix languages: the English "on a" is no Azerbaijani ten and one', () => {
    const text = 'After the talks the ministers signed off on a joint declaration.';
    expect(extractAgreements(text, '2026-11-20')).toEqual([{ type: 'declaration', count: 1 }]);
  });
});
