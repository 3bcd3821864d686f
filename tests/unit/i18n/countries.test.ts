import { describe, expect, it } from 'vitest';
import { countryName, isKnownCountry } from '../../../functions/domain/i18n/countries.js';

describe('countryName', () => {
  it('uses the reviewed Azerbaijani short forms', () => {
    expect(countryName('US', 'az')).toBe('ABŞ');
    expect(countryName('AE', 'az')).toBe('BƏƏ');
    expect(countryName('GB', 'az')).toBe('Böyük Britaniya');
    expect(countryName('TR', 'az')).toBe('Türkiyə');
    expect(countryName('CN', 'az')).toBe('Çin');
    expect(countryName('PS', 'az')).toBe('Fələstin Dövləti');
  });

  it('takes the rest from the az locale file', () => {
    expect(countryName('KZ', 'az')).toBe('Qazaxıstan');
    expect(countryName('HU', 'az')).toBe('Macarıstan');
    expect(countryName('IT', 'az')).toBe('İtaliya');
  });

  it('uses short English display names, not formal ones', () => {
    expect(countryName('CN', 'en')).toBe('China');
    expect(countryName('TR', 'en')).toBe('Türkiye');
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('RU', 'en')).toBe('Russia');
    expect(countryName('KR', 'en')).toBe('South Korea');
    expect(countryName('KZ', 'en')).toBe('Kazakhstan');
  });

  it('shows an unknown code as given, upper-cased', () => {
    expect(countryName('zz', 'en')).toBe('ZZ');
    expect(isKnownCountry('zz')).toBe(false);
    expect(isKnownCountry('de')).toBe(true);
  });
});
