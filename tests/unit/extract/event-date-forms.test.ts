import { describe, expect, it } from 'vitest';
import { DATE_PACKS, findDateMentions } from '../../../functions/domain/extract/date-patterns.js';
import { extractEventDate } from '../../../functions/domain/extract/event-date.js';

const first = (text: string) => {
  const m = findDateMentions(text)[0];
  return m ? [m.year, m.month, m.day] : null;
};

describe('date forms in three languages', () => {
  it.each([
    ['on the 14th of May', [null, 5, 14]],
    ['May 14, 2024', [2024, 5, 14]],
    ['Sept. 5 2025', [2025, 9, 5]],
    ['dekabrın 5-də', [null, 12, 5]],
    ['Noyabrin 6-da', [null, 11, 6]],
    ['5 dekabrda', [null, 12, 5]],
    ['4 oktyabr 2024-cü il tarixində', [2024, 10, 4]],
    ['2026-cı il yanvarın 21-də', [2026, 1, 21]],
    ['İyunun 3-də', [null, 6, 3]],
    ['5-го декабря', [null, 12, 5]],
    ['5 декабря 2025 года', [2025, 12, 5]],
    ['05.12.2025', [2025, 12, 5]],
    ['17/12/2025', [2025, 12, 17]],
    ['2025-12-05 10:00', [2025, 12, 5]],
    ['2026-cı il yanvar ayının 21-də', [2026, 1, 21]],
    ['30 ноября – 2 декабря 2025 года', [2025, 11, 30]],
    ['30 December 2025 – 2 January 2026', [2025, 12, 30]],
    ['30 December – 2 January 2026', [2025, 12, 30]],
  ])('reads %s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each([
    '5 students from 12 universities',
    'smart 5 schools',
    'in May 2024',
    'the 2021-2022 school year',
    'martial 3 steps',
  ])('finds no date in "%s"', (text) => {
    expect(findDateMentions(text)).toEqual([]);
  });

  it('marks a range, also one spread over two months or written with case endings', () => {
    expect(findDateMentions('mayın 28-29-da')[0]).toMatchObject({ day: 28, month: 5, range: true });
    expect(findDateMentions('dekabrın 5-dən 7-dək')).toEqual([
      expect.objectContaining({ day: 5, range: true }),
    ]);
    expect(findDateMentions('30 noyabrdan 2 dekabradək')).toEqual([
      expect.objectContaining({ day: 30, month: 11, range: true }),
    ]);
  });

  it('every language pack names twelve months and seven weekdays', () => {
    for (const pack of DATE_PACKS) {
      expect(pack.months).toHaveLength(12);
      expect(pack.weekdays).toHaveLength(7);
    }
  });
});

describe('dated sentences in context', () => {
  it('reads numeric and ISO dates in the lead', () => {
    expect(
      extractEventDate(
        '05.12.2025 tarixində nazirlikdə Çinin səfiri ilə görüş keçirilib.',
        '2025-12-06',
        null,
      ),
    ).toBe('2025-12-05');
    expect(
      extractEventDate(
        'The memorandum was signed on 2025-12-05 at the ministry in Baku by both rectors.',
        '2025-12-06',
        null,
      ),
    ).toBe('2025-12-05');
  });

  it('reads a Russian date with its year word', () => {
    const text = '5 декабря 2025 года в Баку министр встретился с ректором Тбилисского университета.';
    expect(extractEventDate(text, '2025-12-06', null)).toBe('2025-12-05');
  });

  it('reads a year before the Azerbaijani genitive month', () => {
    const text = '2026-cı il yanvarın 21-də nazir Özbəkistanın təhsil naziri ilə görüşüb.';
    expect(extractEventDate(text, '2026-01-22', null)).toBe('2026-01-21');
  });
});
