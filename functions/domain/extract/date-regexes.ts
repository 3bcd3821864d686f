/**
 * The patterns of absolute date mentions, built once from the language packs: day first ("14 May"), month
 * first ("May 14", "dekabrın 5-də") and numeric ("05.12.2025", "2025-12-05").
 */
import { DATE_PACKS, union } from './date-packs.js';
import { alternation } from './locales/dates-pack.js';

// Month forms (stem, or stem + ending) to their number, and the forms that may come before the day.
export const MONTH_OF = new Map<string, number>();
const PLAIN_FIRST = new Set<string>();
const SUFFIXED_FIRST = new Set<string>();
for (const pack of DATE_PACKS) {
  pack.months.forEach((stems, i) => {
    for (const stem of stems) {
      for (const form of [stem, ...pack.monthEndings.map((e) => stem + e)]) {
        MONTH_OF.set(form, i + 1);
        if (pack.monthFirst === 'plain') PLAIN_FIRST.add(form);
        if (pack.monthFirst === 'suffixed') SUFFIXED_FIRST.add(form);
      }
    }
  });
}

const DAY = `(\\d{1,2})(?:${alternation(union((p) => p.dayEndings))})?`;
// The second day of a range or pair is skipped: the mention stands for the first day.
const PAIR = `(?:\\s*[-–—]\\s*|\\s+${alternation(union((p) => p.rangeJoiners))}\\s+)(\\d{1,2})`;
const LINK = `(?:\\s+${alternation(union((p) => p.dayMonthLinks))})?`;
const BACK_LINK = `(?:${alternation(union((p) => p.monthDayLinks))}\\s+)?`;
const YEAR_WORD = alternation(union((p) => p.yearWords));
// Month-first patterns start at the day and look back for the month: scanning every word is ten times slower.
const AT_DAY = '(?=\\d)';
// A year before the month: "2026-cı il yanvarın 21-də".
const AZ_YEAR_BEFORE = `(?:(\\d{4})[-'’]?\\p{L}{0,3}\\s+${YEAR_WORD}\\s+)?`;
const YEAR = `(?:,?\\s+(\\d{4})(?!\\d|[.,]\\d)(?:[-'’]?\\p{L}{1,3})?(?:\\s+${YEAR_WORD}(?![\\p{L}]))?)?`;

export type Parts = { day: string; month: string; year?: string | undefined; day2?: string | undefined };
export const PATTERNS: { re: RegExp; parts: (g: (string | undefined)[]) => Parts | null }[] = [
  // 14 May 2024, 14th of May, 25 и 26 сентября, 5 марта 2024 года, 4 oktyabr 2024-cü il, 13–14 May
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}.,/:-])${DAY}(?:${PAIR})?${LINK}\\s+(\\p{L}+)\\.?${YEAR}`, 'giud'),
    parts: ([, d, d2, m, y]) => (d && m ? { day: d, day2: d2, month: m, year: y } : null),
  },
  // May 14, 2024 / October 20 / September 25-26
  {
    re: new RegExp(
      `${AT_DAY}(?<=(?<![\\p{L}])(\\p{L}+)\\.?\\s+)${DAY}(?:${PAIR})?(?![\\p{N}\\p{L}]|[-'’]\\p{L})${YEAR}`,
      'giud',
    ),
    parts: ([, m, d, d2, y]) =>
      m && d && PLAIN_FIRST.has(m) ? { day: d, day2: d2, month: m, year: y } : null,
  },
  // dekabrın 5-də, mayın 28-29-da, dekabrın 5-dən 7-dək, 2026-cı il yanvarın 21-də
  {
    re: new RegExp(
      `${AT_DAY}(?<=${AZ_YEAR_BEFORE}(?<![\\p{L}])(\\p{L}+)\\s+${BACK_LINK})` +
        `(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2})|[-'’]\\p{L}{2,3}\\s+(\\d{1,2}))?[-'’]\\p{L}{1,5}(?![\\p{L}])`,
      'giud',
    ),
    parts: ([, y, m, d, d2, d3]) =>
      m && d && SUFFIXED_FIRST.has(m) ? { day: d, day2: d2 ?? d3, month: m, year: y } : null,
  },
  // 05.12.2025, 17/12/2025
  {
    re: /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d|[.,/]\d)/dgu,
    parts: ([, d, , m, y]) => (d && m ? { day: d, month: m, year: y } : null),
  },
  // 2025-12-05
  {
    re: /(?<![\d.,/])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d|[.,/-]\d)/dgu,
    parts: ([, y, , m, d]) => (d && m ? { day: d, month: m, year: y } : null),
  },
];
