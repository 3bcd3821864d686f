import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../../../functions/domain/i18n/dates.js';

describe('formatDate', () => {
  it('writes the plain day-month-year form with lowercase Azerbaijani months', () => {
    expect(formatDate('2025-03-04', 'az')).toBe('4 mart 2025');
    expect(formatDate('2025-03-04', 'en')).toBe('4 March 2025');
    expect(formatDate('2026-08-21', 'az')).toBe('21 avqust 2026');
    expect(formatDate('2026-09-01', 'az')).toBe('1 sentyabr 2026');
  });

  it('refuses anything that is not YYYY-MM-DD', () => {
    expect(() => formatDate('04.03.2025', 'en')).toThrow(RangeError);
  });
});

describe('formatDateRange', () => {
  it('shares month and year inside one month', () => {
    expect(formatDateRange('2025-11-17', '2025-11-23', 'az')).toBe('17–23 noyabr 2025');
    expect(formatDateRange('2025-11-17', '2025-11-23', 'en')).toBe('17–23 November 2025');
  });

  it('names both months across a month boundary', () => {
    expect(formatDateRange('2025-02-24', '2025-03-02', 'az')).toBe('24 fevral – 2 mart 2025');
  });

  it('names both years across a year boundary', () => {
    expect(formatDateRange('2025-12-29', '2026-01-04', 'en')).toBe('29 December 2025 – 4 January 2026');
    expect(formatDateRange('2025-12-29', '2026-01-04', 'az')).toBe('29 dekabr 2025 – 4 yanvar 2026');
  });
});
