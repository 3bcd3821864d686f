import type { BulletinLanguage } from './language.js';

/** Lower case in running text, as Azerbaijani news writes them. */
export const AZ_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
] as const;
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

function parts(isoDate: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function monthName(month: number, language: BulletinLanguage): string {
  const names = language === 'az' ? AZ_MONTHS : EN_MONTHS;
  const name = names[month - 1];
  if (!name) throw new RangeError(`no month ${month}`);
  return name;
}

/** "4 mart 2025" / "4 March 2025": the plain form reads best in the frame. */
export function formatDate(isoDate: string, language: BulletinLanguage): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${monthName(month, language)} ${year}`;
}

/** "17–23 noyabr 2025", "28 February – 6 March 2025", "29 December 2025 – 4 January 2026". */
export function formatDateRange(start: string, end: string, language: BulletinLanguage): string {
  const a = parts(start);
  const b = parts(end);
  if (a.year !== b.year) return `${formatDate(start, language)} – ${formatDate(end, language)}`;
  const tail = `${monthName(b.month, language)} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${monthName(a.month, language)} – ${b.day} ${tail}`;
  return `${a.day}–${b.day} ${tail}`;
}
