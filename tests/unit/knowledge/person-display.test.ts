import { describe, expect, it } from 'vitest';
import { personDisplay } from '../../../functions/domain/knowledge/person-display.js';

const CYRILLIC = /[\u0400-\u04ff]/u;
type Lang = 'en' | 'az' | 'ru';
interface Case {
  language: Lang;
  person: { name: string; role: string };
  known?: { en: string; az: string };
  en: { name: string; role: string };
  az: { name: string; role: string };
}

const CASES: Case[] = [
  {
    language: 'ru',
    person: { name: 'Эмин Амруллаев', role: 'Министр науки и образования Азербайджана' },
    en: { name: 'Emin Amrullayev', role: 'Minister of Science and Education of Azerbaijan' },
    // Azerbaijani names are spelled from the reviewed list of names (az-names.json) even when not known.
    az: { name: 'Emin Əmrullayev', role: 'Azərbaycanın elm və təhsil naziri' },
  },
  {
    language: 'ru',
    person: { name: 'Эмин Амруллаев', role: 'Министр науки и образования Азербайджана' },
    known: { en: 'Emin Amrullayev', az: 'Emin Əmrullayev' },
    en: { name: 'Emin Amrullayev', role: 'Minister of Science and Education of Azerbaijan' },
    az: { name: 'Emin Əmrullayev', role: 'Azərbaycanın elm və təhsil naziri' },
  },
  {
    language: 'ru',
    person: { name: 'Гиви Миканадзе', role: 'Министр образования, науки и молодежи Грузии' },
    en: { name: 'Givi Mikanadze', role: 'Minister of Education, Science and Youth of Georgia' },
    az: { name: 'Givi Mikanadze', role: 'Gürcüstanın təhsil, elm və gənclər naziri' },
  },
  {
    language: 'ru',
    person: { name: 'Лу Мэй', role: 'Посол КНР в Азербайджане' },
    en: { name: 'Lu Mei', role: 'Ambassador of China to Azerbaijan' },
    az: { name: 'Lu Mey', role: 'Çinin Azərbaycandakı səfiri' },
  },
  {
    language: 'ru',
    person: { name: 'Салим бин Мухаммед Аль-Малик', role: 'Генеральный директор ИСЕСКО' },
    en: { name: 'Salim bin Muhammed Al-Malik', role: 'Director-General of ICESCO' },
    az: { name: 'Salim bin Muhammed Al-Malik', role: 'İSESKO-nun baş direktoru' },
  },
  {
    language: 'az',
    person: {
      name: 'Caba Samuşiya',
      role: 'Gürcüstanın təhsil, elm və gənclərlə iş üzrə nazirinin birinci müavini',
    },
    en: { name: 'Jaba Samushia', role: 'First Deputy Minister of Education, Science and Youth of Georgia' },
    az: { name: 'Caba Samuşiya', role: 'Gürcüstanın təhsil, elm və gənclər nazirinin birinci müavini' },
  },
  {
    language: 'az',
    person: { name: 'Emin Əmrullayev', role: 'Elm və təhsil naziri' },
    en: { name: 'Emin Amrullayev', role: 'Minister of Science and Education' },
    az: { name: 'Emin Əmrullayev', role: 'Elm və təhsil naziri' },
  },
  {
    language: 'az',
    person: { name: 'Nodar Qirsiaşvili', role: 'Universitetin rektoru' },
    en: { name: 'Nodar Ghirsiashvili', role: 'Rector of the University' },
    az: { name: 'Nodar Qirsiaşvili', role: 'Universitetin rektoru' },
  },
  {
    language: 'az',
    person: { name: 'Yaqub Piriyev', role: 'Nazir muavini' },
    known: { en: 'Yagub Piriyev', az: 'Yaqub Piriyev' },
    en: { name: 'Yagub Piriyev', role: 'Deputy Minister' },
    az: { name: 'Yaqub Piriyev', role: 'Nazir müavini' },
  },
  {
    language: 'en',
    person: { name: 'Fariz Ismailzade', role: 'Vice-Rector of ADA University' },
    en: { name: 'Fariz Ismailzade', role: 'Vice-Rector of ADA University' },
    az: { name: 'Fariz İsmailzadə', role: 'ADA Universitetinin prorektoru' },
  },
  {
    language: 'en',
    person: { name: 'Balázs Hankó', role: 'Hungarian Deputy Minister of Culture and Innovation' },
    en: { name: 'Balázs Hankó', role: 'Deputy Minister of Culture and Innovation of Hungary' },
    az: { name: 'Balázs Hankó', role: 'Macarıstanın mədəniyyət və innovasiya nazirinin müavini' },
  },
  {
    language: 'en',
    person: { name: 'Emin Amrullayev', role: "Azerbaijan's Minister of Science and Education" },
    known: { en: 'Emin Amrullayev', az: 'Emin Əmrullayev' },
    en: { name: 'Emin Amrullayev', role: 'Minister of Science and Education of Azerbaijan' },
    az: { name: 'Emin Əmrullayev', role: 'Azərbaycanın elm və təhsil naziri' },
  },
  {
    language: 'en',
    person: { name: 'Leyla Aliyeva', role: '' },
    en: { name: 'Leyla Aliyeva', role: '' },
    az: { name: 'Leyla Əliyeva', role: '' },
  },
];

describe('personDisplay', () => {
  it.each(CASES)('$language $person.name, $person.role', ({ language, person, known, en, az }) => {
    expect(personDisplay(person, language, known ?? null)).toEqual({ en, az });
  });

  it('treats a missing known entry like null', () => {
    const person = { name: 'Эльчин Бабаев', role: 'Ректор Бакинского государственного университета' };
    expect(personDisplay(person, 'ru')).toEqual(personDisplay(person, 'ru', null));
    expect(personDisplay(person, 'ru').en).toEqual({
      name: 'Elchin Babayev',
      role: 'Rector of Baku State University',
    });
    expect(personDisplay(person, 'ru').az).toEqual({
      name: 'Elçin Babayev',
      role: 'Bakı Dövlət Universitetinin rektoru',
    });
  });

  it('passes the organization hook to the role', () => {
    const hook = (name: string, to: 'en' | 'az') =>
      name === 'BMU' ? (to === 'en' ? 'Baku Engineering University' : 'Bakı Mühəndislik Universiteti') : null;
    const shown = personDisplay({ name: 'Havar Mammadov', role: 'BMU-nun rektoru' }, 'az', null, hook);
    expect(shown.en.role).toBe('Rector of Baku Engineering University');
    expect(shown.az.role).toBe('Bakı Mühəndislik Universitetinin rektoru');
  });

  it.each(CASES.filter((c) => c.language === 'ru'))('shows no Cyrillic for $person.name', ({ person }) => {
    const shown = personDisplay(person, 'ru');
    for (const form of [shown.en, shown.az]) {
      expect(form.name).not.toMatch(CYRILLIC);
      expect(form.role).not.toMatch(CYRILLIC);
    }
  });
});
