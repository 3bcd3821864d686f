import { AGREEMENT_PACKS } from './locales/agreement-packs.js';

/** Cardinal number words of every language pack (case forms of Russian included), and of each pack. */
const WORDS: Record<string, number> = {};
const BY_PACK: Record<string, number>[] = [];
for (const pack of Object.values(AGREEMENT_PACKS)) {
  const own: Record<string, number> = {};
  for (const [n, words] of Object.entries(pack.numbers))
    for (const w of words.split(' ')) {
      WORDS[w] ??= Number(n);
      own[w] = Number(n);
    }
  BY_PACK.push(own);
}

/** A count written as digits ("40", "2,300") or as a word ("two", "beş", "пять"); null otherwise. */
export function parseCount(word: string): number | null {
  // A digit may carry an Azerbaijani case ending: "40-a yaxın" (close to 40), "20-dən çox" (more than 20).
  const w = word.toLowerCase().replace(/^(\d+)-?\p{Ll}{1,3}$/u, '$1');
  if (/^\d{1,3}(?:[ ,.]\d{3})*$|^\d+$/.test(w)) return Number(w.replace(/[ ,.]/g, ''));
  // "twenty-five": tens and units in one hyphenated word.
  const [tens, units, ...rest] = w.split('-');
  if (units !== undefined && rest.length === 0) return compoundCount(tens ?? '', units);
  return WORDS[w] ?? null;
}

/**
 * Tens then units as words of one language ("twenty five", "on iki", "двадцать три"), or null. One language:
 * the English "on a" is not the Azerbaijani "on" (ten) and the English "a" (one).
 */
export function compoundCount(tensWord: string, unitsWord: string): number | null {
  const [t, u] = [tensWord.toLowerCase(), unitsWord.toLowerCase()];
  for (const own of BY_PACK) {
    const tens = own[t];
    const units = own[u];
    if (
      tens !== undefined &&
      units !== undefined &&
      tens >= 10 &&
      tens % 10 === 0 &&
      units >= 1 &&
      units <= 9
    )
      return tens + units;
  }
  return null;
}
