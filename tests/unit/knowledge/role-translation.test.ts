import { describe, expect, it } from 'vitest';
import {
  capitalizeAz,
  genitive,
  locativeAttribute,
  possessive,
} from '../../../functions/domain/knowledge/az-grammar.js';
import { translateRole } from '../../../functions/domain/knowledge/role-translation.js';

const CYRILLIC = /[\u0400-\u04ff]/u;
type Lang = 'en' | 'az' | 'ru';

// Roles as the extractor writes them, with their English and Azerbaijani display forms.
const ROLES: [Lang, string, string, string][] = [
  ['en', 'Minister of Science and Education', 'Minister of Science and Education', 'Elm və təhsil naziri'],
  [
    'en',
    "Azerbaijan's Minister of Science and Education",
    'Minister of Science and Education of Azerbaijan',
    'Azərbaycanın elm və təhsil naziri',
  ],
  [
    'en',
    'Chairman of the Council of Higher Education of Türkiye',
    'Chairman of the Council of Higher Education of Türkiye',
    'Türkiyənin Ali Təhsil Şurasının sədri',
  ],
  ['en', 'Rector of ADA University', 'Rector of ADA University', 'ADA Universitetinin rektoru'],
  [
    'en',
    "China's Ambassador to Azerbaijan",
    'Ambassador of China to Azerbaijan',
    'Çinin Azərbaycandakı səfiri',
  ],
  [
    'en',
    "Ambassador of the People's Republic of China to Azerbaijan",
    'Ambassador of China to Azerbaijan',
    'Çinin Azərbaycandakı səfiri',
  ],
  ['en', 'Vice-Rector of ADA University', 'Vice-Rector of ADA University', 'ADA Universitetinin prorektoru'],
  [
    'en',
    'Rector of Baku State University',
    'Rector of Baku State University',
    'Bakı Dövlət Universitetinin rektoru',
  ],
  [
    'en',
    'Rector of Kazan Federal University',
    'Rector of Kazan Federal University',
    'Kazan Federal Universitetinin rektoru',
  ],
  ['en', 'Director-General for Education', 'Director-General for Education', 'Təhsil üzrə baş direktor'],
  ['en', 'Azerbaijani Deputy Minister', 'Deputy Minister of Azerbaijan', 'Azərbaycanın nazir müavini'],
  [
    'en',
    'Hungarian Deputy Minister of Culture and Innovation',
    'Deputy Minister of Culture and Innovation of Hungary',
    'Macarıstanın mədəniyyət və innovasiya nazirinin müavini',
  ],
  [
    'en',
    'Director of the British Council Azerbaijan',
    'Director of the British Council in Azerbaijan',
    'Britaniya Şurasının Azərbaycandakı direktoru',
  ],
  [
    'en',
    'Samsung Azerbaijan Director',
    'Director of Samsung in Azerbaijan',
    'Samsung-un Azərbaycandakı direktoru',
  ],
  ['en', 'minister', 'Minister', 'Nazir'],
  ['en', 'Georgian Education Minister', 'Minister of Education of Georgia', 'Gürcüstanın təhsil naziri'],
  [
    'en',
    'Honorary Consul of Hungary in Ganja',
    'Honorary Consul of Hungary in Ganja',
    'Macarıstanın Gəncədəki fəxri konsulu',
  ],
  [
    'en',
    'Rector of the University of Oxford',
    'Rector of the University of Oxford',
    'Oxford Universitetinin rektoru',
  ],
  ['en', 'UNESCO Director-General', 'Director-General of UNESCO', 'YUNESKO-nun baş direktoru'],
  [
    'en',
    'Acting Rector of Khazar University',
    'Acting Rector of Khazar University',
    'Xəzər Universitetinin rektoru vəzifəsini icra edən',
  ],
  ['az', 'Elm və təhsil naziri', 'Minister of Science and Education', 'Elm və təhsil naziri'],
  [
    'az',
    'Gürcüstanın təhsil, elm və gənclərlə iş üzrə nazirinin birinci müavini',
    'First Deputy Minister of Education, Science and Youth of Georgia',
    'Gürcüstanın təhsil, elm və gənclər nazirinin birinci müavini',
  ],
  ['az', 'BMU-nun rektoru', 'Rector of BEU', 'BMU-nun rektoru'],
  ['az', 'Universitetin rektoru', 'Rector of the University', 'Universitetin rektoru'],
  ['az', 'ADA Universitetinin rektoru', 'Rector of ADA University', 'ADA Universitetinin rektoru'],
  ['az', 'Xəzər Universitetinin rektoru', 'Rector of Khazar University', 'Xəzər Universitetinin rektoru'],
  ['az', 'Azerbaycandaki sefiri', 'Ambassador to Azerbaijan', 'Azərbaycandakı səfir'],
  ['az', 'Nazir muavini', 'Deputy Minister', 'Nazir müavini'],
  [
    'az',
    'Qazaxıstanın elm və ali təhsil naziri',
    'Minister of Science and Higher Education of Kazakhstan',
    'Qazaxıstanın elm və ali təhsil naziri',
  ],
  [
    'az',
    'Türkiyə Respublikasının Milli Təhsil naziri',
    'Minister of National Education of Türkiye',
    'Türkiyənin milli təhsil naziri',
  ],
  [
    'az',
    'Milli Təhsil nazirinin müavini',
    'Deputy Minister of National Education',
    'Milli təhsil nazirinin müavini',
  ],
  [
    'az',
    'Səudiyyə Ərəbistanının Azərbaycandakı səfiri',
    'Ambassador of Saudi Arabia to Azerbaijan',
    'Səudiyyə Ərəbistanının Azərbaycandakı səfiri',
  ],
  [
    'az',
    'Coursera-nın Avropa, Yaxın Şərq və Afrika üzrə icraçı direktoru',
    'Executive Director of Coursera for Europe, the Middle East and Africa',
    'Coursera-nın Avropa, Yaxın Şərq və Afrika üzrə icraçı direktoru',
  ],
  [
    'az',
    'ADA Universitetinin tədris işləri üzrə prorektoru',
    'Vice-Rector for Academic Affairs of ADA University',
    'ADA Universitetinin tədris işləri üzrə prorektoru',
  ],
  [
    'az',
    'Elm və Təhsil Nazirliyinin beynəlxalq əməkdaşlıq şöbəsinin müdiri',
    'Head of the Department of International Cooperation of the Ministry of Science and Education',
    'Elm və Təhsil Nazirliyinin Beynəlxalq Əməkdaşlıq Şöbəsinin rəhbəri',
  ],
  ['az', 'AMEA-nın akademiki', 'Academician of ANAS', 'AMEA-nın akademiki'],
  ['az', 'Prezidentin köməkçisi', 'Assistant to the President', 'Prezidentin köməkçisi'],
  ['az', 'icraçı direktor', 'Executive Director', 'İcraçı direktor'],
  [
    'az',
    'Çin Xalq Respublikasının Azərbaycandakı səfiri',
    'Ambassador of China to Azerbaijan',
    'Çinin Azərbaycandakı səfiri',
  ],
  [
    'az',
    'Cin Xalq Respublikasinin Azerbaycandaki sefiri',
    'Ambassador of China to Azerbaijan',
    'Çinin Azərbaycandakı səfiri',
  ],
  [
    'az',
    'Respublikasinin Azerbaycandaki sefiri',
    'Ambassador of the Republic to Azerbaijan',
    'Respublikanın Azərbaycandakı səfiri',
  ],
  ['az', 'Universitet rektoru', 'Rector of the University', 'Universitetin rektoru'],
  ['az', 'YÖK-ün sədri', 'Chairman of YÖK', 'YÖK-ün sədri'],
  [
    'ru',
    'Министр науки и образования Азербайджана',
    'Minister of Science and Education of Azerbaijan',
    'Azərbaycanın elm və təhsil naziri',
  ],
  [
    'ru',
    'Министр образования, науки и молодежи Грузии',
    'Minister of Education, Science and Youth of Georgia',
    'Gürcüstanın təhsil, elm və gənclər naziri',
  ],
  [
    'ru',
    'Председатель Совета высшего образования Турции',
    'Chairman of the Council of Higher Education of Türkiye',
    'Türkiyənin Ali Təhsil Şurasının sədri',
  ],
  ['ru', 'Посол КНР в Азербайджане', 'Ambassador of China to Azerbaijan', 'Çinin Azərbaycandakı səfiri'],
  [
    'ru',
    'Посол Китайской Народной Республики в Азербайджане',
    'Ambassador of China to Azerbaijan',
    'Çinin Azərbaycandakı səfiri',
  ],
  [
    'ru',
    'Помощник Президента Азербайджана',
    'Assistant to the President of Azerbaijan',
    'Azərbaycanın Prezidentinin köməkçisi',
  ],
  ['ru', 'Мэр Баку', 'Mayor of Baku', 'Bakının meri'],
  [
    'ru',
    'Исполнительный директор Coursera по Европе, Ближнему Востоку и Африке',
    'Executive Director of Coursera for Europe, the Middle East and Africa',
    'Coursera-nın Avropa, Yaxın Şərq və Afrika üzrə icraçı direktoru',
  ],
  ['ru', 'Ректор университета', 'Rector of the University', 'Universitetin rektoru'],
  ['ru', 'Генеральный директор ИСЕСКО', 'Director-General of ICESCO', 'İSESKO-nun baş direktoru'],
  [
    'ru',
    'Ректор Бакинского государственного университета',
    'Rector of Baku State University',
    'Bakı Dövlət Universitetinin rektoru',
  ],
  ['ru', 'Ректор университета ADA', 'Rector of ADA University', 'ADA Universitetinin rektoru'],
  [
    'ru',
    'Посол Саудовской Аравии в Азербайджане',
    'Ambassador of Saudi Arabia to Azerbaijan',
    'Səudiyyə Ərəbistanının Azərbaycandakı səfiri',
  ],
  [
    'ru',
    'Посол США в Азербайджане',
    'Ambassador of the United States to Azerbaijan',
    'ABŞ-ın Azərbaycandakı səfiri',
  ],
  [
    'ru',
    'Проректор по международным связям Бакинского государственного университета',
    'Vice-Rector for International Relations of Baku State University',
    'Bakı Dövlət Universitetinin beynəlxalq əlaqələr üzrə prorektoru',
  ],
  ['ru', 'И.о. ректора АзТУ', 'Acting Rector of AzTU', 'AzTU-nun rektoru vəzifəsini icra edən'],
  [
    'ru',
    'Вице-министр образования КНР',
    'Vice-Minister of Education of China',
    'Çinin təhsil nazirinin müavini',
  ],
  [
    'ru',
    'Бывший министр образования Казахстана',
    'Former Minister of Education of Kazakhstan',
    'Qazaxıstanın sabiq təhsil naziri',
  ],
  ['ru', 'Министр по делам молодежи и спорта', 'Minister of Youth and Sports', 'Gənclər və idman naziri'],
];

describe('roles as the extractor writes them', () => {
  it.each(ROLES)('%s "%s"', (from, role, en, az) => {
    expect(translateRole(role, from, 'en')).toBe(en);
    expect(translateRole(role, from, 'az')).toBe(az);
  });
});

// Heads x modifiers x fields x owners, each written in English and in Russian: English is canonical and
// stable, the Azerbaijani form reads back to the same English, and Russian gives the same two forms.
interface Head {
  en: string;
  ru: [string, string];
  fields?: boolean;
}
const HEADS: Head[] = [
  { en: 'Minister', ru: ['Министр', 'министра'], fields: true },
  { en: 'Director', ru: ['Директор', 'директора'], fields: true },
  { en: 'Rector', ru: ['Ректор', 'ректора'] },
  { en: 'Chairman', ru: ['Председатель', 'председателя'] },
  { en: 'Head', ru: ['Глава', 'главы'] },
  { en: 'Director-General', ru: ['Генеральный директор', 'генерального директора'] },
  { en: 'Ambassador', ru: ['Посол', 'посла'] },
  { en: 'President', ru: ['Президент', 'президента'] },
  { en: 'Dean', ru: ['Декан', 'декана'] },
];
const MODIFIERS: { en: string; ru: (h: Head) => string }[] = [
  { en: '', ru: (h) => h.ru[0] },
  { en: 'Deputy ', ru: (h) => `Заместитель ${h.ru[1]}` },
  { en: 'First Deputy ', ru: (h) => `Первый заместитель ${h.ru[1]}` },
  { en: 'Acting ', ru: (h) => `Исполняющий обязанности ${h.ru[1]}` },
  { en: 'Former ', ru: (h) => `Бывший ${h.ru[0].toLowerCase()}` },
];
const FIELDS = [
  { en: '', ru: '' },
  { en: ' of Education', ru: ' образования' },
  { en: ' of Science and Education', ru: ' науки и образования' },
  { en: ' of Education, Science and Youth', ru: ' образования, науки и молодежи' },
];
// The owner's Azerbaijani genitive: vowel harmony (ın/in/un/ün), the buffer n after a vowel.
const OWNERS = [
  { en: '', ru: '', az: '' },
  { en: ' of Georgia', ru: ' Грузии', az: 'Gürcüstanın ' },
  { en: ' of Türkiye', ru: ' Турции', az: 'Türkiyənin ' },
  { en: ' of China', ru: ' Китая', az: 'Çinin ' },
  { en: ' of Kazakhstan', ru: ' Казахстана', az: 'Qazaxıstanın ' },
  { en: ' of Russia', ru: ' России', az: 'Rusiyanın ' },
  { en: ' of Saudi Arabia', ru: ' Саудовской Аравии', az: 'Səudiyyə Ərəbistanının ' },
  { en: ' of Uzbekistan', ru: ' Узбекистана', az: 'Özbəkistanın ' },
  { en: ' of ADA University', ru: ' университета ADA', az: 'ADA Universitetinin ' },
  {
    en: ' of the National Academy of Sciences',
    ru: ' Национальной академии наук',
    az: 'Milli Elmlər Akademiyasının ',
  },
  {
    en: ' of Baku State University',
    ru: ' Бакинского государственного университета',
    az: 'Bakı Dövlət Universitetinin ',
  },
];

const COMBINATIONS = HEADS.flatMap((head) =>
  MODIFIERS.flatMap((mod) =>
    (head.fields ? FIELDS : FIELDS.slice(0, 1)).flatMap((field) =>
      OWNERS.map((owner) => ({
        en: `${mod.en}${head.en}${field.en}${owner.en}`,
        ru: `${mod.ru(head)}${field.ru}${owner.ru}`,
        owner: owner.az,
      })),
    ),
  ),
);

describe('heads x modifiers x fields x owners', () => {
  it.each(COMBINATIONS)('$en', ({ en, ru, owner }) => {
    expect(translateRole(en, 'en', 'en')).toBe(en);
    const az = translateRole(en, 'en', 'az');
    expect(az.startsWith(owner)).toBe(true);
    expect(az).not.toMatch(CYRILLIC);
    expect(translateRole(az, 'az', 'en')).toBe(en);
    expect(translateRole(az, 'az', 'az')).toBe(az);
    expect(translateRole(ru, 'ru', 'en')).toBe(en);
    expect(translateRole(ru, 'ru', 'az')).toBe(az);
  });
});

describe('Azerbaijani morphology', () => {
  it.each([
    ['Gürcüstan', 'Gürcüstanın'],
    ['Türkiyə', 'Türkiyənin'],
    ['Çin', 'Çinin'],
    ['Qazaxıstan', 'Qazaxıstanın'],
    ['Rusiya', 'Rusiyanın'],
    ['Səudiyyə Ərəbistanı', 'Səudiyyə Ərəbistanının'],
    ['Özbəkistan', 'Özbəkistanın'],
    ['Türk', 'Türkün'],
    ['Kabul', 'Kabulun'],
    ['Tokio', 'Tokionun'],
    ['Bakı', 'Bakının'],
    ['ADA Universiteti', 'ADA Universitetinin'],
    ['Milli Elmlər Akademiyası', 'Milli Elmlər Akademiyasının'],
    ['Universitet', 'Universitetin'],
    ['Birləşmiş Krallıq', 'Birləşmiş Krallığın'],
    ['Nazirlik', 'Nazirliyin'],
    ['BMU', 'BMU-nun'],
    ['ABŞ', 'ABŞ-ın'],
    ['BƏƏ', 'BƏƏ-nin'],
    ['UNEC', 'UNEC-in'],
    ['MDB', 'MDB-nin'],
  ])('genitive of %s is %s', (noun, form) => {
    expect(genitive(noun)).toBe(form);
  });

  it('puts a foreign name’s suffix after a hyphen', () => {
    expect(genitive('Coursera', true)).toBe('Coursera-nın');
    expect(genitive('Samsung', true)).toBe('Samsung-un');
    expect(genitive('Huawei', true)).toBe('Huawei-nin');
  });

  it.each([
    ['nazir', 'naziri'],
    ['rektor', 'rektoru'],
    ['sədr', 'sədri'],
    ['başçı', 'başçısı'],
    ['üzv', 'üzvü'],
    ['dekan', 'dekanı'],
    ['Şura', 'Şurası'],
    ['Komitə', 'Komitəsi'],
    ['Nazirlik', 'Nazirliyi'],
    ['Fond', 'Fondu'],
    ['Elm və Təhsil Nazirlik', 'Elm və Təhsil Nazirliyi'],
  ])('possessive of %s is %s', (noun, form) => {
    expect(possessive(noun)).toBe(form);
  });

  it.each([
    ['Azərbaycan', 'Azərbaycandakı'],
    ['Türkiyə', 'Türkiyədəki'],
    ['Çin', 'Çindəki'],
    ['Gəncə', 'Gəncədəki'],
    ['Rusiya', 'Rusiyadakı'],
    ['ABŞ', 'ABŞ-dakı'],
    ['Səudiyyə Ərəbistanı', 'Səudiyyə Ərəbistanındakı'],
  ])('posting in %s is %s', (place, form) => {
    expect(locativeAttribute(place)).toBe(form);
  });

  it('capitalizes with the dotted İ', () => {
    expect(capitalizeAz('icraçı direktor')).toBe('İcraçı direktor');
    expect(translateRole('Director of the Institute of Physics', 'en', 'az')).toBe(
      'Fizika İnstitutunun direktoru',
    );
  });
});

describe('words the lexicon does not know', () => {
  it.each([
    ['ru', 'Наставник группы волонтеров'],
    ['ru', 'Советник-посланник посольства Грузии'],
    ['ru', 'Главный специалист отдела Министерства науки и образования'],
    ['ru', 'Сотрудник лаборатории'],
    ['ru', 'Ректор Западно-Каспийского университета'],
    ['en', 'Ophthalmologist'],
    ['en', 'Vice-Chairman of the State Committee for Work with Diaspora'],
    ['az', 'Həkim'],
    ['az', 'Putinin köməkçisi'],
  ] as const)('%s "%s" comes out in Latin letters only', (from, role) => {
    for (const to of ['en', 'az'] as const) {
      const out = translateRole(role, from, to);
      expect(out).not.toMatch(CYRILLIC);
      expect(out.length).toBeGreaterThan(0);
    }
  });

  it('keeps the unknown parts as written and translates the known ones', () => {
    expect(translateRole('Ophthalmologist', 'en', 'az')).toBe('Ophthalmologist');
    expect(translateRole('Putinin köməkçisi', 'az', 'en')).toBe('Assistant to Putin');
    expect(translateRole('Ректор Западно-Каспийского университета', 'ru', 'en')).toBe(
      'Rector of Zapadno-Kaspiyskogo University',
    );
    expect(translateRole('Министр экологии Казахстана', 'ru', 'en')).toBe(
      'Minister of Ekologii of Kazakhstan',
    );
    expect(translateRole('Министр экологии Казахстана', 'ru', 'az')).toBe('Qazaxıstanın ekologii naziri');
    expect(translateRole('Ekologiya naziri', 'az', 'en')).toBe('Minister of Ekologiya');
    expect(translateRole('Макроэкономический советник', 'ru', 'en')).toBe('Makroekonomicheskiy Adviser');
    expect(translateRole('Həkim', 'az', 'en')).toBe('Həkim');
    expect(translateRole('Vice-Chairman of the State Committee for Work with Diaspora', 'en', 'en')).toBe(
      'Vice-Chairman of the State Committee for Work with Diaspora',
    );
  });

  it('returns nothing for no role', () => {
    expect(translateRole('', 'en', 'az')).toBe('');
    expect(translateRole('   ', 'ru', 'en')).toBe('');
  });
});

describe('the organizationName hook', () => {
  it('names owner organizations from the knowledge base and inflects them', () => {
    const seen: string[] = [];
    const hook = (name: string, to: 'en' | 'az') => {
      seen.push(`${to}:${name}`);
      if (name === 'BMU')
        return to === 'en' ? 'Baku Engineering University' : 'Bakı Mühəndislik Universiteti';
      return null;
    };
    expect(translateRole('BMU-nun rektoru', 'az', 'en', hook)).toBe('Rector of Baku Engineering University');
    expect(translateRole('BMU-nun rektoru', 'az', 'az', hook)).toBe(
      'Bakı Mühəndislik Universitetinin rektoru',
    );
    expect(seen).toEqual(['en:BMU', 'az:BMU']);
  });

  it('receives the words as written (nominative where the parser can tell)', () => {
    const seen: string[] = [];
    const hook = (name: string) => {
      seen.push(name);
      return null;
    };
    translateRole('Rector of ADA University', 'en', 'az', hook);
    translateRole('ADA Universitetinin rektoru', 'az', 'en', hook);
    translateRole('Ректор университета ADA', 'ru', 'en', hook);
    translateRole('Samsung Azerbaijan Director', 'en', 'en', hook);
    expect(seen).toEqual(['ADA University', 'ADA Universiteti', 'университета ADA', 'Samsung']);
  });

  it('never lets a hook answer bring Cyrillic or a foreign name without its hyphen', () => {
    const hook = (_: string, to: 'en' | 'az') => (to === 'en' ? 'Университет ADA' : 'Coursera');
    expect(translateRole('Rector of ADA University', 'en', 'en', hook)).toBe('Rector of Universitet ADA');
    expect(translateRole('Director of Coursera', 'en', 'az', hook)).toBe('Coursera-nın direktoru');
  });
});

// Speed is a benchmark's business (`npm run bench:extract` prints the time per role), not a test's.
