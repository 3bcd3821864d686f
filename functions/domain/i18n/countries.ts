// Only the two locale files are imported: the library's entry point registers nothing we need and
// the full locale set would bloat the compile bundle.
import azLocale from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { BulletinLanguage } from './language.js';

type LocaleNames = Record<string, string | string[] | undefined>;

/**
 * Reviewed display names. The library's first English name is sometimes the formal one ("People's
 * Republic of China"); headlines want the short form. Azerbaijani follows official usage.
 */
const OVERRIDES: Record<BulletinLanguage, Record<string, string>> = {
  en: {
    CD: 'DR Congo',
    CG: 'Republic of the Congo',
    CI: "Côte d'Ivoire",
    CN: 'China',
    CZ: 'Czechia',
    FM: 'Micronesia',
    GB: 'United Kingdom',
    GM: 'The Gambia',
    IR: 'Iran',
    KP: 'North Korea',
    KR: 'South Korea',
    LA: 'Laos',
    MD: 'Moldova',
    MK: 'North Macedonia',
    PS: 'State of Palestine',
    RU: 'Russia',
    SY: 'Syria',
    TR: 'Türkiye',
    TW: 'Taiwan',
    TZ: 'Tanzania',
    US: 'United States',
    VA: 'Vatican City',
  },
  az: {
    AE: 'BƏƏ',
    CN: 'Çin',
    CZ: 'Çexiya',
    GB: 'Böyük Britaniya',
    PS: 'Fələstin Dövləti',
    TR: 'Türkiyə',
    US: 'ABŞ',
  },
};

const LOCALES: Record<BulletinLanguage, LocaleNames> = {
  en: enLocale.countries as LocaleNames,
  az: azLocale.countries as LocaleNames,
};

/** Display name of an ISO 3166-1 alpha-2 code; an unknown code is shown as given. */
export function countryName(code: string, language: BulletinLanguage): string {
  const upperCode = code.toUpperCase();
  const override = OVERRIDES[language][upperCode];
  if (override) return override;
  const entry = LOCALES[language][upperCode];
  const name = Array.isArray(entry) ? entry[0] : entry;
  return name ?? upperCode;
}

/** The reviewed display names of one language (the overrides above). */
export const OVERRIDE_NAMES = (language: BulletinLanguage): string[] => Object.values(OVERRIDES[language]);

export function isKnownCountry(code: string): boolean {
  return LOCALES.en[code.toUpperCase()] !== undefined;
}
