import { foldName } from '../extract/text-tools.js';
import { memo } from './memo.js';

/**
 * Keys that let reports in English, Azerbaijani and Russian recognise the same person. Built on `foldName`
 * (Azerbaijani letters and Cyrillic to one Latin key), made looser where transliterations really differ:
 * vowels ("Eldesouki" / "Эльдесуки"), a case ending left on a name ("Озваром", "Əmrullayevin"), "Gh" / "Q"
 * for one Georgian sound ("Ghirsiashvili" / "Qirsiaşvili"), a Latin c for a k ("Nicolas" / "Николя").
 */

/** A consonant skeleton: the first letter, then consonants only, repeats collapsed. */
export const skeleton = memo((word: string): string => {
  const folded = foldName(word)
    .replace(/^qh/, 'q')
    .replace(/gh/g, 'g')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    // foldName's own c (Azerbaijani c, English j) becomes k alike on every side, so names still meet.
    .replace(/c(?!h)/g, 'k');
  const head = folded.slice(0, 1);
  return (head + folded.slice(1).replace(/[aeiouy]/g, '')).replace(/([a-z])\1+/g, '$1');
});

function nameWords(name: string): string[] {
  return name.split(/[\s.]+/u).filter((w) => skeleton(w).length > 0);
}

/**
 * Keys of a person's name: the surname's skeleton, and that skeleton less its last letter when it is long
 * enough to carry a case ending; two names match when they share a key. A surname too short to tell people
 * apart ("Lu Mei") uses the whole name.
 */
export function personKeys(name: string): string[] {
  const words = nameWords(name);
  let key = skeleton(words.at(-1) ?? '');
  if (key.length < 3) key = skeleton(words.join(''));
  if (key.length < 2) return [];
  return key.length >= 5 ? [key, key.slice(0, -1)] : [key];
}

/** The skeleton of the whole name, for names whose surnames are transliterated too differently to meet. */
export function fullSkeleton(name: string): string {
  return skeleton(nameWords(name).join(''));
}

/**
 * Whole-name skeletons that still meet: one is the other with letters left out ("Nicolaz Foucaud" and
 * "Николя Фуко": nklzfkd and nklfk), the same first letter, and long enough not to meet by chance.
 */
export function skeletonsMeet(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 5 || short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}
