/**
 * Sound keys: what the Azerbaijani, Russian and English spellings of one foreign place name share, so a
 * name the knowledge base holds only under other spellings is still recognised ("Kemnits" and "Хемниц" are
 * Chemnitz, "Hokkaydo" and "Хоккайдо" are Hokkaido, "Kamerino" and "Камерино" are Camerino, "Mişkolts" and
 * "Мишкольц" are Miskolc).
 *
 * A key is the word's sounds in coarse classes: velars are one class (Azerbaijani q/x/ğ, Russian х, English
 * c/ch/k/g; an English h may be a Russian х: "Хоккайдо" is Khokkaido), sibilants and affricates another (s z ts tz c ş ç j sh ch
 * zh), vowels three (a e ə; i ı y ü; o u ö), w is v, ph is f, th is t, doubled sounds are one. Azerbaijani
 * and Russian spell by sound, so their words have one key; an English spelling is ambiguous where English
 * letters are (ch in Chemnitz is a k, in Manchester a ch; c before e/i is s), so a place's English names
 * give every reading (`englishSoundKeys`). Used only for a word that is no lexicon word, no known place and
 * no country, against the places of the knowledge base (docs/knowledge-base.md).
 */

import { lowerAz } from '../extract/text-tools.js';
import { cyrillicToLatin } from './transliterate.js';

const VOWEL: Record<string, string> = {
  a: 'a',
  e: 'a',
  ə: 'a',
  ä: 'a',
  é: 'a',
  è: 'a',
  i: 'i',
  ı: 'i',
  y: 'i',
  ü: 'i',
  í: 'i',
  o: 'o',
  u: 'o',
  ö: 'o',
  ó: 'o',
  ő: 'o',
  ú: 'o',
  ű: 'i',
};
// Single letters once the digraphs are read. k: velars (Azerbaijani x, Russian х); s: sibilants and
// affricates. h stays apart ("Həsən" is no "Kazan"); a place's English h may be a Russian х (below).
// biome-ignore format: a table reads best in rows
const CONSONANT: Record<string, string> = {
  b: 'b', d: 'd', f: 'f', g: 'k', ğ: 'k', h: 'h', k: 'k', q: 'k', x: 'k', l: 'l', m: 'm', n: 'n', p: 'p',
  r: 'r', s: 's', ş: 's', ç: 's', j: 's', z: 's', c: 's', t: 't', v: 'v', w: 'v', ß: 's',
};

/** Latin letters of one spelling, lowercased, with Cyrillic read as English letters. */
function latinLetters(word: string): string {
  return cyrillicToLatin(lowerAz(word.normalize('NFC')), 'en')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/** Letters to classes, digraphs first; `ch` and a hard `c` as the caller reads them. */
function classes(letters: string, ch: 'k' | 's', english: boolean): string {
  let w = letters
    .replace(/sch|sh|zh|tz|ts|dz|cz|sz|zs/gu, 's')
    .replace(/ch/gu, ch)
    .replace(/kh|gh|ck/gu, 'k')
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't');
  // An English c is s before e, i, y and k elsewhere; an Azerbaijani c is j (a sibilant, above); Hungarian
  // "Miskolc" ends in ts, which a final c reads as too. An English x is ks, an Azerbaijani x is kh.
  if (english)
    w = w
      .replace(/c(?=[eiy])/gu, 's')
      .replace(/c(?!$)/gu, 'k')
      .replace(/x/gu, 'ks');
  let out = '';
  for (const letter of w) {
    const sound = VOWEL[letter] ?? CONSONANT[letter] ?? '';
    if (sound && !out.endsWith(sound)) out += sound;
  }
  return out;
}

/** The sound key of a word as Azerbaijani or Russian (or any text that spells by sound) writes it. */
export function soundKey(word: string): string {
  return classes(latinLetters(word), 's', false);
}

/** Every sound key an English (or other Western) spelling may stand for: ch as k or as ch, c as k or s. */
export function englishSoundKeys(word: string): string[] {
  const letters = latinLetters(word);
  const keys = [classes(letters, 'k', true), classes(letters, 's', true), soundKey(word)];
  // Russian writes an English h as х ("Хоккайдо", "Хельсинки"), which reads as k.
  return [...new Set([...keys, ...keys.map((k) => k.replaceAll('h', 'k'))])];
}

/** Keys shorter than this say too little to tell two names apart. */
export const MIN_SOUND_KEY = 5;
