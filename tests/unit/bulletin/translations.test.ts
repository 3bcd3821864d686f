import { describe, expect, it } from 'vitest';
import { buildBulletin } from '../../../functions/domain/bulletin/build-bulletin.js';
import {
  applyTranslations,
  summaryFor,
  translationRequests,
} from '../../../functions/domain/bulletin/translations.js';
import { sampleWeek } from '../../helpers/article-factory.js';

const week = '2025-W10';
const items = (b: ReturnType<typeof buildBulletin>) => b.groups.flatMap((g) => g.items);

describe('summaries across languages', () => {
  it("shows the reader's own report, else the lead built from the facts in the reader's language", () => {
    const bulletin = buildBulletin({ week, articles: sampleWeek() });
    const isesco = items(bulletin).find((i) => i.id === 'isesco-2025-03-05');
    if (!isesco) throw new Error('missing item');
    expect(summaryFor(isesco, 'en')).toEqual({
      text: 'The minister met the ISESCO director general.',
      note: null,
    });
    expect(summaryFor(isesco, 'az')).toEqual({
      text: 'Martın 5-də Azərbaycan və ISESCO elm və tədqiqat sahəsində əməkdaşlığı müzakirə edib.',
      note: null,
    });
    // No item shows the other language as its only summary.
    for (const item of items(bulletin))
      for (const language of ['az', 'en'] as const) {
        const { text } = summaryFor(item, language);
        expect(text.length).toBeGreaterThan(0);
        if (!item.versions[language]) expect(text).toBe(item.lead[language]);
      }
  });

  it('asks a Translator only for missing languages and applies its answers', () => {
    const bulletin = buildBulletin({ week, articles: sampleWeek() });
    const requests = translationRequests(bulletin);
    expect(requests.map((r) => `${r.itemId}:${r.from}->${r.to}`)).toEqual([
      'tr-2025-03-06:az->en',
      'isesco-2025-03-05:en->az',
      'misc:en->az',
    ]);
    const results = requests.map((r) => ({
      itemId: r.itemId,
      from: r.from,
      to: r.to,
      summary: `[${r.to}] ${r.text}`,
    }));
    const translated = applyTranslations(bulletin, results);
    const isesco = items(translated).find((i) => i.id === 'isesco-2025-03-05');
    if (!isesco) throw new Error('missing item');
    expect(summaryFor(isesco, 'az')).toEqual({
      text: '[az] The minister met the ISESCO director general.',
      note: { kind: 'translated', from: 'en' },
    });
    expect(translationRequests(translated)).toEqual([]);
    // The input is not mutated, and passing translations to buildBulletin gives the same result.
    expect(translationRequests(bulletin)).toHaveLength(3);
    expect(buildBulletin({ week, articles: sampleWeek(), translations: results })).toEqual(translated);
  });
});
