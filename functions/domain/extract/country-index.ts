import az from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { COUNTRY_CUES } from './country-cues.js';
import { lowerAz } from './text-tools.js';

/** One way of naming a country: its words, the last of which may carry an inflection. */
export interface CountryName {
  code: string;
  words: string[];
}

// Endings a short stem (4 letters or fewer) may take: "Çinin", "ABŞ-la", "Ирана", "Omani". Longer stems
// take any ending up to six letters, which covers Russian adjectives ("казахстанский").
const SHORT_ENDINGS =
  /^(?:|s|n|i|ns|ian|ians|ese|[ıiuü]n|n[ıiuü]n|y?[aəe]|y?[dt][aəe]n?|l[aəe]|l[ıiuü]|[аяуюеиы]|[оеэ]м|[ое]й|и[йяюи])$/u;

/** Words of a name or of running text, lowercased with Azerbaijani I/İ rules (ı folded to i), split at hyphens too. */
export function wordsOf(s: string): string[] {
  // Dotless ı is folded to i: an English capital I ("Italian", "Iran", "Istanbul") lowercases to ı by the
  // Azerbaijani rule, and must still meet the names it spells.
  return (
    lowerAz(s.normalize('NFC'))
      .replace(/ı/g, 'i')
      .match(/[\p{L}\p{M}]+/gu) ?? []
  );
}

/** Does a text word carry this name word, possibly inflected? */
export function wordMatches(word: string, stem: string): boolean {
  if (!word.startsWith(stem)) return false;
  if (stem.length === 1) return word === stem;
  const ending = word.slice(stem.length);
  if (stem.length <= 4) return SHORT_ENDINGS.test(ending);
  if (/[\u0400-\u04ff]/u.test(stem)) return ending.length <= 6;
  return LATIN_ENDINGS.test(ending);
}

// What a Latin-script name takes in running text: English -s/-n/-ian/-ese and Azerbaijani case and
// derivation suffixes, alone or chained ("Fransanın", "Almaniyadakı", "Gürcüstanlılar"); anything else is
// another word that starts like the name ("Francesco" is not France).
const LATIN_ENDINGS =
  /^(?:s|ns|an|ans|ian|ians|ese|(?:y?[aeə]|[iuü])?(?:n[iuü]n|[iuü]n|y?[aeə]|y?[dt][aeə](?:n|k[iuü])?|n[dt][aeə](?:n|k[iuü])?|l[aeə]|l[iuü](?:l[aeə]r)?|n[iuü]|s[iuü](?:n[iuü]n|n[aeə]|nd[aeə])?)?)$/u;

// Russian names drop a final vowel to reach the stem shared by their cases (Турция -> турци-).
function stemOf(word: string): string {
  return /[\u0400-\u04ff]/.test(word) && word.length >= 5 ? word.replace(/[аяйьо]$/u, '') : word;
}

let index: Map<string, CountryName[]> | null = null;

/** Country names by the first three letters of their first word; built on first use, not at import. */
export function countryIndex(): Map<string, CountryName[]> {
  if (index) return index;
  index = new Map();
  const add = (code: string, name: string) => {
    if (code === 'AZ') return;
    const words = wordsOf(name).map(stemOf);
    const head = words[0];
    if (!head || head.length < 2) return;
    const key = head.slice(0, 3);
    const list = index?.get(key) ?? [];
    list.push({ code, words });
    index?.set(key, list);
  };
  for (const locale of [en, az, ru]) {
    for (const [code, names] of Object.entries(locale.countries as Record<string, string | string[]>)) {
      for (const name of Array.isArray(names) ? names : [names]) add(code, name.replace(/\s*\(.*\)$/, ''));
    }
  }
  for (const [code, cues] of Object.entries(COUNTRY_CUES)) for (const cue of cues.split(' ')) add(code, cue);
  return index;
}

// Short display names where the first i18n name reads badly in a headline.
const DISPLAY: Record<string, Partial<Record<'en' | 'az' | 'ru', string>>> = {
  CN: { en: 'China', ru: 'Китай' },
  US: { en: 'the United States', az: 'ABŞ', ru: 'США' },
  GB: { en: 'the United Kingdom', az: 'Böyük Britaniya' },
  AE: { en: 'the UAE', az: 'BƏƏ', ru: 'ОАЭ' },
  KR: { en: 'South Korea', az: 'Cənubi Koreya', ru: 'Южная Корея' },
  RU: { en: 'Russia', ru: 'Россия' },
  PS: { az: 'Fələstin Dövləti' },
};

/** A country's short name in en, az or ru, for built headlines. */
export function countryName(code: string, language: 'en' | 'az' | 'ru'): string {
  const override = DISPLAY[code]?.[language];
  if (override) return override;
  const locale = { en, az, ru }[language].countries as Record<string, string | string[]>;
  const names = locale[code];
  const name = Array.isArray(names) ? names[0] : names;
  return (name ?? code).replace(/\s*\(.*\)$/, '');
}

/** The country one word names ("Türkiyənin", "Грузии", "Turkish", "Gürcüstan"), or null. */
export function countryOfWord(word: string): string | null {
  const [w] = wordsOf(word);
  if (!w || w.length < 3) return null;
  for (const name of countryIndex().get(w.slice(0, 3)) ?? []) {
    if (name.words.length === 1 && wordMatches(w, name.words[0] ?? '')) return name.code;
  }
  return null;
}
