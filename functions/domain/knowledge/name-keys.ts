/**
 * Keys under which names are compared: each word lowercased (Azerbaijani I/İ rules), stripped of its
 * inflection and folded to plain letters. The knowledge base's base forms and the running text go through
 * the same function, so "Tbilisi Dövlət Universitetinin" meets "Tbilisi Dövlət Universiteti" and
 * "Тбилисского государственного университета" meets "Тбилисский государственный университет".
 */

import { lowerAz } from '../extract/text-tools.js';

export interface NameToken {
  /** The word as written. */
  raw: string;
  /** Its comparison key. */
  key: string;
  /** A second reading where the suffix is ambiguous ("Pekində": Pekin-də or Peki-n-də), else the key. */
  alt: string;
  start: number;
  end: number;
}

const list = (words: string) => words.trim().split(/\s+/u);

// Russian case endings, longest first; one ending per word (Russian inflects once, at the end).
const RU_ENDINGS =
  list(`иями ями ами ого его ому ему ыми ими ией ия ии ию ие ье ья ьи ью ая яя ое ее ые ый ий ой
  ую юю ым им ом ем ём ам ям ах ях ов ев ей ых их ы и а я у ю е о й ь`);
// Azerbaijani suffixes a name's words take in running text (genitive, dative, locative, ablative, comitative,
// accusative, possessive), stripped repeatedly from the end; Latin-script English words pass through the same
// rule, which is harmless because both sides of a comparison do. The plural stays: "Koreya universitetləri"
// (Korea's universities) is not Korea University.
const AZ_SUFFIXES =
  list(`ndakı ndəki dakı dəki ndan ndən nın nin nun nün dan dən tan tən nda ndə yla ylə na nə
  nı ni nu nü da də ta tə la lə ya yə sı si su sü ın in un ün ı i u ü a ə`);
// Suffixes whose n is the buffer after a possessive vowel (Universiteti-n-də); after a consonant-final stem
// the n belongs to the word (Pekin-də), which the second reading keeps.
const BUFFERED = new Set(AZ_SUFFIXES.filter((s) => s.startsWith('n') && s.length > 1));
const MIN_STEM = 3;
const CYRILLIC = /[\u0400-\u04ff]/u;
const FOLD: Record<string, string> = { ə: 'a', ı: 'i', ö: 'o', ü: 'u', ç: 'c', ş: 's', ğ: 'g', ё: 'е' };

function stripRussian(word: string): string {
  const ending = RU_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}

function stripAzerbaijani(word: string, buffered = true): string {
  let stem = word;
  for (let round = 0; round < 6; round++) {
    const fitsStem = (s: string) => stem.endsWith(s) && stem.length - s.length > MIN_STEM;
    const suffix = AZ_SUFFIXES.find((s) => fitsStem(s) && (buffered || round > 0 || !BUFFERED.has(s)));
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** A word lowercased and folded to plain letters, without removing any ending. */
export function foldLetters(word: string): string {
  return fold(lowerAz(word.normalize('NFC')));
}

function fold(stem: string): string {
  let out = '';
  for (const ch of stem) out += FOLD[ch] ?? ch;
  return out.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** The key and the second reading of a word (the same unless an Azerbaijani n-suffix is ambiguous). */
function wordKeys(word: string): [string, string] {
  const lower = lowerAz(word.normalize('NFC'));
  if (CYRILLIC.test(lower)) {
    const key = fold(stripRussian(lower));
    return [key, key];
  }
  return [fold(stripAzerbaijani(lower)), fold(stripAzerbaijani(lower, false))];
}

/** The comparison key of one word. */
export function wordKey(word: string): string {
  return wordKeys(word)[0];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text with their keys and offsets (hyphens and apostrophes split words: "BMU-nun"). */
export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const [key, alt] = wordKeys(m[0]);
    out.push({ raw: m[0], key, alt, start, end: start + m[0].length });
  }
  return out;
}

/** The keys of a name, joined: what two spellings of one name share. */
export function nameKey(name: string): string {
  return nameTokens(name)
    .map((t) => t.key)
    .join(' ');
}
