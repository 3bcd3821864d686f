import { describe, expect, it } from 'vitest';
import { azOrdinal } from '../../../functions/domain/i18n/ordinal.js';

describe('azOrdinal', () => {
  it.each([
    [1, '1-ci'],
    [2, '2-ci'],
    [3, '3-cü'],
    [4, '4-cü'],
    [5, '5-ci'],
    [6, '6-cı'],
    [7, '7-ci'],
    [8, '8-ci'],
    [9, '9-cu'],
    [10, '10-cu'],
    [20, '20-ci'],
    [30, '30-cu'],
    [40, '40-cı'],
    [50, '50-ci'],
    [43, '43-cü'],
    [46, '46-cı'],
    [47, '47-ci'],
    [49, '49-cu'],
    [53, '53-cü'],
    [90, '90-cı'],
    [100, '100-cü'],
    [2000, '2000-ci'],
    [2024, '2024-cü'],
    [2025, '2025-ci'],
    [2026, '2026-cı'],
  ])('%i -> %s', (n, expected) => {
    expect(azOrdinal(n)).toBe(expected);
  });
});
