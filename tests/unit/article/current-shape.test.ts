import { describe, expect, it } from 'vitest';
import { inCurrentShape } from '../../../functions/domain/article/current-shape.js';

describe('articles stored before display forms', () => {
  it('reads plain organization names and people without display forms in the current shape', () => {
    const stored = {
      id: 'old',
      organizations: ['ADA University'],
      people: [{ name: 'Emin Amrullayev', role: 'Minister' }],
    };
    expect(inCurrentShape(stored)).toEqual({
      id: 'old',
      organizations: [{ name: 'ADA University', en: 'ADA University', az: 'ADA University' }],
      people: [
        {
          name: 'Emin Amrullayev',
          role: 'Minister',
          display: {
            en: { name: 'Emin Amrullayev', role: 'Minister' },
            az: { name: 'Emin Amrullayev', role: 'Minister' },
          },
        },
      ],
    });
  });

  it('leaves current articles as they are', () => {
    const current = {
      organizations: [
        { name: 'TDU', en: 'Tbilisi State University', az: 'Tbilisi Dövlət Universiteti', country: 'GE' },
      ],
      people: [
        { name: 'X Y', role: '', display: { en: { name: 'X Y', role: '' }, az: { name: 'X Y', role: '' } } },
      ],
    };
    expect(inCurrentShape(current)).toEqual(current);
  });
});
