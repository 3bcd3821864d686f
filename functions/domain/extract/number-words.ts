import { AGREEMENT_PACKS } from './locales/agreement-packs.js';

/** Cardinal number words of every language pack (case forms of Russian included). */
const WORDS: Record<string, number> = {};
for (const pack of Object.values(AGREEMENT_PACKS)) {
  for (const [n, words] of Object.entries(pack.numbers))
    for (const w of words.split(' ')) WORDS[w] ??= Number(n);
}

/** A count written as digits ("40", "2,300") or as a word ("two", "beş", "пять"); null otherwise. */
export function parseCount(word: string): number | null {
  // A digit may carry an Azerbaijani case ending: "40-a yaxın" (close to 40), "20-dən çox" (more than 20).
  const w = word.toLowerCase().replace(/^(\d+)-?\p{Ll}{1,3}$/u, '$1');
  if (/^\d{1,3}(?:[ ,.]\d{3})*$|^\d+$/.test(w)) return Number(w.replace(/[ ,.]/g, ''));
  return WORDS[w] ?? null;
}
