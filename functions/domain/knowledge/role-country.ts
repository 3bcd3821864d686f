import az from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import {
  type CountryName,
  countryIndex,
  countryName,
  wordMatches,
  wordsOf,
} from '../extract/country-index.js';
import { type Lang, type Token, wordFits, wordKey } from './role-words.js';

// The extractor's index leaves Azerbaijan out (it is never a partner); in roles it is an owner like any other.
const AZERBAIJAN: CountryName[] = ['azerbaijan', 'azərbaycan', 'азербайджан'].map((w) => ({
  code: 'AZ',
  words: [w],
}));

// Dotless and dotted i, ə and the rest folded, so ASCII-typed "Gurcustanin" meets "gürcüstan".
const fold = (s: string): string => wordKey(s, 'az');

// Only these count inside an organization's name: "Kazan Federal University" names no country, "Azerbaijan
// State University" does. Demonyms and cities (the extractor's cues) count in front of a role only.
const OFFICIAL = new Set<string>(['azerbaijan', 'azerbaycan', 'азербайджан']);
for (const locale of [en, az, ru]) {
  for (const names of Object.values(locale.countries as Record<string, string | string[]>)) {
    for (const name of Array.isArray(names) ? names : [names]) {
      const first = wordsOf(name.replace(/\s*\(.*\)$/u, ''))[0] ?? '';
      OFFICIAL.add(
        fold(/[\u0400-\u04ff]/u.test(first) && first.length >= 5 ? first.replace(/[аяйьо]$/u, '') : first),
      );
    }
  }
}

/** A country named at token i: its code and how many tokens the name (with "Republic") takes. */
export interface CountryMatch {
  code: string;
  length: number;
}

let folded: Map<string, CountryName[]> | null = null;

// The extractor's index re-keyed by folded first letters, built on first use like the index itself.
function candidatesFor(word: string): CountryName[] {
  if (!folded) {
    folded = new Map();
    for (const c of [...countryIndex().values()].flat().concat(AZERBAIJAN)) {
      const key = fold(c.words[0] ?? '').slice(0, 3);
      folded.set(key, [...(folded.get(key) ?? []), c]);
    }
  }
  return folded.get(fold(word).slice(0, 3)) ?? [];
}

// The index drops one final vowel of a Russian name ("Саудовская" -> "саудовска"); its cases need the
// adjective stem ("саудовской"), so a Cyrillic stem may lose one more vowel.
function stemMatches(word: string, stem: string): boolean {
  if (wordMatches(word, stem)) return true;
  return /[\u0400-\u04ff]{5,}[аяеоыий]$/u.test(stem) && wordMatches(word, stem.slice(0, -1));
}

/** How many tokens from i the country's words cover, when they end at a token boundary; else 0. */
function coverage(tokens: readonly Token[], i: number, words: string[]): number {
  let k = 0;
  for (let t = i; t < tokens.length; t++) {
    const own = wordsOf(tokens[t]?.text ?? '');
    if (!own.length) return 0;
    for (const w of own) {
      const stem = words[k];
      if (stem === undefined || !stemMatches(fold(w), fold(stem))) return 0;
      k++;
    }
    if (k === words.length) return t - i + 1;
    // Only the last word of a name inflects: "Səudiyyə Ərəbistanının", not "Səudiyyənin Ərəbistan".
    if (tokens[t]?.suffix) return 0;
  }
  return 0;
}

const REPUBLIC: Record<Lang, { key: string; stem: string }> = {
  en: { key: 'republic', stem: 'republic' },
  az: { key: 'respublika', stem: 'respublika' },
  ru: { key: 'республика', stem: 'республик' },
};

/** The country named at token i ("Gürcüstanın", "Грузии", "People's Republic of China"), or null. */
export function countryAt(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
  officialOnly = false,
): CountryMatch | null {
  const t = tokens[i];
  if (!t || t.key === ',') return null;
  // "Republic of Türkiye": the English form puts the word first.
  if (lang === 'en' && t.key === 'republic' && tokens[i + 1]?.key === 'of') {
    const inner = countryAt(tokens, i + 2, lang, true);
    if (inner) return { code: inner.code, length: inner.length + 2 };
  }
  let best: { code: string; length: number; chars: number } | null = null;
  for (const c of candidatesFor(wordsOf(t.text)[0] ?? '')) {
    if (officialOnly && !OFFICIAL.has(fold(c.words[0] ?? ''))) continue;
    const length = coverage(tokens, i, c.words);
    const chars = c.words.join('').length;
    if (length && (!best || length > best.length || (length === best.length && chars > best.chars)))
      best = { code: c.code, length, chars };
  }
  if (!best) return null;
  const inflected = !!tokens[i + best.length - 1]?.suffix;
  return {
    code: best.code,
    length: best.length + (inflected ? 0 : republicAfter(tokens, i + best.length, lang)),
  };
}

// "Türkiyə Respublikası(nın)", "Çin Xalq Respublikası", "Китайской Народной Республики": the words belong to
// the country's name. How many of them follow at k.
function republicAfter(tokens: readonly Token[], k: number, lang: Lang): number {
  const people = /^(?:xalq|народн\p{L}*)$/u.test(tokens[k]?.key ?? '') ? 1 : 0;
  const next = tokens[k + people];
  return next && wordFits(next.key, REPUBLIC[lang], lang) ? people + 1 : 0;
}

// Short English forms where the library's first name is the formal one ("Islamic Republic of Iran").
const EN_SHORT: Record<string, string> = {
  CZ: 'Czechia',
  IR: 'Iran',
  LA: 'Laos',
  FM: 'Micronesia',
  MD: 'Moldova',
  MK: 'North Macedonia',
  SY: 'Syria',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  GM: 'the Gambia',
  CD: 'DR Congo',
  CG: 'the Republic of the Congo',
  NL: 'the Netherlands',
  PH: 'the Philippines',
};

/** A country's name in a role: English with its article where it takes one ("of the United States"). */
export function countryIn(code: string, to: 'en' | 'az'): string {
  return to === 'en' ? (EN_SHORT[code] ?? countryName(code, 'en')) : countryName(code, 'az');
}
