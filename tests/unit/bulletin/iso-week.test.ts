import { describe, expect, it } from 'vitest';
import {
  currentIsoWeek,
  isoWeekOf,
  isoWeekSchema,
  localDate,
  parseIsoWeek,
  previousIsoWeek,
  weekRange,
  weeksInYear,
} from '../../../functions/domain/bulletin/iso-week.js';

describe('ISO weeks', () => {
  it('parses and validates week strings', () => {
    expect(parseIsoWeek('2025-W10')).toEqual({ year: 2025, week: 10 });
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(() => parseIsoWeek('2025-W53')).toThrow(RangeError); // 2025 has 52 weeks
    expect(() => parseIsoWeek('2025-W00')).toThrow(RangeError);
    expect(() => parseIsoWeek('2025-10')).toThrow(RangeError);
  });

  it('finds the week of a date, across year boundaries', () => {
    expect(isoWeekOf('2025-03-04')).toBe('2025-W10');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2025-11-23')).toBe('2025-W47');
  });

  it('refuses impossible dates', () => {
    expect(() => isoWeekOf('2025-02-30')).toThrow(RangeError);
  });

  it('gives Monday to Sunday', () => {
    expect(weekRange('2025-W10')).toEqual({ start: '2025-03-03', end: '2025-03-09' });
    expect(weekRange('2025-W01')).toEqual({ start: '2024-12-30', end: '2025-01-05' });
    expect(weekRange('2026-W53')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    expect(weekRange('2025-W47')).toEqual({ start: '2025-11-17', end: '2025-11-23' });
  });

  it('round-trips every day of several years', () => {
    for (let d = Date.UTC(2019, 0, 1); d < Date.UTC(2031, 0, 1); d += 86_400_000) {
      const date = new Date(d).toISOString().slice(0, 10);
      const { start, end } = weekRange(isoWeekOf(date));
      expect(start <= date && date <= end).toBe(true);
    }
  });

  it('counts 52 or 53 weeks', () => {
    expect(weeksInYear(2025)).toBe(52);
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2020)).toBe(53);
  });

  it('steps back a week across the year', () => {
    expect(previousIsoWeek('2027-W01')).toBe('2026-W53');
    expect(previousIsoWeek('2025-W10')).toBe('2025-W09');
  });
});

describe('currentIsoWeek', () => {
  it('uses the local date of the time zone', () => {
    // Sunday 2025-03-09 21:30 UTC is already Monday 01:30 in Baku (UTC+4).
    const now = new Date('2025-03-09T21:30:00Z');
    expect(localDate(now, 'Asia/Baku')).toBe('2025-03-10');
    expect(currentIsoWeek(now, 'Asia/Baku')).toBe('2025-W11');
    expect(currentIsoWeek(now, 'UTC')).toBe('2025-W10');
  });

  it('handles the new year in Baku', () => {
    expect(currentIsoWeek(new Date('2026-12-31T21:00:00Z'), 'Asia/Baku')).toBe('2026-W53');
  });
});

describe('isoWeekSchema (the one week check of every boundary)', () => {
  it('takes existing weeks only: W53 in long years, never W00 or W54', () => {
    expect(isoWeekSchema.safeParse('2026-W53').success).toBe(true); // 2026 has 53 weeks
    expect(isoWeekSchema.safeParse('2025-W53').success).toBe(false);
    expect(isoWeekSchema.safeParse('2025-W00').success).toBe(false);
    expect(isoWeekSchema.safeParse('2025-W1').success).toBe(false);
    expect(isoWeekSchema.safeParse('2025-W10 ').success).toBe(false);
    expect(isoWeekSchema.parse('2025-W10')).toBe('2025-W10');
  });
});
