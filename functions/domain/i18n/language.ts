import type { Language } from '../article/article.js';

/** The languages a bulletin is written in. Russian reports are read, but never a bulletin language. */
export const BULLETIN_LANGUAGES = ['az', 'en'] as const;
export type BulletinLanguage = (typeof BULLETIN_LANGUAGES)[number];

/** What a subscriber reads and what each bulletin is rendered as: one language, or both side by side. */
export const EDITIONS = ['az', 'en', 'both'] as const;
export type Edition = (typeof EDITIONS)[number];

export const editionLanguages = (edition: Edition): BulletinLanguage[] =>
  edition === 'both' ? [...BULLETIN_LANGUAGES] : [edition];

/** Upper-case with the reader's locale: plain toUpperCase() turns Azerbaijani "i" into "I", not "İ". */
export function upperFirst(text: string, language: BulletinLanguage): string {
  const first = text.slice(0, 1);
  return first.toLocaleUpperCase(language) + text.slice(1);
}

export function upper(text: string, language: BulletinLanguage): string {
  return text.toLocaleUpperCase(language).normalize('NFC');
}

/** Names of source languages, in each bulletin language ("(original in English)"). */
const LANGUAGE_NAMES: Record<BulletinLanguage, Record<Language, string>> = {
  en: { en: 'English', az: 'Azerbaijani', ru: 'Russian' },
  az: { en: 'ingilis', az: 'Azərbaycan', ru: 'rus' },
};

export function languageName(of: Language, in_: BulletinLanguage): string {
  return LANGUAGE_NAMES[in_][of];
}

/** Joins a list as running text: "A, B and C" / "A, B və C". */
export function joinList(parts: readonly string[], language: BulletinLanguage): string {
  const and = language === 'az' ? ' və ' : ' and ';
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1]}`;
}
