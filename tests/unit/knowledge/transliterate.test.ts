import { describe, expect, it } from 'vitest';
import {
  azerbaijaniToEnglish,
  cyrillicToLatin,
  toLatin,
  transliterateName,
} from '../../../functions/domain/knowledge/transliterate.js';

const CYRILLIC = /[\u0400-\u04ff]/u;

// Russian spellings as English reports print them: Azerbaijani, Turkic, Georgian, Chinese, Arabic names.
const RU_EN: [string, string][] = [
  ['Эмин Амруллаев', 'Emin Amrullayev'],
  ['Гиви Миканадзе', 'Givi Mikanadze'],
  ['Давид Гургенидзе', 'David Gurgenidze'],
  ['Мариам Лашхи', 'Mariam Lashkhi'],
  ['Лу Мэй', 'Lu Mei'],
  ['Салим бин Мухаммед Аль-Малик', 'Salim bin Muhammed Al-Malik'],
  ['Салим бин Мухаммад аль-Малик', 'Salim bin Muhammad al-Malik'],
  ['Ильхам Алиев', 'Ilham Aliyev'],
  ['Джейхун Байрамов', 'Jeyhun Bayramov'],
  ['Эльчин Бабаев', 'Elchin Babayev'],
  ['Саясат Нурбек', 'Sayasat Nurbek'],
  ['Хафиз Пашаев', 'Khafiz Pashayev'],
  ['Елена Ёлкина', 'Yelena Yolkina'],
  ['Сергей Лавров', 'Sergey Lavrov'],
  ['Михаил Мишустин', 'Mikhail Mishustin'],
  ['Илья Щукин', 'Ilya Shchukin'],
  ['Дарья Цой', 'Darya Tsoy'],
  ['Юрий Белый', 'Yuriy Bely'],
  ['Фариз Исмаилзаде', 'Fariz Ismailzade'],
  ['КНР', 'KNR'],
];

// The same names with Azerbaijani letters: no ə can be guessed (Амруллаев stays Amrullayev).
const RU_AZ: [string, string][] = [
  ['Эмин Амруллаев', 'Emin Amrullayev'],
  ['Гиви Миканадзе', 'Givi Mikanadze'],
  ['Мариам Лашхи', 'Mariam Laşxi'],
  ['Лу Мэй', 'Lu Mey'],
  ['Ильхам Алиев', 'İlham Aliyev'],
  ['Джейхун Байрамов', 'Ceyhun Bayramov'],
  ['Эльчин Бабаев', 'Elçin Babayev'],
  ['Шахин Мустафаев', 'Şahin Mustafayev'],
  ['Жанна Ыбыраева', 'Janna Ibırayeva'],
  ['Салим бин Мухаммед Аль-Малик', 'Salim bin Muhammed Al-Malik'],
];

// Azerbaijani Latin as English media spell it (docs/formats.md#people), Georgian surnames the Georgian way.
const AZ_EN: [string, string][] = [
  ['Əmrullayev', 'Amrullayev'],
  ['Emin Əmrullayev', 'Emin Amrullayev'],
  ['Cəlilov', 'Jalilov'],
  ['Nəcəfov', 'Najafov'],
  ['Paşayev', 'Pashayev'],
  ['Quliyev', 'Guliyev'],
  ['Hacıyeva', 'Hajiyeva'],
  ['Alşanov', 'Alshanov'],
  ['Sadıqov', 'Sadigov'],
  ['Ağayev', 'Aghayev'],
  ['Xəlilov', 'Khalilov'],
  ['Çingiz Göyüşov', 'Chingiz Goyushov'],
  ['Ülviyyə Ömərova', 'Ulviyya Omarova'],
  ['İlham Əliyev', 'Ilham Aliyev'],
  ['ƏLİYEV', 'ALIYEV'],
  ['Qirsiaşvili', 'Ghirsiashvili'],
  ['Caba Samuşiya', 'Jaba Samushia'],
  ['Givi Mikanadze', 'Givi Mikanadze'],
  ['Mariam Laşxi', 'Mariam Lashkhi'],
  ['Qiorqi Qurgenidze', 'Giorgi Ghurgenidze'],
];

describe('Russian Cyrillic to English', () => {
  it.each(RU_EN)('%s -> %s', (ru, en) => {
    expect(toLatin(ru, 'ru', 'en')).toBe(en);
    expect(transliterateName(ru, 'ru', 'en')).toBe(en);
  });
});

describe('Russian Cyrillic to Azerbaijani Latin', () => {
  it.each(RU_AZ)('%s -> %s', (ru, az) => {
    expect(toLatin(ru, 'ru', 'az')).toBe(az);
  });

  it('capitalizes with the Azerbaijani dotted İ', () => {
    expect(cyrillicToLatin('Ислам', 'az')).toBe('İslam');
    expect(cyrillicToLatin('Ислам', 'en')).toBe('Islam');
  });
});

describe('Azerbaijani Latin to English', () => {
  it.each(AZ_EN)('%s -> %s', (az, en) => {
    expect(toLatin(az, 'az', 'en')).toBe(en);
    expect(azerbaijaniToEnglish(az)).toBe(en);
  });

  it('keeps Azerbaijani names in the Azerbaijani edition', () => {
    expect(toLatin('Emin Əmrullayev', 'az', 'az')).toBe('Emin Əmrullayev');
  });
});

describe('English names', () => {
  it.each([
    ['Stefania Giannini', 'en'],
    ['Leyla Aliyeva', 'az'],
    ['Balázs Hankó', 'az'],
    ['Caroline Hartmann', 'en'],
  ] as const)('%s stays as written for %s', (name, to) => {
    expect(toLatin(name, 'en', to)).toBe(name);
  });

  it('tidies spaces but keeps the spelling of a foreign name', () => {
    expect(transliterateName('  Maria   Rossi ', 'en', 'az')).toBe('Maria Rossi');
  });

  it('spells a known Azerbaijani name the Azerbaijani way', () => {
    expect(transliterateName('  Leyla   Aliyeva ', 'en', 'az')).toBe('Leyla Əliyeva');
  });
});

describe('script of every output', () => {
  const inputs = [...RU_EN.map(([ru]) => ru), ...RU_AZ.map(([ru]) => ru), 'Ёжиков Щ. Ъ.'];
  it.each(inputs)('%s leaves no Cyrillic letter', (ru) => {
    for (const to of ['en', 'az'] as const) {
      expect(toLatin(ru, 'ru', to)).not.toMatch(CYRILLIC);
      // Whatever the declared language, Cyrillic never reaches an edition.
      expect(toLatin(ru, 'en', to)).not.toMatch(CYRILLIC);
    }
  });

  it('English output has no Azerbaijani letters', () => {
    for (const [az] of AZ_EN) expect(toLatin(az, 'az', 'en')).not.toMatch(/[əışçğöüƏŞÇĞÖÜİ]/u);
  });
});
