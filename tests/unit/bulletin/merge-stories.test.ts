import { describe, expect, it } from 'vitest';
import type { Person } from '../../../functions/domain/article/article.js';
import { mergeStory } from '../../../functions/domain/bulletin/merge-stories.js';
import { makeArticle } from '../../helpers/article-factory.js';

const amrullayev = (name: string, role: string): Person => ({
  name,
  role,
  display: {
    en: { name: 'Emin Amrullayev', role: 'Minister of Science and Education' },
    az: { name: 'Emin Əmrullayev', role: 'Elm və təhsil naziri' },
  },
});

describe('people of one event reported in several languages', () => {
  it('are listed once whatever script the reports wrote them in', () => {
    const item = mergeStory('s', [
      makeArticle({
        id: 'a',
        language: 'az',
        people: [amrullayev('Emin Əmrullayev', 'Elm və təhsil naziri')],
      }),
      makeArticle({ id: 'b', language: 'en', people: [amrullayev('Emin Amrullayev', 'Minister')] }),
      makeArticle({ id: 'c', language: 'ru', people: [amrullayev('Эмин Амруллаев', 'Министр')] }),
    ]);
    expect(item.people).toHaveLength(1);
  });
});
