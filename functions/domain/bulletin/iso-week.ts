import { z } from 'zod';

/** ISO 8601 weeks ("2025-W10"): weeks start on Monday; week 1 holds the year's first Thursday. */
export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;
/** The shape of a week name; isIsoWeek also checks the week exists (W53 only in long years). */
export const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(isoDate: string): number {
  const match = DATE_PATTERN.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== isoDate) throw new RangeError(`no such date: ${isoDate}`);
  return ms;
}

const toIsoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday of week 1: the Monday on or before 4 January. */
function week1Monday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * DAY_MS;
}

export function weeksInYear(year: number): number {
  return Math.round((week1Monday(year + 1) - week1Monday(year)) / (7 * DAY_MS));
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

export function parseIsoWeek(text: string): IsoWeek {
  const match = ISO_WEEK_PATTERN.exec(text);
  const year = Number(match?.[1]);
  const week = Number(match?.[2]);
  if (!match || week < 1 || week > weeksInYear(year)) throw new RangeError(`not an ISO week: ${text}`);
  return { year, week };
}

export function isIsoWeek(text: string): boolean {
  try {
    parseIsoWeek(text);
    return true;
  } catch {
    return false;
  }
}

/** Every boundary that takes a week (events, links, the command line) validates it with this one schema. */
export const isoWeekSchema = z.string().refine(isIsoWeek, { message: 'a week is YYYY-Www, e.g. 2026-W47' });

export function isoWeekOf(isoDate: string): string {
  const ms = toUtcMs(isoDate);
  // The week belongs to the year of its Thursday.
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = ms + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - week1Monday(year)) / (7 * DAY_MS)) + 1;
  return formatIsoWeek({ year, week });
}

/** Monday to Sunday, both inclusive. */
export function weekRange(text: string): { start: string; end: string } {
  const { year, week } = parseIsoWeek(text);
  const monday = week1Monday(year) + (week - 1) * 7 * DAY_MS;
  return { start: toIsoDate(monday), end: toIsoDate(monday + 6 * DAY_MS) };
}

/** The local calendar date of an instant in a time zone (Asia/Baku for the weekly schedule). */
export function localDate(now: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD; formatToParts keeps it independent of that detail.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function currentIsoWeek(now: Date, timeZone: string): string {
  return isoWeekOf(localDate(now, timeZone));
}

/** The week before, across year boundaries: a Monday compile sends last week's bulletin. */
export function previousIsoWeek(text: string): string {
  const { start } = weekRange(text);
  return isoWeekOf(toIsoDate(toUtcMs(start) - 7 * DAY_MS));
}
