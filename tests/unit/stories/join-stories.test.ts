import { describe, expect, it } from 'vitest';
import type { OkArticle } from '../../../functions/domain/article/article.js';
import { buildBulletin } from '../../../functions/domain/bulletin/build-bulletin.js';
import { joinStories } from '../../../functions/domain/stories/join-stories.js';
import type { StoryArticle } from '../../../functions/domain/stories/story-facts.js';
import { makeArticle, org, person } from '../../helpers/article-factory.js';
import { MINISTERS, NATIONAL_UNIVERSITY, TECHNICAL_UNIVERSITY } from '../../helpers/story-reports.js';

const at = (report: StoryArticle, ingestedAt: string): StoryArticle => ({ ...report, ingestedAt });
const NOON = '2026-03-11T12:00:00Z';
const NOON_AND_A_BIT = '2026-03-11T12:00:40Z';

describe('joinStories (compile): reports ingested side by side that missed each other', () => {
  it('joins two reports of one event ingested at the same moment under the earlier story key', () => {
    const [en, , ru] = NATIONAL_UNIVERSITY as [StoryArticle, StoryArticle, StoryArticle];
    const keys = joinStories([at(ru, NOON), at(en, NOON_AND_A_BIT)]);
    expect(keys.get(ru.id)).toBe(en.storyKey);
    expect(keys.get(en.id)).toBe(en.storyKey);
  });

  it('leaves reports ingested one after the other as ingest keyed them', () => {
    const [en, , ru] = NATIONAL_UNIVERSITY as [StoryArticle, StoryArticle, StoryArticle];
    const keys = joinStories([at(en, NOON), at(ru, '2026-03-11T15:00:00Z')]);
    expect(keys.get(ru.id)).toBe(ru.storyKey);
  });

  it('never joins different events, nor splits a stored story', () => {
    const visit = [...MINISTERS, ...NATIONAL_UNIVERSITY, ...TECHNICAL_UNIVERSITY].map((r) => at(r, NOON));
    const stored = visit.map((r) => ({ ...r, storyKey: r.id.split('-')[0] as string }));
    const keys = joinStories(stored);
    expect(new Set(keys.values())).toEqual(new Set(['min', 'nuu', 'tech']));
    expect(joinStories([...stored].reverse())).toEqual(keys);
  });

  it('gives the bulletin one item for the two reports', () => {
    const base = {
      eventDate: '2026-03-10',
      countries: ['UZ'],
      organizations: [org('National University of Uzbekistan')],
    };
    const en = makeArticle({
      ...base,
      id: 'en',
      storyKey: 'k-en',
      people: [person('Inomjon Majidov', 'rector')],
    });
    const az = makeArticle({
      ...base,
      id: 'az',
      storyKey: 'k-az',
      language: 'az',
      people: [person('İnomcon Məcidov', 'rektor')],
    });
    // As compile loads them: the stored record (with ingestedAt) beside the article JSON.
    const stored = (article: OkArticle, ingestedAt: string): OkArticle =>
      Object.assign({ ingestedAt }, article);
    const articles = [stored(en, NOON), stored(az, NOON_AND_A_BIT)];
    const bulletin = buildBulletin({ week: '2026-W11', articles });
    expect(bulletin.figures.events).toBe(1);
    expect(bulletin.groups[0]?.items[0]?.articleIds).toEqual(['az', 'en']);
  });
});
