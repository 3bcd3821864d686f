import type { Language } from '../../article/article.js';
import { findKnownPlaces } from '../../knowledge/find-known.js';
import { lexiconWord } from '../../knowledge/knowledge-base.js';
import { placeOfWord } from '../../knowledge/translate-name.js';
import { countryOfWord } from '../country-index.js';
import { lowerAz } from '../text-tools.js';
import { azerbaijaniBase } from './azerbaijani-base.js';
import { MINISTRY, NAMED, QUOTED, RU_HEAD_FIRST, RU_MINISTRY, RU_NAMED } from './name-patterns.js';

/** A name found by its shape, with where it stands in the text. */
export interface Candidate {
  name: string;
  start: number;
  end: number;
}

/** A cleaned candidate: the words as written, and its base form (Azerbaijani case endings removed). */
export interface NameCandidate {
  written: string;
  base: string;
  start: number;
  end: number;
  /** The country that owns it, when the text says so ("Hungary's Ministry of ...", "... of Qatar"). */
  country?: string;
}

const POSSESSOR = /(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)['’]s\s+$/u;

/** The owner country of a name: a possessive before it, or its "of <Country>" tail. */
function ownerCountry(text: string, start: number, base: string): string | undefined {
  const possessor = text.slice(Math.max(0, start - 40), start).match(POSSESSOR)?.[1];
  const tail = base.match(/\bof\s+(?:the\s+)?([\p{Lu}][\p{L}' -]+)$/u)?.[1];
  for (const words of [possessor, tail]) {
    const code = words ? countryOfWord(words.split(' ').at(-1) ?? '') : null;
    if (code) return code;
  }
  return undefined;
}

// Capitalized words that open an English sentence or a role, never a name: "At", "Rector of".
const EN_OPENERS =
  /^(?:(?:Rector|Head|Director|President|Minister|Chairman|Ambassador|At|In|On|From|The|During|With|For|By|After|Before|Under|While|Meanwhile|Both|And)\s+(?:of\s+)?(?:the\s+)?)+/u;

/** Cleans a matched name: no leading article, no trailing possessive or punctuation. */
function tidy(name: string): string {
  return name
    .replace(EN_OPENERS, '')
    .replace(/['’]s$/u, '')
    .replace(/[\s,.]+$/u, '')
    .trim();
}

/**
 * A word that names take: an acronym, a lexicon word, a country or a known place (any case form; in Azerbaijani
 * and Russian also a place adjective or a place heard by its sound: "Хемницкий", "Kemnits").
 */
export function isWordOfNames(word: string, language: Language): boolean {
  if (/^\p{Lu}{2,}/u.test(word)) return true;
  if (lexiconWord(word, language) !== null || countryOfWord(word) !== null) return true;
  return findKnownPlaces(word).length > 0 || (language !== 'en' && placeOfWord(word, language) !== null);
}

/** A word the name may start with: a word of names, or any word not opening a sentence. */
function canOpenName(word: string, language: Language, atSentenceStart: boolean): boolean {
  return !atSentenceStart || language === 'en' || isWordOfNames(word, language);
}

const sentenceStartBefore = (text: string, at: number) =>
  /(?:^|[.!?:»"]\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 3), at));

/**
 * A sentence opens with a noun before the name in Azerbaijani ("Ardınca Qarabağ Universiteti ...", "Tədbir
 * ..."): when that word is neither a known word of names nor a place, it is not part of the name.
 */
function dropOpeningNoun(c: Candidate, text: string, language: Language): Candidate {
  const [first, ...rest] = c.name.split(' ');
  if (!first || rest.length < 2 || canOpenName(first, language, sentenceStartBefore(text, c.start))) return c;
  const name = rest.join(' ');
  return { name, start: c.end - name.length, end: c.end };
}

/**
 * A person named next to an organization is not part of its name: "Rector of Lublin University of
 * Technology Zbigniew Pater", "Kenji Sato Hokkaydo Universitetinin". Words of the people the article names
 * are trimmed from both ends (only the ends: a university named after a person keeps its eponym inside).
 */
function withoutPeople(name: string, personWords: ReadonlySet<string>): string {
  const words = name.split(' ');
  // A known place is never a person's word, even where a person's name was read with it ("Лотарингии Пьер").
  const isPersonWord = (w: string | undefined) =>
    w !== undefined &&
    isWordOfPerson(lowerAz(w.replace(/[.,]$/u, '')), personWords) &&
    findKnownPlaces(w).length === 0;
  while (words.length > 1 && isPersonWord(words[0])) words.shift();
  while (words.length > 1 && isPersonWord(words.at(-1))) words.pop();
  return words.join(' ').replace(/[\s,.]+$/u, '');
}

/**
 * A word of a person the article names, in any case form: the people's list may hold an inflected form
 * ("Kenji Satonun" read as "Saton"), so a word that shares a stem of four letters or more with a person
 * word, differing by an ending of at most three letters, is one ("Sato").
 */
function isWordOfPerson(word: string, personWords: ReadonlySet<string>): boolean {
  if (personWords.has(word)) return true;
  if (word.length < 4) return false;
  for (const p of personWords) {
    const [short, long] = p.length < word.length ? [p, word] : [word, p];
    if (short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short)) return true;
  }
  return false;
}

/**
 * An Azerbaijani name may open with its country in the genitive ("Koreya Respublikasının Çunqbuk Milli
 * Universiteti"): the country owns the body and is not part of its name.
 */
function splitCountryOwner(base: string): { base: string; country?: string } {
  const words = base.split(' ');
  for (let i = 0; i < Math.min(3, words.length - 2); i++) {
    if (!/(?:nın|nin|nun|nün|ın|in|un|ün)$/u.test(words[i] ?? '')) continue;
    const country = countryOfWord(words[0] ?? '');
    if (country) return { base: words.slice(i + 1).join(' '), country };
  }
  return { base };
}

/** A line of Title Case words (a headline): every word capitalized, so shapes say nothing there. */
function inTitleCaseLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  const words = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).match(/\p{L}+/gu) ?? [];
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && w.length > 3).length;
  return words.length >= 5 && lower === 0;
}

const QUOTE_BEFORE = /["“«„]\s*$/u;

function* matches(text: string, language: Language): Generator<Candidate> {
  const patterns = language === 'ru' ? [RU_NAMED, RU_HEAD_FIRST, RU_MINISTRY, NAMED] : [MINISTRY, NAMED];
  for (const re of [...patterns, QUOTED]) {
    for (const m of text.matchAll(re)) {
      const raw = re === QUOTED ? (m[1] ?? m[2] ?? '') : m[0];
      const start = (m.index ?? 0) + m[0].indexOf(raw);
      // A programme or a title in quotes ("C4IR Academy" National Program) is not an organization.
      if (re !== QUOTED && QUOTE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
      yield { name: raw, start, end: start + raw.length };
    }
  }
}

/** Names of the shape of an organization, cleaned and in their base form. */
export function patternCandidates(
  text: string,
  language: Language,
  personNames: readonly string[] = [],
): NameCandidate[] {
  const personWords = new Set(personNames.flatMap((n) => n.split(/\s+/u)).map((w) => lowerAz(w)));
  const out: NameCandidate[] = [];
  for (const m of matches(text, language)) {
    if (inTitleCaseLine(text, m.start)) continue;
    const name = withoutPeople(tidy(m.name), personWords);
    const start = m.start + m.name.indexOf(name);
    const c = dropOpeningNoun({ name, start, end: start + name.length }, text, language);
    const owned = language === 'az' ? splitCountryOwner(azerbaijaniBase(c.name)) : { base: c.name };
    const base = owned.base;
    if (base.split(/\s+/).length >= 2 && !isDomesticPlaceName(base))
      out.push({
        written: c.name,
        base,
        start: c.start,
        end: c.end,
        country: owned.country ?? ownerCountry(text, c.start, base),
      });
  }
  return out;
}

// "Azerbaijan Republic", "Naxçıvan Muxtar Respublikası": places shaped like names, not organizations.
const DOMESTIC = /^(?:Azerbaijan|Azərbaycan|Azerbaycan|Baku|Bakı)\s+(?:Republic|Respublikası)$/u;

function isDomesticPlaceName(name: string): boolean {
  return DOMESTIC.test(name) || /^(?:Republic|Respublika)/u.test(lowerAz(name));
}
