import { countryName } from '../extract/country-index.js';
import { findKnownPlaces } from './find-known.js';
import { type KnownPlace, lexiconModifier, lexiconWord } from './knowledge-base.js';
import { placeBySound } from './place-by-sound.js';
import { toLatin } from './transliterate.js';

type Language = 'en' | 'az' | 'ru';
type Target = 'en' | 'az';

/** Conjunctions and particles of names, by language, and what they become. */
const JOINERS: Record<string, Record<Target, string>> = {
  and: { en: 'and', az: 'və' },
  və: { en: 'and', az: 'və' },
  и: { en: 'and', az: 'və' },
};
// "named after": Azerbaijani and Russian put it around the eponym; English puts the eponym first.
const NAMED_AFTER = /^(?:adına|имени)$/u;
const HEAD_FIRST_RU =
  /^(?:университет|институт|академи|министерств|фонд|центр|агентств|совет|комитет|колледж)/u;

function capitalize(word: string, language: Target): string {
  return word.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase(language === 'az' ? 'az' : 'en'));
}

/** One word of a name in the target language: lexicon, place, country, else the word itself in Latin. */
function wordIn(
  word: string,
  from: Language,
  to: Target,
  place: KnownPlace | null,
  beforeHead = false,
): string {
  const lower = word.toLocaleLowerCase(from === 'az' ? 'az' : from);
  const joiner = JOINERS[lower];
  if (joiner) return joiner[to];
  if (place) return place[to];
  // A word read first as a head noun ("Mərkəzi": Center) is a modifier before the name's head (Central).
  const first = lexiconWord(word, from);
  const entry = first?.pos === 'head' && beforeHead ? (lexiconModifier(word, from) ?? first) : first;
  if (entry) return entry[to];
  const stems = from === 'ru' ? placeOfAdjective(word) : [];
  if (stems.length > 0) {
    const known = stems.map(knownPlaceOf).find(Boolean);
    return known ? known[to] : capitalize(toLatin(stems.at(-1) ?? word, 'ru', to), to);
  }
  // A foreign place in a spelling the knowledge base does not list ("Kemnits", "Камерино"): by its sound.
  const heard = /^\p{Lu}/u.test(word) ? placeBySound(word) : null;
  if (heard) return heard[to];
  // An Azerbaijani spelling is converted to the English press spelling only when it has Azerbaijani letters:
  // a foreign name written with plain letters ("Kocaeli", "Camerino") is already its own spelling.
  const azerbaijani = from === 'az' && to === 'en' && /[əığşçöüxq]/iu.test(word);
  const latin = from === 'ru' ? toLatin(word, 'ru', to) : azerbaijani ? toLatin(word, 'az', 'en') : word;
  return capitalize(latin, to);
}

// A Russian name opens with the adjective of its place in any case ("Мишкольцского университета",
// "Кутаисском"): the place is the adjective without its -ский/-цкий ending, which names it in the other
// languages ("Kutaisi", "Miskolc" read as "Mishkolts" when the place is not known). A -цкий adjective may
// keep the place's final ц ("Хемницкий" is Хемниц) or stand for -ск ("Кутаисский"), so both stems are tried.
const PLACE_ADJECTIVE = /^(\p{Lu}\p{Ll}{2,})(ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их)$/u;

function placeOfAdjective(word: string): string[] {
  const m = word.match(PLACE_ADJECTIVE);
  const stem = m?.[1];
  if (!stem || stem.length < 3) return [];
  return m?.[2] === 'цк' ? [stem, `${stem}ц`] : [stem];
}

/** A known place by one of its spellings, else by its sound. */
function knownPlaceOf(name: string): KnownPlace | null {
  return findKnownPlaces(name)[0]?.entry ?? placeBySound(name);
}

/**
 * The place a single word names in a language: a known spelling, a Russian place adjective ("Хемницкий"),
 * or a capitalized word heard by its sound ("Kemnits"); null for any other word.
 */
export function placeOfWord(word: string, from: Language): KnownPlace | null {
  const known = findKnownPlaces(word)[0]?.entry;
  if (known) return known;
  if (from === 'ru') {
    const fromAdjective = placeOfAdjective(word).map(knownPlaceOf).find(Boolean);
    if (fromAdjective) return fromAdjective;
  }
  return /^\p{Lu}/u.test(word) ? placeBySound(word) : null;
}

/** A country named by one word ("Türkiyə", "Грузии") in the target language, or null. */
function countryWord(word: string, to: Target, countryOf: (w: string) => string | null): string | null {
  const code = countryOf(word);
  return code ? countryName(code, to) : null;
}

export interface TranslateOptions {
  /** Finds the country a single word names (the extractor's country index), for words like "Turkish". */
  countryOf?: (word: string) => string | null;
}

/**
 * An organization's name in English and Azerbaijani, word by word through the reviewed lexicon, the known
 * places and the country names, for names the knowledge base does not hold. Word order follows the target:
 * a Russian name that opens with its head noun ("Университет Хаджеттепе") puts it last, an English
 * "University of X" becomes "X Universiteti", an eponym "X adına"/"имени X" goes first in English.
 */
export function translateName(
  name: string,
  from: Language,
  options: TranslateOptions = {},
): Record<Target, string> {
  const words = name.split(/\s+/).filter(Boolean);
  const places = findKnownPlaces(name);
  const placeAt = (i: number) => {
    const offset = words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
    return places.find((p) => p.start === offset)?.entry ?? null;
  };
  const render = (to: Target) => {
    if (from === to) return name;
    // In Azerbaijani the head comes last: a word before a later head noun modifies it.
    const isHead = (w: string) => lexiconWord(w, from)?.pos === 'head';
    const lastHead = from === 'az' ? words.findLastIndex(isHead) : -1;
    let out = words.map((w, i) => {
      const country = options.countryOf ? countryWord(w, to, options.countryOf) : null;
      if (country) return country;
      // "Şəki-Zaqatala", "Lənkəran-Astara": a pair of places, each translated on its own.
      if (w.includes('-') && !lexiconWord(w, from))
        return w
          .split('-')
          .map((part) => (part ? wordIn(part, from, to, findKnownPlaces(part)[0]?.entry ?? null) : part))
          .join('-');
      return wordIn(w, from, to, placeAt(i), i < lastHead);
    });
    const eponym = words.findIndex((w) => NAMED_AFTER.test(w.toLowerCase()));
    if (eponym >= 0) out = reorderEponym(out, eponym, from);
    if (from === 'ru' && HEAD_FIRST_RU.test(words[0]?.toLowerCase() ?? '') && out.length > 1)
      out = [...out.slice(1), ...out.slice(0, 1)];
    if (from === 'en' && to === 'az') out = ofToGenitiveOrder(out);
    return out.filter(Boolean).join(' ');
  };
  return { en: render('en'), az: render('az') };
}

/** "Əl-Fərabi adına Qazax Milli Universiteti" -> eponym first, "adına" dropped; "имени X" likewise. */
function reorderEponym(out: string[], at: number, from: Language): string[] {
  if (from === 'az') return [...out.slice(0, at), ...out.slice(at + 1)];
  const eponym = out.slice(at + 1, at + 3);
  return [...eponym, ...out.slice(0, at)];
}

/** English "University of Languages" read into Azerbaijani order: "Dillər Universiteti". */
function ofToGenitiveOrder(out: string[]): string[] {
  // "Lublin University of Technology" -> "Lublin Texnologiya Universiteti": the head noun before "of" goes
  // last, the words before it stay first, the "of" part comes between.
  const of = out.findIndex((w) => w.toLowerCase() === 'of');
  if (of <= 0) return out;
  const tail = out.slice(of + 1).filter((w) => w.toLowerCase() !== 'the');
  return [...out.slice(0, of - 1), ...tail, ...out.slice(of - 1, of)];
}
