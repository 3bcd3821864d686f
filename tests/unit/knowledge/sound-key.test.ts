import { describe, expect, it } from 'vitest';
import { placeBySound } from '../../../functions/domain/knowledge/place-by-sound.js';
import { englishSoundKeys, soundKey } from '../../../functions/domain/knowledge/sound-key.js';
import { translateName } from '../../../functions/domain/knowledge/translate-name.js';

describe('sound keys of place names across Azerbaijani, Russian and English spellings', () => {
  it('gives an Azerbaijani and a Russian spelling the key of one reading of the English name', () => {
    for (const [english, ...others] of [
      ['Chemnitz', 'Kemnits', 'Хемниц'],
      ['Hokkaido', 'Hokkaydo', 'Хоккайдо'],
      ['Camerino', 'Kamerino', 'Камерино'],
      ['Miskolc', 'Mişkolts', 'Мишкольц'],
      ['Hannover', 'Ганновер'],
    ] as const) {
      for (const other of others) expect(englishSoundKeys(english)).toContain(soundKey(other));
    }
  });

  it('keeps different names apart', () => {
    expect(soundKey('Kemnits')).not.toBe(soundKey('Kamerino'));
    expect(soundKey('Dresden')).not.toBe(soundKey('Drezna'));
    expect(englishSoundKeys('Kaunas')).not.toContain(soundKey('Kazan'));
  });
});

describe('places found by their sound', () => {
  it('finds a known place written in a spelling the knowledge base does not list', () => {
    expect(placeBySound('Khemnits')?.en).toBe('Chemnitz');
    expect(placeBySound('Xokkaydo')?.en).toBe('Hokkaido');
    expect(placeBySound('Miskolts')?.country).toBe('HU');
    expect(placeBySound('Stutqart')?.en).toBe('Stuttgart');
    expect(placeBySound('Сапоро')?.country).toBe('JP');
    expect(placeBySound('Kemerovo')).toBeNull();
    // An h is no k: the given name Həsən is not Kazan.
    expect(placeBySound('Həsən')).toBeNull();
  });

  it('asks for more than a short word', () => {
    expect(placeBySound('Bonn')).toBeNull();
    expect(placeBySound('Sato')).toBeNull();
  });

  it('names a university in English and Azerbaijani through a place heard by its sound', () => {
    // The English edition takes the place's reviewed English name; an Azerbaijani report keeps its own spelling.
    expect(translateName('Xokkaydo Universiteti', 'az')).toEqual({
      en: 'Hokkaido University',
      az: 'Xokkaydo Universiteti',
    });
    expect(translateName('Хемницкий технический университет', 'ru').en).toBe('Chemnitz Technical University');
    expect(translateName('Университет Камерино', 'ru')).toEqual({
      en: 'Camerino University',
      az: 'Kamerino Universiteti',
    });
  });
});
