/** Small text helpers shared by the extractors. Pure and allocation-light: they run per article. */

/** Paragraphs of the clean text (normalized text separates them with a blank line). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

// Abbreviations whose dot does not end a sentence (kept short: a missed split only costs summary length),
// month abbreviations among them: "signed on Nov. 5", "5 нояб. 2026".
const NO_BREAK =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|No|St|Jr|Sr|vs|etc|e\.g|i\.e|Co|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-ZƏÖÜÇŞĞİА-ЯЁ])|г|гг|им|т\.?д|ул|янв|февр?|апр|авг|сент?|окт|нояб?|дек)\.$/u;

/** Splits a paragraph into sentences on . ! ? followed by a space and a capital or a quote. */
export function sentencesOf(paragraph: string): string[] {
  const out: string[] = [];
  const re = /[.!?]+["»”’)]?\s+(?=["«“‘(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (const m of paragraph.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    const piece = paragraph.slice(start, end).trim();
    if (NO_BREAK.test(piece.replace(/["»”’)]+$/u, ''))) continue;
    out.push(piece);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Lowercases with the Azerbaijani/Turkish rules for I/İ and drops nothing else. */
export function lowerAz(s: string): string {
  return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
}

/**
 * Folds a word to a language-neutral Latin key: Azerbaijani letters and Cyrillic transliterated the
 * way English reports spell names (docs/knowledge-base.md), so "Əmrullayev", "Amrullayev" and "Амруллаев" meet.
 */
export function foldName(s: string): string {
  let out = '';
  for (const ch of lowerAz(s.normalize('NFC'))) out += FOLD[ch] ?? ch;
  return (
    out
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '')
      .replace(/dzh/g, 'j')
      .replace(/kh/g, 'x')
      .replace(/j/g, 'c')
      .replace(/y(?=[aeiou])/g, '')
      .replace(/([a-z])\1+/g, '$1')
      // Azerbaijani ğ and q both stand for a Georgian or Turkic "gh": Qirsiaşvili = Ghirsiashvili, Ağayev = Agayev.
      .replace(/gh/g, 'g')
      .replace(/^[gh]/, 'q')
  );
}

/** Letters foldName rewrites; also shipped to the archive search script (archive/search-script.ts). */
export const FOLD: Record<string, string> = {
  ə: 'a',
  ı: 'i',
  ç: 'ch',
  ş: 'sh',
  ğ: 'gh',
  ö: 'o',
  ü: 'u',
  x: 'kh',
  c: 'j',
  q: 'g',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'o',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Distinct values in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
