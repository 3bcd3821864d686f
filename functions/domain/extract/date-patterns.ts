/**
 * Date mentions in English, Azerbaijani and Russian news text, found by our own patterns: chrono-node
 * has no Azerbaijani, picks the nearest rather than the most recent year, and is large to bundle.
 */
export interface DateMention {
  /** Offset of the mention in the text it was found in. */
  index: number;
  month: number;
  day: number;
  year: number | null;
}

// Month stems; an inflected ending may follow (noyabrın, ноября, Sept.).
const MONTHS: readonly string[][] = [
  ['january', 'jan', 'yanvar', 'январ'],
  ['february', 'feb', 'fevral', 'феврал'],
  ['march', 'mar', 'mart', 'март'],
  ['april', 'apr', 'aprel', 'апрел'],
  ['may', 'mayı', 'mayd', 'мая', 'май', 'мае'],
  ['june', 'jun', 'iyun', 'июн'],
  ['july', 'jul', 'iyul', 'июл'],
  ['august', 'aug', 'avqust', 'август'],
  ['september', 'sept', 'sep', 'sentyabr', 'сентябр'],
  ['october', 'oct', 'oktyabr', 'октябр'],
  ['november', 'nov', 'noyabr', 'ноябр'],
  ['december', 'dec', 'dekabr', 'декабр'],
];
const MONTH_RE = `((?:${MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join('|')})[\\p{L}]{0,6}\\.?)`;
const DAY = '(\\d{1,2})(?:-?(?:st|nd|rd|th))?';
// A second day of a range or a pair ("28-29", "25 и 26", "5 and 6") is skipped: the first day counts.
const DAY_PAIR = `${DAY}(?:\\s*[-–—]\\s*\\d{1,2}|\\s+(?:и|and|və|ve)\\s+\\d{1,2})?`;
const YEAR = '(\\d{4})';

const PATTERNS: { re: RegExp; order: 'dmy' | 'mdy' | 'ymd-az' | 'num' | 'iso' }[] = [
  // 28 November 2024, 4 oktyabr 2024-cü il, 5 марта 2024 года, 21 января, mayın 28-29-da is below.
  {
    re: new RegExp(`(?<![\\d.])${DAY_PAIR}\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+${YEAR}(?!\\d))?`, 'giu'),
    order: 'dmy',
  },
  // March 4, 2025 / On March 4
  { re: new RegExp(`${MONTH_RE}\\s+${DAY_PAIR}(?!\\d)(?:,?\\s+${YEAR}(?!\\d))?`, 'giu'), order: 'mdy' },
  // 2026-cı il yanvarın 21-də / Noyabrın 6-da / mayın 28-29-da
  {
    re: new RegExp(
      `(?:${YEAR}-?(?:c[iıuü]|ci|cu)\\s+il(?:in)?\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:\\s*-\\s*\\d{1,2})?-?(?:d[əa]|n[əa]|c[iıuü]|[ıiuü]nd[əa])`,
      'giu',
    ),
    order: 'ymd-az',
  },
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g, order: 'num' },
  { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, order: 'iso' },
];

const EXACT = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let i = 0; i < MONTHS.length; i++) {
    const stems = MONTHS[i] ?? [];
    // English abbreviations must stand alone ("mar" must not take "market").
    if (stems.some((s) => (EXACT.has(s) ? w === s : w.startsWith(s)))) return i + 1;
  }
  return null;
}

function toMention(m: RegExpMatchArray, order: string): DateMention | null {
  const [, a, b, c] = m;
  let day: number;
  let month: number | null;
  let year: number | null;
  if (order === 'dmy') [day, month, year] = [Number(a), monthOf(b ?? ''), c ? Number(c) : null];
  else if (order === 'mdy') [month, day, year] = [monthOf(a ?? ''), Number(b), c ? Number(c) : null];
  else if (order === 'ymd-az') [year, month, day] = [a ? Number(a) : null, monthOf(b ?? ''), Number(c)];
  else if (order === 'num') [day, month, year] = [Number(a), Number(b), Number(c)];
  else [year, month, day] = [Number(a), Number(b), Number(c)];
  if (!month || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1990 || year > 2100)) return null;
  return { index: m.index ?? 0, month, day, year };
}

/** Every date mention in the text, in text order; overlapping matches of two patterns are merged. */
export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, order } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const mention = toMention(m, order);
      if (!mention) continue;
      const twin = found.find((f) => Math.abs(f.index - mention.index) < 12);
      if (!twin) found.push(mention);
      else if (twin.year === null && mention.year !== null) twin.year = mention.year;
    }
  }
  return found.sort((x, y) => x.index - y.index);
}
