/** Calendar days as YYYY-MM-DD strings, and a mention's day with its year filled in. */
import type { DateMention } from './date-patterns.js';

const DAY_MS = 86_400_000;
const isoOf = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const addDays = (iso: string, n: number) => {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? iso : new Date(t + n * DAY_MS).toISOString().slice(0, 10);
};
export const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
const valid = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;

/**
 * A missing year: the most recent such day not after the reference (a day's slack for time zones); a
 * planned day is the next such day instead ("will be held on 5 January", written on 30 December).
 */
export function resolve(m: DateMention, ref: string, planned: boolean): string | null {
  if (m.year !== null) return valid(m.year, m.month, m.day) ? isoOf(m.year, m.month, m.day) : null;
  const year = Number(ref.slice(0, 4));
  const years = planned ? [year, year + 1] : [year + 1, year, year - 1];
  for (const y of years) {
    if (!valid(y, m.month, m.day)) continue;
    const iso = isoOf(y, m.month, m.day);
    if (planned ? iso >= addDays(ref, -1) : iso <= addDays(ref, 1)) return iso;
  }
  return null;
}
