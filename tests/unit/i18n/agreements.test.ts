import { describe, expect, it } from 'vitest';
import { agreementList, agreementPhrase } from '../../../functions/domain/i18n/agreements.js';

describe('agreementPhrase', () => {
  it('inflects English for number', () => {
    expect(agreementPhrase('memorandum', 1, 'en')).toBe('1 memorandum of understanding');
    expect(agreementPhrase('memorandum', 40, 'en')).toBe('40 memoranda of understanding');
    expect(agreementPhrase('protocol', 2, 'en')).toBe('2 protocols');
    expect(agreementPhrase('agreement', 1, 'en')).toBe('1 agreement');
  });

  it('keeps the Azerbaijani noun singular after a numeral', () => {
    expect(agreementPhrase('memorandum', 40, 'az')).toBe('40 anlaşma memorandumu');
    expect(agreementPhrase('agreement', 5, 'az')).toBe('5 saziş');
    expect(agreementPhrase('protocol', 2, 'az')).toBe('2 protokol');
    expect(agreementPhrase('declaration', 3, 'az')).toBe('3 bəyannamə');
  });
});

describe('agreementList', () => {
  it('orders by type and joins with and / və', () => {
    const agreements = [
      { type: 'protocol' as const, count: 2 },
      { type: 'memorandum' as const, count: 1 },
      { type: 'programme' as const, count: 3 },
    ];
    expect(agreementList(agreements, 'en')).toBe(
      '1 memorandum of understanding, 2 protocols and 3 programmes',
    );
    expect(agreementList(agreements, 'az')).toBe('1 anlaşma memorandumu, 2 protokol və 3 proqram');
    expect(agreementList([], 'en')).toBe('');
  });
});
