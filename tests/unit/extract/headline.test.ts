import { describe, expect, it } from 'vitest';
import { buildSummary, buildTitle } from '../../../functions/domain/extract/headline.js';

// The summary (the lead without its dateline) and the title built from the facts when a report has none.

describe('summaries', () => {
  it('start after the dateline, in each language', () => {
    expect(
      buildSummary(
        'Ganja, 2 December 2026 – Rectors of six universities opened a joint engineering school in Ganja.',
      ),
    ).toBe('Rectors of six universities opened a joint engineering school in Ganja.');
    expect(
      buildSummary('Гянджа, 2 декабря 2026 года. Ректоры шести университетов открыли совместную школу.'),
    ).toBe('Ректоры шести университетов открыли совместную школу.');
    expect(
      buildSummary(
        'Gəncə, 2 dekabr 2026-cı il. Altı universitetin rektorları birgə mühəndislik məktəbi açıb.',
      ),
    ).toBe('Altı universitetin rektorları birgə mühəndislik məktəbi açıb.');
  });

  it('keep a lead that opens with a place and a comma but no date', () => {
    const lead = 'However, 20 students from Ganja will spend the next summer at a school in Japan.';
    expect(buildSummary(lead)).toBe(lead);
  });
});

describe('titles', () => {
  it('builds Russian headlines with the right noun form after a number', () => {
    const title = (count: number) =>
      buildTitle({
        language: 'ru',
        countries: ['UZ'],
        organizations: [],
        agreements: [{ type: 'memorandum', count }],
      });
    expect(title(3)).toMatch(/3 меморандума$/);
    expect(title(12)).toMatch(/12 меморандумов$/);
    expect(title(21)).toMatch(/21 меморандум$/);
    expect(title(1)).toMatch(/подписали меморандум$/);
  });

  it('builds an English title with the right article', () => {
    const agreements = [{ type: 'agreement' as const, count: 1 }];
    expect(buildTitle({ language: 'en', countries: ['CN'], organizations: [], agreements })).toBe(
      'Azerbaijan and China sign an agreement',
    );
  });
});
