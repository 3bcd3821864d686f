/**
 * Names in Latin letters for the two bulletin editions (rules and their limits: docs/knowledge-roles.md).
 *
 * - Russian Cyrillic -> English the way English media spell Azerbaijani, Turkic, Georgian and Arabic
 *   names: Амруллаев -> Amrullayev (е after a vowel is "ye"), Джавид -> Javid, Лашхи -> Lashkhi,
 *   Мухаммед -> Muhammed (х between vowels is "h"), Лу Мэй -> Lu Mei.
 * - Russian Cyrillic -> Azerbaijani Latin with Azerbaijani letters: Амруллаев -> Amrullayev, Шахин -> Şahin,
 *   Джавид -> Cavid, Сергей -> Sergey. The ə of Əmrullayev cannot be recovered from Cyrillic; the caller's known form wins.
 * - Azerbaijani Latin -> English: ə a, c j, ç ch, ş sh, x kh, ğ gh, ı i, ö o, ü u, q g (Quliyev -> Guliyev,
 *   Sadıqov -> Sadigov). Georgian surnames (-şvili, -dze, -iya, -uri, -eli) follow Georgian romanization:
 *   an initial Q is the Georgian ღ, "Gh" (Qirsiaşvili -> Ghirsiashvili), final -iya is -ia (Samuşiya -> Samushia).
 * - English -> Azerbaijani: names stay as written, except Azerbaijani names: a name whose every word is in the
 *   reviewed list data/az-names.json takes its Azerbaijani spelling, from English or Russian
 *   (azerbaijani-spelling.ts): Elkhan Huseynov, Эльхан Гусейнов -> Elxan Hüseynov.
 */

import { azerbaijaniSpelling } from './azerbaijani-spelling.js';
import type { Lang, Target } from './role-words.js';

// biome-ignore format: a table reads best in rows
const RU_EN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

// Azerbaijani letters for the same sounds. Г stays g, as the press writes Russian and Georgian names
// (Sergey, Givi); an Azerbaijani Гурбанов is Qurbanov only through the caller's known form.
const RU_AZ: Record<string, string> = { ...RU_EN, ж: 'j', х: 'x', ч: 'ç', ш: 'ş', щ: 'şç', ы: 'ı' };

const RU_VOWELS = 'аеёиоуыэюя';
const isVowel = (c: string): boolean => c !== '' && RU_VOWELS.includes(c);

/** One Cyrillic letter (lowercase) in context. */
function ruLetter(word: string, i: number, to: Target): string {
  const c = word[i] ?? '';
  const prev = word[i - 1] ?? '';
  const next = word[i + 1] ?? '';
  const table = to === 'en' ? RU_EN : RU_AZ;
  if (c === 'д' && next === 'ж') return to === 'en' ? 'j' : 'c';
  if (c === 'ж' && prev === 'д') return '';
  // Е opens a syllable as "ye" at the start, after a vowel or a sign: Елена, Амруллаев, Алиев.
  if (c === 'е' && (i === 0 || isVowel(prev) || prev === 'ь' || prev === 'ъ')) return 'ye';
  if (c === 'э' && next === 'й') return to === 'en' ? 'ei' : 'ey';
  if (c === 'й' && prev === 'э') return '';
  if (c === 'й' && prev === 'ы' && i === word.length - 1) return '';
  // Х between vowels (or after ь) is an Arabic or Turkic h: Мухаммед, Джейхун, Ильхам; Михаил keeps kh, and
  // so does an initial Х (Хафиз -> Khafiz: an Azerbaijani Hafiz comes right only from the known form).
  const breathy = ((isVowel(prev) || prev === 'й') && isVowel(next)) || prev === 'ь';
  if (c === 'х' && breathy && !word.startsWith('мих')) return 'h';
  return table[c] ?? c;
}

/** Cyrillic letters of a text in Latin letters for English or Azerbaijani; anything else is kept. */
export function cyrillicToLatin(text: string, to: Target): string {
  return text.replace(/[\u0400-\u04ff]+/gu, (word) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const latin = ruLetter(lower, i, to);
      const upper = word[i] !== lower[i];
      out += upper && latin ? latin[0]?.toLocaleUpperCase(to) + latin.slice(1) : latin;
    }
    // An acronym stays in capitals: КНР -> KNR.
    const acronym = word.length > 1 && word === word.toUpperCase();
    return acronym ? out.toLocaleUpperCase(to) : out;
  });
}

// biome-ignore format: a table reads best in rows
const AZ_EN: Record<string, string> = {
  ə: 'a', c: 'j', ç: 'ch', ş: 'sh', x: 'kh', ğ: 'gh', ı: 'i', ö: 'o', ü: 'u', q: 'g',
  Ə: 'A', C: 'J', Ç: 'Ch', Ş: 'Sh', X: 'Kh', Ğ: 'Gh', I: 'I', İ: 'I', Ö: 'O', Ü: 'U', Q: 'G',
};

const GEORGIAN = /(?:şvili|dze|iya|uri|eli)$/iu;

/** One Azerbaijani word in English letters; `georgian` when it is a Georgian surname. */
function azWordToEnglish(word: string, georgian: boolean): string {
  let w = word;
  if (georgian) w = w.replace(/^Q/u, 'Gh').replace(/iya$/u, 'ia');
  let out = '';
  for (const ch of w) out += AZ_EN[ch] ?? ch;
  // An all-capital word keeps its capitals: ƏLİYEV -> ALIYEV, not ALIYEV with "Sh" inside.
  return word.length > 1 && word === word.toLocaleUpperCase('az') ? out.toUpperCase() : out;
}

/** An Azerbaijani-Latin name as English media spell it: Əmrullayev -> Amrullayev, Caba Samuşiya -> Jaba Samushia. */
export function azerbaijaniToEnglish(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) =>
    azWordToEnglish(word, GEORGIAN.test(word) && word.length >= 5),
  );
}

/**
 * A name (or any text) in Latin letters for an edition: Cyrillic is always transliterated (the bulletin
 * never shows Cyrillic), Azerbaijani letters are anglicized for English, other Latin text is kept.
 */
export function toLatin(text: string, from: Lang, to: Target): string {
  const latin = cyrillicToLatin(text.normalize('NFC'), to);
  return from === 'az' && to === 'en' ? azerbaijaniToEnglish(latin) : latin;
}

/**
 * A person's name for an edition when the knowledge base has no known form. For the Azerbaijani edition an
 * Azerbaijani name from an English or Russian report takes its Azerbaijani spelling (Нурлана Алиева ->
 * Nurlanə Əliyeva); an Azerbaijani report's own spelling is kept.
 */
export function transliterateName(name: string, from: Lang, to: Target): string {
  const tidy = name.trim().replace(/\s+/gu, ' ');
  const azerbaijani = to === 'az' && from !== 'az' ? azerbaijaniSpelling(tidy) : null;
  return azerbaijani ?? toLatin(tidy, from, to);
}
