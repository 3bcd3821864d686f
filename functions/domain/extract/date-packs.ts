/** The date language packs (locales/<lang>/dates.ts) that every date pattern and cue is built from. */
import { dates as az } from './locales/az/dates.js';
import { type DatesPack, phraseRegexes } from './locales/dates-pack.js';
import { dates as en } from './locales/en/dates.js';
import { dates as ru } from './locales/ru/dates.js';

/** Every language the date finder reads; a text may mix them, so patterns take the union. */
export const DATE_PACKS: readonly DatesPack[] = [en, az, ru];

export const union = (pick: (pack: DatesPack) => readonly string[]): string[] => [
  ...new Set(DATE_PACKS.flatMap(pick)),
];

/** Azerbaijani İ has no simple lowercase in regex case folding; i keeps the offsets. */
export const foldDotted = (text: string): string => text.replace(/İ/gu, 'i');

/** Global regexes for a phrase list taken from every pack, for lowercased text. */
export const packRegexes = (pick: (pack: DatesPack) => readonly string[]): RegExp[] =>
  phraseRegexes(union(pick));
