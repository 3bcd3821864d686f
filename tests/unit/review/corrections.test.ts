import { describe, expect, it } from 'vitest';
import { changeFromForm } from '../../../functions/domain/review/correction-form.js';
import {
  applyChange,
  correctFacts,
  correctionChangeSchema,
} from '../../../functions/domain/review/corrections.js';
import { applyStoryEdits } from '../../../functions/domain/review/edit-bulletin.js';
import { makeArticle, org } from '../../helpers/article-factory.js';

const by = { at: '2026-11-23T10:00:00Z', editor: 'press@example.org' };

describe('corrections', () => {
  it('set, keep and clear fields; per-language texts merge; merge and split undo each other', () => {
    const first = applyChange(null, 'a1', { eventDate: '2026-11-20', headline: { en: 'New headline' } }, by);
    expect(first).toMatchObject({
      articleId: 'a1',
      eventDate: '2026-11-20',
      headline: { en: 'New headline' },
    });
    const second = applyChange(
      first,
      'a1',
      { headline: { az: 'Yeni başlıq' }, exclude: true, split: true },
      by,
    );
    expect(second).toMatchObject({ eventDate: '2026-11-20', exclude: true, split: true });
    expect(second.headline).toEqual({ en: 'New headline', az: 'Yeni başlıq' });
    const third = applyChange(
      second,
      'a1',
      { eventDate: null, exclude: null, headline: { en: '' }, mergeWith: 'a2' },
      by,
    );
    expect(third.eventDate).toBeUndefined();
    expect(third.exclude).toBeUndefined();
    expect(third.split).toBeUndefined();
    expect(third).toMatchObject({
      mergeWith: 'a2',
      headline: { az: 'Yeni başlıq' },
      updatedBy: 'press@example.org',
    });
  });

  it('refuse what the article contract refuses: unknown countries, agreement types, counts, dates', () => {
    for (const bad of [
      { countries: ['Turkey'] },
      { agreements: [{ type: 'treaty', count: 1 }] },
      { agreements: [{ type: 'memorandum', count: 0 }] },
      { eventDate: '20.11.2026' },
      { organizations: [{ name: 'X', en: 'X', az: 'X', country: 'xx' }] },
      { unknownField: true },
    ]) {
      expect(correctionChangeSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('override the extracted facts without touching them', () => {
    const article = makeArticle({ id: 'a1', countries: ['TR'], eventDate: '2026-11-17' });
    const corrected = correctFacts(article, {
      ...applyChange(
        null,
        'a1',
        { countries: ['HU'], organizations: [org('Tbilisi State University', 'GE')] },
        by,
      ),
    });
    expect(corrected).toMatchObject({ countries: ['HU'], eventDate: '2026-11-17' });
    expect(corrected.organizations).toEqual([
      {
        name: 'Tbilisi State University',
        en: 'Tbilisi State University',
        az: 'Tbilisi State University',
        country: 'GE',
      },
    ]);
    expect(article.countries).toEqual(['TR']);
  });

  it('read the review form: an untouched form changes nothing, edits become a change', () => {
    const extracted = {
      ...makeArticle({
        id: 'a1',
        countries: ['TR'],
        agreements: [{ type: 'protocol', count: 1, title: 'x' }],
      }),
      organizations: [
        { name: 'TDU', en: 'Tbilisi State University', az: 'Tbilisi Dövlət Universiteti', country: 'GE' },
      ],
    };
    const untouched = {
      eventDate: extracted.eventDate ?? '',
      countries: 'TR',
      organizations: 'Tbilisi State University | Tbilisi Dövlət Universiteti | GE',
      agreements: 'protocol:1',
    };
    const change = changeFromForm(untouched, extracted);
    expect(change).toMatchObject({
      exclude: null,
      eventDate: null,
      countries: null,
      organizations: null,
      agreements: null,
    });
    const edited = changeFromForm(
      {
        ...untouched,
        countries: 'tr, hu',
        agreements: 'memorandum:2, protocol',
        exclude: 'on',
        headlineAz: 'Başlıq',
      },
      extracted,
    );
    expect(edited).toMatchObject({
      exclude: true,
      countries: ['TR', 'HU'],
      agreements: [
        { type: 'memorandum', count: 2 },
        { type: 'protocol', count: 1 },
      ],
      headline: { en: '', az: 'Başlıq' },
    });
    expect(correctionChangeSchema.safeParse(edited).success).toBe(true);
  });

  it('story edits: a split stands alone, a merge follows chains and never loops', () => {
    const joined = new Map([
      ['a', 'k1'],
      ['b', 'k1'],
      ['c', 'k2'],
      ['d', 'k3'],
    ]);
    const keys = applyStoryEdits(joined, {
      split: new Set(['b']),
      mergeWith: new Map([
        ['d', 'c'],
        ['c', 'a'],
      ]),
    });
    expect(Object.fromEntries(keys)).toEqual({ a: 'k1', b: 'split-b', c: 'k1', d: 'k1' });
    const loop = applyStoryEdits(joined, {
      split: new Set(),
      mergeWith: new Map([
        ['a', 'c'],
        ['c', 'a'],
      ]),
    });
    expect(loop.size).toBe(4);
  });
});
