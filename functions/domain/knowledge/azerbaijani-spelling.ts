/**
 * The Azerbaijani spelling of an Azerbaijani name that a report wrote the English, Russian or Turkish way:
 * "Elkhan Huseynov" -> "Elxan Hüseynov", "Гюльшан Керимова" -> "Gülşən Kərimova". The ə, ü, ğ of a name
 * cannot be guessed by rule, so every word must be in the reviewed list data/az-names.json
 * (docs/knowledge-base.md, "Azerbaijani names"); a name with a word outside it is not touched.
 */

import { z } from 'zod';
import { foldName, lowerAz } from '../extract/text-tools.js';
import namesFile from './data/az-names.json' with { type: 'json' };

const entry = z
  .string()
  .regex(/^[\p{Lu}][\p{Ll}]+(?:\|[\p{L}]+)*$/u, 'a name is one capitalised word, then optional |spellings');

const azNamesSchema = z.object({
  $comment: z.string(),
  male: z.array(entry),
  female: z.array(entry),
  surnames: z.array(entry),
});

/**
 * Keys on top of foldName where the press spellings of one Azerbaijani name meet. The vowel key makes e/ə/a
 * one vowel (Керимова, Karimova, Kərimova), y an i (Гасанлы, Həsənli), and the surname ending -ev -ov
 * (Оруджев, Orucov); the consonant key, which indexes the names, also makes h, x, q, k, g one consonant
 * (Рагимов = Rəhimov, Ахмедов = Əhmədov, Тофик = Tofiq). The digraphs sh, ch, zh keep their h.
 */
function vowelKey(word: string): string {
  return foldName(word)
    .replace(/sh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/zh/g, 'Z')
    .replace(/e/g, 'a')
    .replace(/y/g, 'i')
    .replace(/([a-zA-Z])\1+/g, '$1')
    .replace(/av(a?)$/, 'ov$1');
}

function consonantKey(word: string): string {
  return vowelKey(word)
    .replace(/[hxqk]/g, 'g')
    .replace(/([a-zA-Z])\1+/g, '$1');
}

/** From the closest to the loosest: the keys that choose between names that share a consonant key. */
const TIE_KEYS: ((word: string) => string)[] = [(w) => lowerAz(w.normalize('NFC')), foldName, vowelKey];

interface Spelling {
  az: string;
  /** The TIE_KEYS of the spelling that put it in the index. */
  keys: string[];
}

const givenIndex = new Map<string, Spelling[]>();
const surnameIndex = new Map<string, Spelling[]>();

function add(index: Map<string, Spelling[]>, az: string, spelling: string): void {
  const key = consonantKey(spelling);
  const list = index.get(key) ?? [];
  list.push({ az, keys: TIE_KEYS.map((k) => k(spelling)) });
  index.set(key, list);
}

/** An entry with its extra spellings; `forms` derives the word forms (masculine and feminine). */
function addEntry(index: Map<string, Spelling[]>, raw: string, forms: (w: string) => string[]): void {
  const [az = '', ...others] = raw.normalize('NFC').split('|');
  const azForms = forms(az);
  for (const spelling of [az, ...others]) {
    forms(spelling).forEach((form, i) => {
      add(index, azForms[i] ?? form, form);
    });
  }
}

// -ov/-yev (Əliyev, Алиев) also has the feminine -ova/-yeva; -li and -zadə do not inflect for gender.
const surnameForms = (w: string): string[] => (/(?:ov|ev|ов|ев)$/iu.test(w) ? [w, `${w}a`] : [w]);

{
  const file = azNamesSchema.parse(namesFile);
  for (const name of [...file.male, ...file.female]) addEntry(givenIndex, name, (w) => [w]);
  for (const name of file.surnames) addEntry(surnameIndex, name, surnameForms);
}

// Patronymics: oğlu "son of", qızı "daughter of", as Azerbaijani, English, Russian and Turkish write them.
const PATRONYMIC = new Map<string, string>([
  ...['oğlu', 'oglu', 'ogly', 'oghlu', 'оглы'].map((w) => [foldName(w), 'oğlu'] as const),
  ...['qızı', 'gizi', 'qizi', 'kizi', 'kyzy', 'gyzy', 'кызы', 'гызы'].map(
    (w) => [foldName(w), 'qızı'] as const,
  ),
]);

/** The one Azerbaijani spelling a word can stand for in `index`, or null (unknown or ambiguous). */
function lookUp(index: Map<string, Spelling[]>, word: string): string | null {
  const found = index.get(consonantKey(word));
  if (!found) return null;
  if (new Set(found.map((s) => s.az)).size === 1) return found[0]?.az ?? null;
  for (const [level, key] of TIE_KEYS.entries()) {
    const wordKey = key(word);
    const closest = new Set(found.filter((s) => s.keys[level] === wordKey).map((s) => s.az));
    if (closest.size === 1) return [...closest][0] ?? null;
  }
  return null;
}

/** An all-capital word stays in capitals ("ƏLİYEV"). */
function withCase(written: string, az: string): string {
  const caps = written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase();
  return caps ? az.toLocaleUpperCase('az') : az;
}

/**
 * The Azerbaijani spelling of a name written in Latin (English, Turkish or Azerbaijani spelling) or
 * Cyrillic, when every word is a listed Azerbaijani given name, surname (either gender) or the patronymic
 * oğlu/qızı, and at least one word is a surname or patronymic (a lone "Ali Hassan" may be Arab); else null.
 * "Nurlana Aliyeva" and "Нурлана Алиева" -> "Nurlanə Əliyeva"; "Givi Mikanadze" -> null.
 */
export function azerbaijaniSpelling(name: string): string | null {
  const words = name.normalize('NFC').trim().split(/\s+/u);
  if (words.length === 0 || words.some((w) => !/^[\p{L}]+$/u.test(w))) return null;
  let family = false;
  const out: string[] = [];
  for (const word of words) {
    const patronymic = PATRONYMIC.get(foldName(word));
    if (patronymic) {
      if (out.length === 0) return null;
      family = true;
      out.push(patronymic);
      continue;
    }
    const surname = lookUp(surnameIndex, word);
    if (surname) family = true;
    const az = surname ?? lookUp(givenIndex, word);
    if (!az) return null;
    out.push(withCase(word, az));
  }
  return family ? out.join(' ') : null;
}

/** Is this word a known Azerbaijani given name ("Ali", "Əli", "Али")? Such a word is a name, never a field. */
export function isKnownGivenName(word: string): boolean {
  return lookUp(givenIndex, word) !== null;
}
