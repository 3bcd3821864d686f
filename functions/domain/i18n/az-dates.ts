import { AZ_MONTHS } from './dates.js';

/** The month in the genitive, as news datelines write it: "yanvarın 21-də", "iyunun 3-də". */
const GENITIVE_MONTHS = [
  'yanvarın',
  'fevralın',
  'martın',
  'aprelin',
  'mayın',
  'iyunun',
  'iyulun',
  'avqustun',
  'sentyabrın',
  'oktyabrın',
  'noyabrın',
  'dekabrın',
] as const;

// The locative after a digit follows the last number word read aloud: bir-də, altı-da, doqquz-da, on-da.
const UNITS = ['', 'də', 'də', 'də', 'də', 'də', 'da', 'də', 'də', 'da'] as const;
const TENS = ['', 'da', 'də', 'da'] as const; // on, iyirmi, otuz: a day of the month is at most 31

/** "21" -> "21-də", "6" -> "6-da", "30" -> "30-da". For days of the month (1-31). */
export function azDayLocative(day: number): string {
  const unit = day % 10;
  const suffix = unit !== 0 ? UNITS[unit] : TENS[Math.floor(day / 10)];
  if (!suffix || day < 1 || day > 31) throw new RangeError(`not a day of the month: ${day}`);
  return `${day}-${suffix}`;
}

/** "2026-01-21" -> "yanvarın 21-də" (lowercase: the caller capitalizes a sentence start). */
export function azDateLocative(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  const genitive = GENITIVE_MONTHS[month - 1];
  if (!genitive || AZ_MONTHS[month - 1] === undefined) throw new RangeError(`not a date: ${isoDate}`);
  return `${genitive} ${azDayLocative(Number(isoDate.slice(8, 10)))}`;
}
