import { lowerAz } from '../extract/text-tools.js';

/**
 * The few pieces of Azerbaijani morphology a role needs: the genitive of an owner ("Gürcüstanın",
 * "Universitetinin", "BMU-nun"), the possessive of a head ("naziri", "Şurası"), the locative attribute of a
 * posting ("Azərbaycandakı"), with vowel harmony and the buffer consonants n and s after a vowel.
 */

const VOWELS = 'aıoueəiöü';
const BACK = 'aıou';
// Four-way harmony by the last vowel: a ı -> ı, e ə i -> i, o u -> u, ö ü -> ü.
const HARMONY: Record<string, string> = {
  a: 'ı',
  ı: 'ı',
  o: 'u',
  u: 'u',
  e: 'i',
  ə: 'i',
  i: 'i',
  ö: 'ü',
  ü: 'ü',
};
// Letter names, for an acronym without a vowel ("MDB" is read "em-de-be": MDB-nin).
const LETTER: Record<string, string> = { f: 'ef', k: 'ka', l: 'el', m: 'em', n: 'en', r: 'er', s: 'es' };

/** First letter up by the Azerbaijani rules: "ilk" -> "İlk" (plain toUpperCase gives "Ilk"). */
export const capitalizeAz = (s: string): string =>
  s.replace(/^(\P{L}*)(\p{Ll})/u, (_, p: string, c: string) => p + c.toLocaleUpperCase('az'));

/** Every word capitalized except "və": organization names ("Elm və Təhsil Nazirliyi"). */
export const titleAz = (s: string): string =>
  s
    .split(' ')
    .map((w) => (w === 'və' ? w : capitalizeAz(w)))
    .join(' ');

/** An acronym: two capitals or more ("BMU", "ABŞ", "AzTU"). */
export const isAcronym = (word: string): boolean => /^(?=(?:.*\p{Lu}){2})[\p{L}\d]+$/u.test(word);

/** The sound a word ends in, as (last vowel, ends in a vowel). */
function soundOf(word: string): { vowel: string; open: boolean } {
  let w = lowerAz(word).replace(/[^\p{L}]/gu, '');
  const last = w.slice(-1);
  if (isAcronym(word) && ![...w].some((c) => VOWELS.includes(c))) w = `${w}${LETTER[last] ? '' : 'e'}`;
  const vowels = [...w].filter((c) => VOWELS.includes(c));
  const vowel = vowels[vowels.length - 1] ?? 'ə';
  const end = w.slice(-1);
  return { vowel, open: VOWELS.includes(end) };
}

// Native -lıq/-lik nouns soften their final consonant before a vowel: Krallıq -> Krallığın, Birlik -> Birliyin.
const soften = (word: string): string =>
  /l[ıiuü][kq]$/u.test(lowerAz(word)) ? word.replace(/k$/u, 'y').replace(/q$/u, 'ğ') : word;

function lastWord(phrase: string): [string, string] {
  const at = phrase.lastIndexOf(' ');
  return [phrase.slice(0, at + 1), phrase.slice(at + 1)];
}

/**
 * Genitive of a phrase, on its last word. `hyphen` for acronyms and foreign names, which take the
 * suffix after a hyphen (BMU-nun, Coursera-nın); Azerbaijani words take it directly (Türkiyənin).
 */
export function genitive(phrase: string, hyphen = isAcronym(lastWord(phrase)[1])): string {
  const [head, word] = lastWord(phrase);
  const { vowel, open } = soundOf(word);
  const ending = `${open ? 'n' : ''}${HARMONY[vowel] ?? 'i'}n`;
  return hyphen ? `${head}${word}-${ending}` : `${head}${soften(word)}${ending}`;
}

/** Third-person possessive of a phrase, on its last word: "elm və təhsil naziri", "Ali Təhsil Şurası". */
export function possessive(phrase: string): string {
  const [head, word] = lastWord(phrase);
  const { vowel, open } = soundOf(word);
  return `${head}${soften(word)}${open ? 's' : ''}${HARMONY[vowel] ?? 'i'}`;
}

/**
 * Locative attribute of a place: "Azərbaycandakı", "Türkiyədəki", "ABŞ-dakı". A name that ends in a
 * possessive ("Səudiyyə Ərəbistanı") takes the pronominal n: "Səudiyyə Ərəbistanındakı".
 */
export function locativeAttribute(phrase: string, hyphen = isAcronym(lastWord(phrase)[1])): string {
  const [head, word] = lastWord(phrase);
  const { vowel } = soundOf(word);
  const pronominal = head !== '' && !hyphen && /[ıiuü]$/u.test(lowerAz(word)) ? 'n' : '';
  const ending = `${pronominal}${BACK.includes(vowel) ? 'dakı' : 'dəki'}`;
  return hyphen ? `${head}${word}-${ending}` : `${head}${word}${ending}`;
}

/** "a, b və c" / "a, b and c". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * Locative of a place, on its last word: "Ankarada", "Bakıda", "Parisdə", "ABŞ-da". Azerbaijani writes
 * -da/-də after every consonant (no devoicing in spelling, unlike Turkish -ta/-te).
 */
export function locative(phrase: string, hyphen = isAcronym(lastWord(phrase)[1])): string {
  const [head, word] = lastWord(phrase);
  const ending = BACK.includes(soundOf(word).vowel) ? 'da' : 'də';
  return hyphen ? `${head}${word}-${ending}` : `${head}${word}${ending}`;
}
