import { describe, expect, it } from 'vitest';
import { azerbaijaniSpelling } from '../../../functions/domain/knowledge/azerbaijani-spelling.js';
import { transliterateName } from '../../../functions/domain/knowledge/transliterate.js';

// English press spellings of Azerbaijani names, both genders.
const ENGLISH: [string, string][] = [
  ['Elkhan Huseynov', 'Elxan Hüseynov'],
  ['Gulchohra Mammadova', 'Gülçöhrə Məmmədova'],
  ['Shahin Bagirov', 'Şahin Bağırov'],
  ['Gulshan Karimova', 'Gülşən Kərimova'],
  ['Nurlana Aliyeva', 'Nurlanə Əliyeva'],
  ['Nurlana Alieva', 'Nurlanə Əliyeva'],
  ['Vugar Orujov', 'Vüqar Orucov'],
  ['Aygun Hajiyeva', 'Aygün Hacıyeva'],
  ['Sevinj Hasanova', 'Sevinc Həsənova'],
  ['Rashad Najafov', 'Rəşad Nəcəfov'],
  ['Ulviyya Guliyeva', 'Ülviyyə Quliyeva'],
  ['Farid Sadigov', 'Fərid Sadıqov'],
  ['Khayal Ismayilov', 'Xəyal İsmayılov'],
  ['Tural Hasanli', 'Tural Həsənli'],
  ['Mahammad Guluzade', 'Məhəmməd Quluzadə'],
  ['Yashar Asgarov', 'Yaşar Əsgərov'],
  ['Elchin Aghayev', 'Elçin Ağayev'],
  ['Emin Amrullayev', 'Emin Əmrullayev'],
  ['Gunel Gasimova', 'Günel Qasımova'],
];

// Russian spellings, both genders, including the ones Russian writes its own way (Мехтиев, Касумов, Оруджев).
const RUSSIAN: [string, string][] = [
  ['Эмин Амруллаев', 'Emin Əmrullayev'],
  ['Гюльшан Керимова', 'Gülşən Kərimova'],
  ['Нурлана Алиева', 'Nurlanə Əliyeva'],
  ['Эльхан Гусейнов', 'Elxan Hüseynov'],
  ['Ильхам Алиев', 'İlham Əliyev'],
  ['Айнур Мамедова', 'Aynur Məmmədova'],
  ['Рамиз Мехтиев', 'Ramiz Mehdiyev'],
  ['Тофик Касумов', 'Tofiq Qasımov'],
  ['Вюгар Оруджев', 'Vüqar Orucov'],
  ['Шахин Рагимов', 'Şahin Rəhimov'],
  ['Лейла Гаджиева', 'Leyla Hacıyeva'],
  ['Самир Гасанлы', 'Samir Həsənli'],
  ['Джейхун Байрамов', 'Ceyhun Bayramov'],
];

// Turkish-style spellings and patronymics.
const OTHER: [string, string][] = [
  ['Gülşen Kerimova', 'Gülşən Kərimova'],
  ['Hüseyin Aliyev', 'Hüseyn Əliyev'],
  ['Emin Aliyev oglu', 'Emin Əliyev oğlu'],
  ['Leyla Ali qizi', 'Leyla Əli qızı'],
  ['ALIYEV', 'ƏLİYEV'],
];

// Names that share a folded key: the closest spelling wins.
const NEAR: [string, string][] = [
  ['Habil Bagirov', 'Habil Bağırov'],
  ['Habil Bekirov', 'Habil Bəkirov'],
  ['Elchin Eyvazov', 'Elçin Eyvazov'],
  ['Yalchin Ayvazov', 'Yalçın Ayvazov'],
  ['Yahyayev', 'Yəhyayev'],
  ['Agayev', 'Ağayev'],
];

const AZERBAIJANI = [
  'Gülşən Kərimova',
  'Emin Əmrullayev',
  'Nurlanə Əliyeva',
  'Elxan Hüseynov',
  'Fariz İsmailzadə',
  'Şahin Bağırov',
];

// Foreign names, one unknown word, no surname (a lone given name may be Arab or Turkish), not a name.
const NOT_AZERBAIJANI = [
  'Givi Mikanadze',
  'Гиви Миканадзе',
  'Lu Mei',
  'Лу Мэй',
  'John Smith',
  'Sergey Lavrov',
  'Сергей Лавров',
  'Balázs Hankó',
  'Caba Samuşiya',
  'Salim bin Muhammed Al-Malik',
  'Mehmet Yılmaz',
  'Sayasat Nurbek',
  'Elkhan Smith',
  'John Huseynov',
  'Гюльшан Лаврова',
  'Nurlana Aliyeva Smith',
  'Ali Hassan',
  'Elkhan',
  'E. Aliyev',
  'Aliyeva-Mammadova',
  'oglu',
  '',
];

describe('azerbaijaniSpelling', () => {
  it.each([...ENGLISH, ...RUSSIAN, ...OTHER, ...NEAR])('%s -> %s', (written, az) => {
    expect(azerbaijaniSpelling(written)).toBe(az);
  });

  it.each(AZERBAIJANI)('%s stays as written', (az) => {
    expect(azerbaijaniSpelling(az)).toBe(az);
  });

  it.each(NOT_AZERBAIJANI)('%s -> null', (name) => {
    expect(azerbaijaniSpelling(name)).toBeNull();
  });
});

describe('transliterateName with Azerbaijani names', () => {
  it.each([...ENGLISH.slice(0, 5), ...RUSSIAN.slice(0, 5)])(
    '%s -> %s in the Azerbaijani edition',
    (name, az) => {
      const from = /[\u0400-\u04ff]/u.test(name) ? 'ru' : 'en';
      expect(transliterateName(name, from, 'az')).toBe(az);
    },
  );

  it('keeps the English edition unchanged', () => {
    expect(transliterateName('Gulshan Karimova', 'en', 'en')).toBe('Gulshan Karimova');
    expect(transliterateName('Эмин Амруллаев', 'ru', 'en')).toBe('Emin Amrullayev');
  });

  it("keeps an Azerbaijani report's own spelling", () => {
    expect(transliterateName('Fariz İsmayılzadə', 'az', 'az')).toBe('Fariz İsmayılzadə');
  });

  it('falls back to the generic rules for other names', () => {
    expect(transliterateName('Гиви Миканадзе', 'ru', 'az')).toBe('Givi Mikanadze');
    expect(transliterateName('  Lu   Mei ', 'en', 'az')).toBe('Lu Mei');
  });
});
