import { describe, expect, it } from 'vitest';
import { buildBulletin } from '../../../functions/domain/bulletin/build-bulletin.js';
import { makeArticle, sampleWeek } from '../../helpers/article-factory.js';

const week = '2025-W10';

describe('buildBulletin', () => {
  it('merges reports of one story, keeping each language its own words', () => {
    const bulletin = buildBulletin({ week, articles: sampleWeek() });
    const kz = bulletin.groups.find((g) => g.key === 'country:KZ')?.items;
    expect(kz).toHaveLength(1);
    const item = kz?.[0];
    expect(item?.articleIds).toEqual(['kz-az', 'kz-en']);
    expect(item?.versions.en?.summary).toBe('Universities of both countries signed 40 memoranda.');
    expect(item?.versions.az?.title).toBe('Azərbaycan və Qazaxıstan 40 memorandum imzalayıb');
    expect(item?.versions.az?.articleIds).toEqual(['kz-az']);
    // The same signing reported twice is 40 memoranda, not 80.
    expect(item?.agreements).toEqual([{ type: 'memorandum', count: 40 }]);
    expect(item?.topics).toEqual(['higher education', 'student exchange']);
    expect(item?.headline).toEqual({
      en: 'Azerbaijan and Kazakhstan: 40 memoranda of understanding signed',
      az: 'Azərbaycan və Qazaxıstan: 40 anlaşma memorandumu imzalanıb',
    });
  });

  it('groups by partner, most active first, other cooperation last', () => {
    const extra = makeArticle({ id: 'tr-2', storyKey: 'tr-2', countries: ['TR'], eventDate: '2025-03-03' });
    const bulletin = buildBulletin({ week, articles: [...sampleWeek(), extra] });
    expect(bulletin.groups.map((g) => g.key)).toEqual([
      'country:TR', // two events
      'country:KZ', // one event, 40 documents
      'organization:isesco', // one event, none signed; the domestic ministry is not the partner
      'other',
    ]);
    expect(bulletin.groups[0]?.items.map((i) => i.id)).toEqual(['tr-2', 'tr-2025-03-06']);
  });

  it('breaks ties by key so order never depends on input order', () => {
    const a = makeArticle({ id: 'a', countries: ['UZ'] });
    const b = makeArticle({ id: 'b', countries: ['GE'] });
    expect(buildBulletin({ week, articles: [a, b] }).groups.map((g) => g.key)).toEqual([
      'country:GE',
      'country:UZ',
    ]);
  });

  it('sums the header figures', () => {
    const { figures } = buildBulletin({ week, articles: sampleWeek() });
    expect(figures).toEqual({
      events: 4,
      partners: 3,
      documentsSigned: 43,
      agreements: [
        { type: 'memorandum', count: 40 },
        { type: 'agreement', count: 1 },
        { type: 'protocol', count: 2 },
      ],
    });
  });

  it('counts every country of a multilateral event as a partner', () => {
    const article = makeArticle({ id: 'multi', countries: ['TR', 'KZ', 'UZ'] });
    const bulletin = buildBulletin({ week, articles: [article] });
    expect(bulletin.figures.partners).toBe(3);
    expect(bulletin.groups.map((g) => g.key)).toEqual(['country:TR']);
  });

  it('uses the event date, else the earliest publication date', () => {
    const late = makeArticle({ id: 'x1', storyKey: 's', eventDate: null, publishedAt: '2025-03-07' });
    const early = makeArticle({
      id: 'x2',
      storyKey: 's',
      eventDate: null,
      publishedAt: '2025-03-05',
      language: 'az',
    });
    const item = buildBulletin({ week, articles: [late, early] }).groups[0]?.items[0];
    expect(item?.date).toBe('2025-03-05');
  });

  it('is deterministic whatever the input order', () => {
    const articles = sampleWeek();
    const one = JSON.stringify(buildBulletin({ week, articles }));
    const two = JSON.stringify(buildBulletin({ week, articles: [...articles].reverse() }));
    expect(two).toBe(one);
  });

  it('returns an empty bulletin for an empty week', () => {
    const bulletin = buildBulletin({ week, articles: [] });
    expect(bulletin).toEqual({
      week,
      start: '2025-03-03',
      end: '2025-03-09',
      figures: { events: 0, partners: 0, documentsSigned: 0, agreements: [] },
      groups: [],
      late: [],
    });
  });

  it('lists late news with their own week, outside the figures', () => {
    const late = makeArticle({ id: 'old', eventDate: '2025-02-26', countries: ['DE'] });
    const bulletin = buildBulletin({ week, articles: sampleWeek(), late: [late] });
    expect(bulletin.late.map((i) => [i.id, i.week])).toEqual([['old', '2025-W09']]);
    expect(bulletin.figures.events).toBe(4);
  });

  it('never takes Azerbaijan or its institutions as the partner', () => {
    const article = makeArticle({
      id: 'home',
      countries: ['AZ'],
      organizations: ['ADA University', 'Baku State University'],
    });
    const item = buildBulletin({ week, articles: [article] }).groups[0]?.items[0];
    expect(item?.partner).toBeNull();
    expect(item?.countries).toEqual([]);
  });

  it('gives an odd storyKey a safe anchor', () => {
    const article = makeArticle({ id: 'odd', storyKey: 'a b/"<x>"' });
    const id = buildBulletin({ week, articles: [article] }).groups[0]?.items[0]?.id;
    expect(id).toMatch(/^s-[0-9a-f]{8}$/);
  });
});
