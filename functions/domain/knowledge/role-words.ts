import { lowerAz } from '../extract/text-tools.js';

/** Languages a role is written in, and the two the bulletin shows. */
export type Lang = 'en' | 'az' | 'ru';
export type Target = 'en' | 'az';

/** A word (or a comma) of a role phrase. */
export interface Token {
  /** As written, without an Azerbaijani case suffix split off by a hyphen ("BMU" of "BMU-nun"). */
  text: string;
  /** The comparison key (see wordKey). */
  key: string;
  /** The hyphenated suffix ("nun"), or "". */
  suffix: string;
  /** An English possessive ("China's"): the key is without it, the text keeps it. */
  possessive: boolean;
}

// Azerbaijani letters folded to ASCII: news sites without the keyboard write "sefiri" for "səfiri".
const AZ_FOLD: Record<string, string> = { ə: 'e', ı: 'i', ö: 'o', ü: 'u', ş: 's', ç: 'c', ğ: 'g' };

/** A word's key for lexicon matching: lowercase (Azerbaijani I/İ rules), folded, one final dot dropped. */
export function wordKey(word: string, lang: Lang): string {
  let w = word.normalize('NFC').replace(/’/g, "'");
  if (!/\..*\./u.test(w)) w = w.replace(/\.$/u, '');
  if (lang === 'en') return w.toLowerCase().replace(/'s$/u, '');
  if (lang === 'ru') return w.toLowerCase().replace(/ё/gu, 'е');
  let out = '';
  for (const ch of lowerAz(w)) out += AZ_FOLD[ch] ?? ch;
  return out;
}

// A case suffix after a hyphen: "BMU-nun", "ABŞ-da", "Coursera-nın", "ADA-dakı".
const HYPHEN_SUFFIX = /^(.+)-(n?[ıiuü]n|n?[ıiuü]|[yn]?[aə]|n?d[aə](?:k[ıi]|n)?|y?l[aə])$/iu;

/** Splits a role into words and commas; an Azerbaijani hyphen suffix comes off, an English possessive is marked. */
export function tokenize(role: string, lang: Lang): Token[] {
  const out: Token[] = [];
  for (const m of role.normalize('NFC').matchAll(/,|[^\s,;:()«»"“”„]+/gu)) {
    let text = m[0];
    let suffix = '';
    const hyphen = lang === 'az' ? text.match(HYPHEN_SUFFIX) : null;
    if (hyphen?.[1] && hyphen[2]) [text, suffix] = [hyphen[1], lowerAz(hyphen[2])];
    // The possessive comes off the key only: "People's Republic of China" must still read as a name.
    const possessive = lang === 'en' && /['’]s$/u.test(text);
    if (!/\..*\./u.test(text) && text.length > 1) text = text.replace(/\.$/u, '');
    out.push({ text, key: wordKey(text, lang), suffix, possessive });
  }
  return out;
}

/** Russian case and adjective endings a stem may take ("министр|а", "высш|его", "образовани|я"). */
export const RU_ENDING =
  /(?:иями|ями|ами|ого|его|ому|ему|ыми|ими|ией|иям|иях|ия|ии|ию|ие|ий|ый|ой|ая|яя|ое|ее|ые|ую|юю|ом|ем|ём|ам|ям|ах|ях|ов|ев|ей|ых|их|ым|им|ью|а|я|у|ю|е|о|ы|и|й|ь)$/u;
const RU_TAIL = new RegExp(`^${RU_ENDING.source.replace(/\$$/u, '')}?$`, 'u');

// Azerbaijani suffixes on a folded word: plural, possessive, then genitive, locative(+ki), ablative, dative,
// comitative ("nazir|inin", "universitet|in", "gencler|le", "azerbaycan|daki", "basci|si").
const AZ_TAIL = /^(?:l[ae]r)?(?:s?[iu])?(?:n?[iu]n|n?d[ae](?:ki|n)?|n?[iu]|y?[ae]|y?l[ae])?$/u;

/** Does a text word (its key) carry this lexicon word, possibly inflected? */
export function wordFits(key: string, word: { key: string; stem: string }, lang: Lang): boolean {
  if (key === word.key) return true;
  if (lang === 'en' || word.stem.length < 3) return false;
  if (lang === 'ru') return key.startsWith(word.stem) && RU_TAIL.test(key.slice(word.stem.length));
  // Native -lik/-lıq nouns soften before a vowel: nazirlik -> nazirliyi, krallıq -> krallığı.
  const soft = word.key.replace(/k$/u, 'y').replace(/q$/u, 'g');
  for (const stem of [word.key, soft]) {
    if (key.startsWith(stem) && AZ_TAIL.test(key.slice(stem.length))) return true;
  }
  return false;
}

/** The Azerbaijani genitive on a folded key ("gurcustanin", "courseranin"), or null. */
export function azGenitiveStem(key: string): string | null {
  const m = key.match(/^(.*?[aeiou])n[iu]n$/u) ?? key.match(/^(.*[^aeiou])[iu]n$/u);
  return m?.[1] && m[1].length >= 2 ? m[1] : null;
}

export const CYRILLIC = /[\u0400-\u04ff]/u;
export const isCapitalized = (text: string): boolean => /^[\p{Lu}\d]/u.test(text);
