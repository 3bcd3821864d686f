import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../functions/domain/extract/organizations/organizations.js';

// Institution names that hold "and" of their own, fields coordinated inside a name, and two institutions
// named side by side (a company and a university, a host and its foreign guest).

const organizationNames = (text: string, language: 'en' | 'az' | 'ru' = 'en') =>
  extractOrganizations(text, language).map((o) => o.name);

describe('names joined by "and" and names side by side', () => {
  it('keeps a university whose own name holds "and" whole, in English and Azerbaijani', () => {
    const en = organizationNames(
      'Rectors of Azerbaijan State Oil and Industry University and Gdańsk University of Technology met.',
    );
    expect(en).toContain('Azerbaijan State Oil and Industry University');
    expect(en).not.toContain('Industry University');
    // As written (in the genitive), with its Azerbaijani display name in the base form.
    const az = extractOrganizations(
      'Azərbaycan Dövlət Neft və Sənaye Universitetinin rektoru çıxış edib.',
      'az',
    );
    expect(az.map((o) => [o.name, o.az])).toEqual([
      ['Azərbaycan Dövlət Neft və Sənaye Universitetinin', 'Azərbaycan Dövlət Neft və Sənaye Universiteti'],
    ]);
    const ru = organizationNames(
      'Азербайджанский государственный университет нефти и промышленности подписал меморандум.',
      'ru',
    );
    expect(ru).toEqual(['Азербайджанский государственный университет нефти и промышленности']);
  });

  it('joins the fields an institution name coordinates, and nothing else', () => {
    expect(
      organizationNames('A delegation of the Daejeon Institute of Science and Technology arrived in Baku.'),
    ).toEqual(['Daejeon Institute of Science and Technology']);
    expect(
      organizationNames(
        'Bakı Mühəndislik Universiteti ilə Koreya Elm və Texnologiya İnstitutu görüşüb.',
        'az',
      ),
    ).toEqual(['Bakı Mühəndislik Universiteti', 'Koreya Elm və Texnologiya İnstitutu']);
  });

  it('does not join a company and a university named side by side', () => {
    const names = organizationNames('Microsoft and ADA University opened a cloud laboratory.');
    expect(names).toContain('Microsoft');
    expect(names).toContain('ADA University');
    expect(names.some((n) => n.includes(' and '))).toBe(false);
  });

  it('separates a foreign university from the host named before it', () => {
    const text =
      'Dekabrın 3-də Bakı Dövlət Universitetində Türkiyənin Hacettepe Universiteti ilə birgə konfrans keçirilib.';
    const found = extractOrganizations(text, 'az');
    expect(found.map((o) => o.az)).toEqual(['Bakı Dövlət Universiteti', 'Hacettepe Universiteti']);
    expect(found.map((o) => o.en)).toEqual(['Baku State University', 'Hacettepe University']);
  });
});

describe('foreign bodies the knowledge base does not hold, in Azerbaijani and Russian spellings', () => {
  const englishAndCountry = (text: string, language: 'az' | 'ru', people: string[] = []) =>
    extractOrganizations(text, language, people).map((o) => [o.en, o.country ?? null]);

  it('hears a known city in its Azerbaijani or Russian spelling and takes its English name and country', () => {
    expect(
      englishAndCountry('Xokkaydo Universitetinin alimləri Sumqayıtda laboratoriya açıb.', 'az'),
    ).toEqual([['Hokkaido University', 'JP']]);
    expect(
      englishAndCountry('Хемницкий технический университет открыл летнюю школу для студентов.', 'ru'),
    ).toEqual([['Chemnitz University of Technology', 'DE']]);
  });

  it("names a university as its country's universities name themselves in English", () => {
    // Italian and Hungarian universities: "University of <City>"; a Japanese one keeps "<City> University".
    expect(englishAndCountry('Tələbələr Kamerino Universitetində təcrübə keçəcək.', 'az')).toEqual([
      ['University of Camerino', 'IT'],
    ]);
    expect(englishAndCountry('Стипендию учредил Университет Салерно.', 'ru')).toEqual([
      ['University of Salerno', 'IT'],
    ]);
    expect(englishAndCountry('Мишкольцский университет принял двадцать магистрантов.', 'ru')).toEqual([
      ['University of Miskolc', 'HU'],
    ]);
    expect(englishAndCountry('Nagoya Universiteti yay məktəbi təşkil edib.', 'az')).toEqual([
      ['Nagoya University', 'JP'],
    ]);
    // A technical university in Germany or Poland is a "University of Technology"; in Türkiye it stays technical.
    expect(englishAndCountry('Qdansk Texniki Universiteti ilə layihə başlayıb.', 'az')).toEqual([
      ['Gdańsk University of Technology', 'PL'],
    ]);
    expect(englishAndCountry('Samsun Texniki Universiteti ilə layihə başlayıb.', 'az')).toEqual([
      ['Samsun Technical University', 'TR'],
    ]);
  });

  it('leaves a person named before the university out of its name, in any case form of the name', () => {
    // The people's list may hold an inflected surname ("Tanakanın" read as "Tanakan").
    const found = englishAndCountry(
      'Hiroşi Tanaka Sendai Universitetinin tədqiqat proqramlarından danışıb.',
      'az',
      ['Hiroşi Tanakan'],
    );
    expect(found).toEqual([['Sendai University', 'JP']]);
  });
});

describe('people next to a name', () => {
  it('never trims a known place off a name, even where the people list read it as part of a name', () => {
    const found = extractOrganizations(
      'Соглашение подписал проректор Университета Гранады Хуан Лопес.',
      'ru',
      ['Гранады Хуан Лопес'],
    );
    expect(found.map((o) => [o.en, o.country])).toEqual([['University of Granada', 'ES']]);
  });
});

describe('a known body named after a person, written another way', () => {
  it('finds the known body by its eponym and head noun in Azerbaijani and Russian', () => {
    // The knowledge base holds "Akaki Sereteli Dövlət Universiteti" and "Кутаисский государственный
    // университет имени Акакия Церетели"; the texts write other forms of the same name.
    const az = extractOrganizations(
      'Tələbələr Akaki Sereteli adına Dövlət Universitetində oxuyacaqlar.',
      'az',
    );
    expect(az.map((o) => [o.en, o.country])).toEqual([['Akaki Tsereteli State University', 'GE']]);
    const ru = extractOrganizations(
      'Делегация прибыла вместе с Государственным университетом имени Акакия Церетели.',
      'ru',
    );
    expect(ru.map((o) => [o.en, o.country])).toEqual([['Akaki Tsereteli State University', 'GE']]);
  });

  it('reads a city and a head noun as the body the text named in full before', () => {
    const found = extractOrganizations(
      'Меморандум подписан с Государственным университетом имени Акакия Церетели. Ректор Кутаисского университета выступил с речью.',
      'ru',
    );
    expect(found.map((o) => o.en)).toEqual(['Akaki Tsereteli State University']);
    // With no such body named, the city's university stays a body of its own.
    const alone = extractOrganizations('Ректор Кутаисского университета выступил с речью.', 'ru');
    expect(alone.map((o) => [o.en, o.country])).toEqual([['Kutaisi University', 'GE']]);
  });

  it('does not guess when the eponym is unknown or names a body of another kind', () => {
    const found = extractOrganizations(
      'Tələbələr Tamaz Qoqiberidze adına Dövlət Universitetində oxuyacaqlar.',
      'az',
    );
    expect(found.map((o) => o.en)).not.toContain('Akaki Tsereteli State University');
    expect(
      extractOrganizations('Görüşdə Akaki Sereteli adına Elm Mərkəzinin əməkdaşları iştirak edib.', 'az').map(
        (o) => o.en,
      ),
    ).not.toContain('Akaki Tsereteli State University');
  });
});

describe('Azerbaijani departments and modifiers that read as heads', () => {
  it('finds a regional education department, with a leading "Mərkəzi" as Central and a pair of places', () => {
    const central = extractOrganizations(
      'Görüşdə Mərkəzi Aran Regional Təhsil İdarəsinin rəisi çıxış edib.',
      'az',
    );
    expect(central.map((o) => [o.en, o.az])).toEqual([
      ['Central Aran Regional Education Department', 'Mərkəzi Aran Regional Təhsil İdarəsi'],
    ]);
    const pair = extractOrganizations('Layihəyə Lənkəran-Astara Regional Təhsil İdarəsi də qoşulub.', 'az');
    expect(pair.map((o) => o.en)).toEqual(['Lankaran-Astara Regional Education Department']);
  });

  it('keeps "İdarəçilik" (administration) a modifier, not a head', () => {
    const found = extractOrganizations('Tələbələr Ankara Dövlət İdarəçilik Kollecində oxuyur.', 'az');
    expect(found.map((o) => o.az)).toEqual(['Ankara Dövlət İdarəçilik Kolleci']);
  });
});
