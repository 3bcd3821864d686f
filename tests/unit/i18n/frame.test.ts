import { describe, expect, it } from 'vitest';
import { frameWords } from '../../../functions/domain/i18n/frame.js';
import { joinList, upper } from '../../../functions/domain/i18n/language.js';
import { TOPIC_KEYS, topicLabel } from '../../../functions/domain/i18n/topics.js';

describe('frame words', () => {
  it('writes the week heading with the right ordinal suffix', () => {
    expect(frameWords('az').week(47, '2025-11-17', '2025-11-23')).toBe('47-ci həftə, 17–23 noyabr 2025');
    expect(frameWords('az').week(1, '2024-12-30', '2025-01-05')).toBe(
      '1-ci həftə, 30 dekabr 2024 – 5 yanvar 2025',
    );
    expect(frameWords('en').week(47, '2025-11-17', '2025-11-23')).toBe('Week 47, 17–23 November 2025');
  });

  it('counts with singular nouns in Azerbaijani and plural in English', () => {
    const az = frameWords('az');
    const en = frameWords('en');
    expect([az.events(3), az.partners(1), az.documentsSigned(42)]).toEqual([
      '3 tədbir',
      '1 tərəfdaş',
      '42 imzalanmış sənəd',
    ]);
    expect([en.events(1), en.events(3), en.documentsSigned(1)]).toEqual([
      '1 event',
      '3 events',
      '1 document signed',
    ]);
  });

  it('has the fixed phrases of the bulletin frame', () => {
    expect(frameWords('az').title).toBe('Həftəlik əməkdaşlıq bülleteni');
    expect(frameWords('az').noEvents).toBe('Bu həftə heç bir tədbir qeydə alınmayıb.');
    expect(frameWords('en').noEvents).toBe('No events were recorded this week.');
    expect(frameWords('az').originalIn('en')).toBe('(orijinal ingilis dilində)');
    expect(frameWords('en').originalIn('en')).toBe('(original in English)');
    expect(frameWords('az').unsubscribe).toBe('Abunəlikdən çıxın');
  });
});

describe('topics', () => {
  it('translates every key of the extraction vocabulary', () => {
    expect(TOPIC_KEYS).toHaveLength(13);
    for (const key of TOPIC_KEYS) expect(topicLabel(key, 'en')).toBeTruthy();
    expect(topicLabel('higher education', 'az')).toBe('ali təhsil');
    expect(topicLabel('student exchange', 'az')).toBe('tələbə mübadiləsi');
    expect(topicLabel('artificial intelligence', 'az')).toBe('süni intellekt');
  });

  it('falls back to the English key', () => {
    expect(topicLabel('space science', 'az')).toBe('space science');
  });
});

describe('language helpers', () => {
  it('upper-cases Azerbaijani with its dotted İ', () => {
    expect(upper('ilham əliyev', 'az')).toBe('İLHAM ƏLİYEV');
    expect(upper('bülleteni', 'az')).toBe('BÜLLETENİ');
  });

  it('joins lists in running text', () => {
    expect(joinList(['A', 'B', 'C'], 'az')).toBe('A, B və C');
    expect(joinList(['A', 'B'], 'en')).toBe('A and B');
    expect(joinList(['A'], 'en')).toBe('A');
  });
});
