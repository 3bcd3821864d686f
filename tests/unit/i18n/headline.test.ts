import { describe, expect, it } from 'vitest';
import { buildHeadline, type HeadlineFacts } from '../../../functions/domain/i18n/headline.js';

const facts = (over: Partial<HeadlineFacts>): HeadlineFacts => ({
  countries: [],
  organization: null,
  agreements: [],
  topics: [],
  title: null,
  ...over,
});

describe('buildHeadline', () => {
  it('states what was signed with a country in both languages', () => {
    const f = facts({ countries: ['KZ'], agreements: [{ type: 'memorandum', count: 40 }] });
    expect(buildHeadline(f, 'en')).toBe('Azerbaijan and Kazakhstan: 40 memoranda of understanding signed');
    expect(buildHeadline(f, 'az')).toBe('Azərbaycan və Qazaxıstan: 40 anlaşma memorandumu imzalanıb');
  });

  it('calls a meeting with an organization a meeting', () => {
    const f = facts({ organization: 'ISESCO', topics: ['science and research'] });
    expect(buildHeadline(f, 'en')).toBe('Meeting with ISESCO');
    expect(buildHeadline(f, 'az')).toBe('ISESCO ilə görüş');
  });

  it('names the field of cooperation when nothing was signed', () => {
    const f = facts({ countries: ['TR', 'HU'], topics: ['vocational education'] });
    expect(buildHeadline(f, 'en')).toBe(
      'Azerbaijan, Türkiye and Hungary: cooperation in vocational education',
    );
    expect(buildHeadline(f, 'az')).toBe(
      'Azərbaycan, Türkiyə və Macarıstan: peşə təhsili sahəsində əməkdaşlıq',
    );
  });

  it("falls back to the report's own title, then to null", () => {
    expect(buildHeadline(facts({ title: 'Olympiad opened' }), 'en')).toBe('Olympiad opened');
    expect(buildHeadline(facts({ topics: ['inclusive education'] }), 'az')).toBe(
      'İnklüziv təhsil sahəsində əməkdaşlıq',
    );
    expect(buildHeadline(facts({}), 'en')).toBeNull();
  });
});
