/**
 * Date mentions in news text, found by patterns built once from the language packs (locales/<lang>/dates.ts):
 * chrono-node has no Azerbaijani, picks the nearest rather than the most recent year, and is large to bundle.
 */
import { foldDotted, union } from './date-packs.js';
import { MONTH_OF, PATTERNS, type Parts } from './date-regexes.js';
import { alternation } from './locales/dates-pack.js';

// The packs and their helpers live in date-packs.ts; they stay importable from here, where they were first.
export { DATE_PACKS, foldDotted, packRegexes, union } from './date-packs.js';

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
