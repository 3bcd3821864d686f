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
