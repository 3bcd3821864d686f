import { describe, expect, it } from 'vitest';
import { findKnownOrganizations, findKnownPlaces } from '../../../functions/domain/knowledge/find-known.js';

describe('known organizations in every case form', () => {
  it.each([
    ['Меморандум подписан с Гянджинским государственным университетом.', 'Ganja State University'],
    ['Делегация посетила Тбилисский государственный университет.', 'Tbilisi State University'],
    ['Nümayəndə heyəti Tbilisi Dövlət Universitetinə baş çəkib.', 'Tbilisi State University'],
    ['Sənəd TDU-nun rektoru ilə imzalanıb.', 'Tbilisi State University'],
  ])('%s', (text, en) => {
    expect(findKnownOrganizations(text).map((m) => m.entry.en)).toContain(en);
  });

  it('does not read a plural common noun as a name ("Koreya universitetləri")', () => {
    expect(findKnownOrganizations('Koreya universitetləri ilə əlaqələr genişlənir.')).toEqual([]);
  });
});

describe('a one-word place must stand whole', () => {
  it('does not read the surname Karaca as Karachi, and still reads declined places', () => {
    const places = findKnownPlaces(
      'Rektor Yusuf Karaca Bakıda, sonra Ankarada və Pekində olub; в Москве тоже.',
    );
    expect(places.map((p) => p.entry.en)).toEqual(['Baku', 'Ankara', 'Beijing', 'Moscow']);
  });
});

describe('a one-word place takes one case ending, not any tail', () => {
  it('reads the cases a place name takes in Azerbaijani', () => {
    const places = findKnownPlaces(
      'Heyət Romadan Bakıya uçub, Bernin rektorları ilə Tbilisidəki forumda, sonra Ankaranı ziyarət edib.',
    );
    expect(places.map((p) => p.entry.en)).toEqual(['Rome', 'Baku', 'Bern', 'Tbilisi', 'Ankara']);
  });

  it('does not read a surname that begins with a city as the city (Bernini is not Bern-in-i)', () => {
    expect(findKnownPlaces('Nazir Paola Bernini və professor Marco Romanelli çıxış ediblər.')).toEqual([]);
  });
});

describe("a state body written with its state's official form", () => {
  it.each([
    ['The Ministry of National Education of the Republic of Türkiye hosted the talks.'],
    ['Türkiyə Respublikasının Milli Təhsil Nazirliyi ilə protokol imzalanıb.'],
    ['Görüşdə Türkiyə Respublikası Milli Təhsil Nazirliyinin nümayəndələri iştirak ediblər.'],
  ])('%s', (text) => {
    expect(findKnownOrganizations(text).map((m) => m.entry.en)).toEqual([
      'Ministry of National Education of Türkiye',
    ]);
  });
});
