/**
 * Keys under which names are compared: each word lowercased (Azerbaijani I/İ rules), stripped of its
 * inflection and folded to plain letters. The knowledge base's base forms and the running text go through
 * the same function, so "Tbilisi Dövlət Universitetinin" meets "Tbilisi Dövlət Universiteti" and
 * "Тбилисского государственного университета" meets "Тбилисский государственный университет".
 */

export interface NameToken {
  /** The word as written. */
  raw: string;
  /** Its comparison key. */
  key: string;
  start: number;
  end: number;
}

// Russian case endings, longest first; one ending per word (Russian inflects once, at the end).
const RU_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'ией',
  'ия',
  'ии',
  'ию',
  'ие',
  'ье',
  'ья',
  'ьи',
  'ью',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ый',
  'ий',
  'ой',
  'ую',
  'юю',
  'ом',
  'ем',
  'ём',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ей',
  'ых',
  'их',
  'ы',
  'и',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'о',
  'й',
  'ь',
];
// Azerbaijani suffixes a name's words take in running text (plural, genitive, dative, locative, ablative,
// comitative, accusative, possessive), stripped repeatedly from the end; Latin-script English words pass
// through the same rule, which is harmless because both sides of a comparison do.
const AZ_SUFFIXES = [
  'ların',
  'lərin',
  'ları',
  'ləri',
  'lar',
  'lər',
  'ndakı',
  'ndəki',
  'dakı',
  'dəki',
  'ndan',
  'ndən',
  'nın',
  'nin',
  'nun',
  'nün',
  'dan',
  'dən',
  'tan',
  'tən',
  'nda',
  'ndə',
  'yla',
  'ylə',
  'na',
  'nə',
  'nı',
  'ni',
  'nu',
  'nü',
  'da',
  'də',
  'ta',
  'tə',
  'la',
  'lə',
  'ya',
  'yə',
  'sı',
  'si',
  'su',
  'sü',
  'ın',
  'in',
  'un',
  'ün',
  'ı',
  'i',
  'u',
  'ü',
  'a',
  'ə',
];
const MIN_STEM = 3;

const CYRILLIC = /[\u0400-\u04ff]/u;

export function lowerAz(s: string): string {
  return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
}

function stripRussian(word: string): string {
  for (const ending of RU_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM)
      return word.slice(0, -ending.length);
  }
  return word;
}

function stripAzerbaijani(word: string): string {
  let stem = word;
  for (let round = 0; round < 6; round++) {
    const suffix = AZ_SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM + 1);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

const FOLD: Record<string, string> = { ə: 'a', ı: 'i', ö: 'o', ü: 'u', ç: 'c', ş: 's', ğ: 'g', ё: 'е' };

/** The comparison key of one word. */
export function wordKey(word: string): string {
  const lower = lowerAz(word.normalize('NFC'));
  const stem = CYRILLIC.test(lower) ? stripRussian(lower) : stripAzerbaijani(lower);
  let out = '';
  for (const ch of stem) out += FOLD[ch] ?? ch;
  return out.normalize('NFKD').replace(/\p{M}/gu, '');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text with their keys and offsets (hyphens and apostrophes split words: "BMU-nun"). */
export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ raw: m[0], key: wordKey(m[0]), start, end: start + m[0].length });
  }
  return out;
}

/** The keys of a name, joined: what two spellings of one name share. */
export function nameKey(name: string): string {
  return nameTokens(name)
    .map((t) => t.key)
    .join(' ');
}
