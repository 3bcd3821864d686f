/**
 * Date mentions in news text, found by patterns built once from the language packs (locales/<lang>/dates.ts):
 * chrono-node has no Azerbaijani, picks the nearest rather than the most recent year, and is large to bundle.
 */
import { dates as az } from './locales/az/dates.js';
import { alternation, type DatesPack, phraseRegexes } from './locales/dates-pack.js';
import { dates as en } from './locales/en/dates.js';
import { dates as ru } from './locales/ru/dates.js';

/** Every language the date finder reads; a text may mix them, so patterns take the union. */
export const DATE_PACKS: readonly DatesPack[] = [en, az, ru];

export interface DateMention {
  /** Offset of the mention in the text it was found in, and of the end of its match. */
  index: number;
  end: number;
  /** Offset of the mention's last word, where glued endings and following cues are read ("5-dək"). */
  tailStart: number;
  month: number;
  day: number;
  year: number | null;
  /** A range or pair of days ("25-26 September"): the mention stands for its first day. */
  range: boolean;
}

export const union = (pick: (pack: DatesPack) => readonly string[]): string[] => [
  ...new Set(DATE_PACKS.flatMap(pick)),
];

// Month forms (stem, or stem + ending) to their number, and the forms that may come before the day.
const MONTH_OF = new Map<string, number>();
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

type Parts = { day: string; month: string; year?: string | undefined; day2?: string | undefined };
const PATTERNS: { re: RegExp; parts: (g: (string | undefined)[]) => Parts | null }[] = [
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

function toMention(m: RegExpMatchArray, p: Parts): DateMention | null {
  let day = Number(p.day);
  let mon = /^\d+$/u.test(p.month) ? Number(p.month) : (MONTH_OF.get(p.month) ?? 0);
  // A numeric date whose "month" is above 12 was written month first (12/17/2025).
  if (mon > 12 && day <= 12) [day, mon] = [mon, day];
  const year = p.year ? Number(p.year) : null;
  if (mon < 1 || mon > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1990 || year > 2100)) return null;
  // A month found by looking back starts the mention, before the match itself.
  const starts = m.indices?.slice(1).map((g) => g?.[0] ?? Number.POSITIVE_INFINITY) ?? [];
  const index = Math.min(m.index ?? 0, ...starts);
  const end = (m.index ?? 0) + m[0].length;
  const tail = m[0].match(/\S*$/u)?.[0].length ?? 0;
  return {
    index,
    end,
    tailStart: end - tail,
    month: mon,
    day,
    year,
    range: !!p.day2,
  };
}

/** Azerbaijani İ has no simple lowercase in regex case folding; i keeps the offsets. */
export const foldDotted = (text: string): string => text.replace(/İ/gu, 'i');

/** Every date mention in the text, in text order; of overlapping matches the longest is kept. */
export function findDateMentions(text: string): DateMention[] {
  if (!/\d/u.test(text)) return [];
  const folded = foldDotted(text);
  const found: DateMention[] = [];
  for (const { re, parts } of PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const p = parts(m.slice().map((g) => g?.toLowerCase()));
      const mention = p && toMention(m, p);
      if (mention) found.push(mention);
    }
  }
  const kept: DateMention[] = [];
  for (const m of found.sort((a, b) => b.end - b.index - (a.end - a.index))) {
    if (!kept.some((k) => m.index < k.end && k.index < m.end)) kept.push(m);
  }
  return joinRanges(
    kept.sort((a, b) => a.index - b.index),
    folded,
  );
}

const RANGE_GAP = new RegExp(`^\\s*(?:[-–—]|${alternation(union((p) => p.rangeJoiners))})?\\s*$`, 'iu');

/**
 * Two dates joined by a dash or a joiner are one range, standing for its first day: "30 November – 2
 * December", "с 30 ноября по 2 декабря", "30 noyabrdan 2 dekabradək" (the endings are in the mentions).
 */
function joinRanges(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (!prev || prev.range || !RANGE_GAP.test(text.slice(prev.end, m.index))) {
      out.push(m);
      continue;
    }
    prev.year ??= m.year === null ? null : m.year - (prev.month > m.month ? 1 : 0);
    Object.assign(prev, { end: m.end, tailStart: m.tailStart, range: true });
  }
  return out;
}

export interface RelativeMention {
  index: number;
  end: number;
  /** Days back from the report's own day (today 0, yesterday 1), or a weekday (Monday 0) on or before it. */
  daysBack: number | null;
  weekday: number | null;
}

const RELATIVE_GROUPS = [
  union((p) => p.relative.today),
  union((p) => p.relative.yesterday),
  ...[0, 1, 2, 3, 4, 5, 6].map((i) => union((p) => p.weekdays[i] ?? [])),
];
const RELATIVE = new RegExp(
  `(?<![\\p{L}])(?:${RELATIVE_GROUPS.map((g) => `(${alternation(g)})`).join('|')})(?![\\p{L}])`,
  'giu',
);

/** "today", "dünən", "во вторник": days named relative to the report's own day. */
export function findRelativeMentions(text: string): RelativeMention[] {
  const out: RelativeMention[] = [];
  for (const m of foldDotted(text).matchAll(RELATIVE)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const index = m.index ?? 0;
    const end = index + m[0].length;
    out.push({ index, end, daysBack: group < 2 ? group : null, weekday: group >= 2 ? group - 2 : null });
  }
  return out;
}

/** Global regexes for a phrase list taken from every pack, for lowercased text. */
export const packRegexes = (pick: (pack: DatesPack) => readonly string[]): RegExp[] =>
  phraseRegexes(union(pick));
