import { describe, expect, it } from 'vitest';
import { assignStories, candidateWeeks, matchStory } from '../../../functions/domain/stories/assign-story.js';
import type { StoryArticle } from '../../../functions/domain/stories/story-facts.js';
import {
  busyWindow,
  CONFERENCE,
  MINISTERS,
  NATIONAL_UNIVERSITY,
  OTHERS,
  report,
  TECHNICAL_UNIVERSITY,
} from '../../helpers/story-reports.js';

const VISIT = [...MINISTERS, ...NATIONAL_UNIVERSITY, ...TECHNICAL_UNIVERSITY];
const ALL = [...VISIT, ...CONFERENCE, ...OTHERS];

/** The groups of ids that share a key, each sorted, sorted by first id. */
function groups(keys: Map<string, string>): string[][] {
  const byKey = new Map<string, string[]>();
  for (const [id, key] of keys) byKey.set(key, [...(byKey.get(key) ?? []), id]);
  return [...byKey.values()].map((g) => g.sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

const ids = (reports: StoryArticle[]) => reports.map((r) => r.id).sort();

describe('assignStories: one key per event, in any language', () => {
  it('groups the reports of each event of one visit and keeps the three events apart', () => {
    const found = groups(assignStories(ALL));
    for (const event of [MINISTERS, NATIONAL_UNIVERSITY, TECHNICAL_UNIVERSITY]) {
      expect(found).toContainEqual(ids(event));
    }
  });

  it('joins a conference reported on its first day and on its last, with other speakers', () => {
    expect(groups(assignStories(ALL))).toContainEqual(ids(CONFERENCE));
  });

  it('leaves unrelated events alone, each with its own key', () => {
    const keys = assignStories(ALL);
    for (const other of OTHERS) expect(keys.get(other.id)).toBe(other.storyKey);
    expect(new Set(keys.values()).size).toBe(3 + 1 + OTHERS.length);
  });

  it('gives the first report of an event its own key and the later ones that key', () => {
    const keys = assignStories(MINISTERS);
    expect(new Set(keys.values())).toEqual(new Set(['own-min-az']));
  });

  it('does not depend on the order of the input', () => {
    const forward = assignStories(ALL);
    const reversed = assignStories([...ALL].reverse());
    const shuffled = assignStories(
      [...ALL].sort((a, b) => a.id.split('').reverse().join().localeCompare(b.id)),
    );
    expect(reversed).toEqual(forward);
    expect(shuffled).toEqual(forward);
  });

  it('keeps the first key for an id seen twice (a reprocess)', () => {
    const keys = assignStories([...MINISTERS, { ...(MINISTERS[0] as StoryArticle), storyKey: 'other' }]);
    expect(keys.get('min-en')).toBe('own-min-az');
  });
});

describe('matchStory', () => {
  const stored = [...NATIONAL_UNIVERSITY.slice(0, 1), ...OTHERS].map((r) => ({
    ...r,
    storyKey: `stored-${r.id}`,
  }));

  it('finds the stored report of the same event and returns its key', () => {
    expect(matchStory(NATIONAL_UNIVERSITY[2] as StoryArticle, stored)?.storyKey).toBe('stored-nuu-en');
  });

  it('still joins when one report found an extra incidental country', () => {
    const withExtra = { ...(NATIONAL_UNIVERSITY[1] as StoryArticle), countries: ['UZ', 'KZ'] };
    expect(matchStory(withExtra, stored)?.storyKey).toBe('stored-nuu-en');
  });

  it('still joins through extraction noise: a word glued to a name, a person missing', () => {
    const noisy = report({
      id: 'nuu-noisy',
      date: '2026-03-10',
      countries: ['UZ'],
      orgs: [['Tədbir Özbəkistan Milli Universiteti', 'Tadbir National University of Uzbekistan']],
      people: [
        ['Elnur Həsənov', 'Elnur Hasanov'],
        ['Universitetinin Rektoru', 'Universitetinin Rektoru'],
      ],
      topics: ['higher education', 'student exchange'],
    });
    expect(matchStory(noisy, stored)?.storyKey).toBe('stored-nuu-en');
  });

  it('never joins reports more than three days apart', () => {
    const later = {
      ...(NATIONAL_UNIVERSITY[2] as StoryArticle),
      eventDate: '2026-03-14',
      publishedAt: '2026-03-14',
    };
    expect(matchStory(later, stored)).toBeNull();
  });

  it('never matches an article with itself', () => {
    expect(matchStory(OTHERS[0] as StoryArticle, [OTHERS[0] as StoryArticle])).toBeNull();
  });

  it('finds no false match in a busy window of 200 stored reports of other events', () => {
    // How long a match takes is a benchmark figure (`npm run bench:extract`), never a test assertion.
    expect(matchStory(NATIONAL_UNIVERSITY[2] as StoryArticle, busyWindow(200))).toBeNull();
  });
});

describe('candidateWeeks', () => {
  it('is the ISO week of the date and the weeks before and after, across a year end', () => {
    expect(candidateWeeks('2026-01-01')).toEqual(['2025-W52', '2026-W01', '2026-W02']);
  });
});
