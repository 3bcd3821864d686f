import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../functions/domain/extract/figures.js';

describe('places', () => {
  it('finds Russian city names in their declined forms', () => {
    expect(extractPlaces('Заседание комиссии прошло в Астане, следующее пройдёт в Казани.').sort()).toEqual([
      'Astana',
      'Kazan',
    ]);
    expect(extractPlaces('Делегация вернулась из Варшавы.')).toEqual(['Warsaw']);
  });

  it('does not take a common word for a short city name', () => {
    expect(extractPlaces('Доход университетов вырос.')).toEqual([]);
  });
});
