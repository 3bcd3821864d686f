import { describe, expect, it } from 'vitest';
import { extractCountries } from '../../../functions/domain/extract/countries.js';

// Partner countries: names with their real endings, a known city naming its country, and passing mentions.

describe('countries named with their real endings', () => {
  it.each([
    ['Görüşdə prorektor Francesco Rossi iştirak edib.', []],
    ['Italian universities opened a joint programme.', ['IT']],
    ['The Iranian ambassador visited Istanbul before Baku.', ['IR', 'TR']],
    ['Almaniyadakı universitetlər və Fransanın səfiri', ['DE', 'FR']],
    ['Gürcüstanlılar və Qazaxıstanla əməkdaşlıq', ['GE', 'KZ']],
  ])('%s', (text, expected) => {
    expect(extractCountries(text, null)).toEqual(expected);
  });
});

describe('a known city names its country', () => {
  it.each([
    ['BDU Hefei şəhərindəki universitetdə mədəniyyət günü keçirib.', ['CN']],
    ['The rectors met in Kutaisi on Monday to sign a memorandum.', ['GE']],
  ])('%s', (text, expected) => {
    expect(extractCountries(text, null)).toEqual(expected);
  });
});

describe('partners from passing mentions', () => {
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

describe('a region or a university city of the knowledge base names its country', () => {
  it.each([
    ['Başqırdıstan Respublikasının nümayəndə heyəti Bakıda olub.', ['RU']],
    ['Делегация из Аджарии посетила Баку.', ['GE']],
    ['Tələbələr Kamerinoda bir semestr oxuyacaqlar.', ['IT']],
    ['The summer school takes place in Chemnitz.', ['DE']],
  ] as const)('%s', (text, expected) => {
    expect(extractCountries(text, null)).toEqual(expected);
  });
});
