import { foldName } from '../extract/text-tools.js';
import type { KnowledgeAddition } from './additions.js';
import lexiconFile from './data/lexicon.json' with { type: 'json' };
import organizationsFile from './data/organizations.json' with { type: 'json' };
import peopleFile from './data/people.json' with { type: 'json' };
import placesFile from './data/places.json' with { type: 'json' };
import { foldLetters, nameKey, wordKey } from './name-keys.js';
import {
  type KnownOrganization,
  type KnownPerson,
  type KnownPlace,
  type LexiconWord,
  lexiconFileSchema,
  organizationsFileSchema,
  peopleFileSchema,
  placesFileSchema,
} from './schema.js';

export type { KnownOrganization, KnownPerson, KnownPlace, LexiconWord };

/** One spelling of a known name, as the keys of its words. */
export interface Variant<T> {
  entry: T;
  keys: string[];
  /** The spelling folded to plain letters (one-word Latin names must stand whole in the text). */
  base?: string;
}

export interface KnowledgeBase {
  organizations: readonly KnownOrganization[];
  /** Spellings (en, az, ru, aliases) by the key of their first word. */
  organizationsByFirstKey: Map<string, Variant<KnownOrganization>[]>;
  /** Acronyms exactly as written ("TSU", "YÖK", "ИСЕСКО"). */
  organizationsByAcronym: Map<string, KnownOrganization>;
  /** Organizations by the key of any of their full names. */
  organizationsByName: Map<string, KnownOrganization>;
  people: readonly KnownPerson[];
  /** People by the folded (script-neutral) key of their full name in any spelling. */
  peopleByName: Map<string, KnownPerson>;
  placesByFirstKey: Map<string, Variant<KnownPlace>[]>;
  /** Lexicon words by the key of any of their forms, per language. */
  lexicon: Record<'en' | 'az' | 'ru', Map<string, LexiconWord>>;
  /** The first modifier (not a head noun) reading of a form, where the form has one ("Mərkəzi": Central). */
  modifiers: Record<'en' | 'az' | 'ru', Map<string, LexiconWord>>;
}

function addVariant<T>(index: Map<string, Variant<T>[]>, entry: T, name: string): void {
  const keys = nameKey(name).split(' ').filter(Boolean);
  const first = keys[0];
  if (!first) return;
  const list = index.get(first) ?? [];
  list.push({ entry, keys, base: foldLetters(name) });
  index.set(first, list);
}

// State bodies are also written with their state's official form: "Ministry of Education of the Republic of
// Kazakhstan", "Qazaxıstan Respublikasının Təhsil Nazirliyi". Each such body gets those spellings too, from
// its English "... of X" and its Azerbaijani "Xnın ..." (name keys drop the genitive, so "Qazaxıstanın
// Respublikasının" keys as "Qazaxıstan Respublikasının").
const STATE_KINDS = new Set(['ministry', 'agency', 'parliament']);
const EN_OF_STATE = /^(.+ of )(\p{Lu}[\p{L}'-]*)$/u;
const AZ_STATE_GENITIVE = /^(\p{Lu}\p{L}*(?:n[ıiuü]n|[ıiuü]n)) (.+)$/u;

function officialForms(org: KnownOrganization): string[] {
  if (!STATE_KINDS.has(org.kind ?? '')) return [];
  const forms: string[] = [];
  for (const name of [org.en, ...(org.aliases ?? [])]) {
    const en = name.match(EN_OF_STATE);
    if (en) forms.push(`${en[1]}the Republic of ${en[2]}`);
  }
  const az = org.az.match(AZ_STATE_GENITIVE);
  if (az) forms.push(`${az[1]} Respublikasının ${az[2]}`);
  return forms;
}

function build(additions: readonly KnowledgeAddition[] = []): KnowledgeBase {
  // Parsed once per cold start: a malformed data file fails loudly here, not as a wrong fact later.
  // Additions come after the built-in entries, so where both name the same thing the addition wins.
  const organizations = [
    ...organizationsFileSchema.parse(organizationsFile).organizations,
    ...additions.flatMap((a) => a.organizations ?? []),
  ];
  const people = [...peopleFileSchema.parse(peopleFile).people, ...additions.flatMap((a) => a.people ?? [])];
  const places = [...placesFileSchema.parse(placesFile).places, ...additions.flatMap((a) => a.places ?? [])];
  const words = [...lexiconFileSchema.parse(lexiconFile).words, ...additions.flatMap((a) => a.words ?? [])];
  const kb: KnowledgeBase = {
    organizations,
    organizationsByFirstKey: new Map(),
    organizationsByAcronym: new Map(),
    organizationsByName: new Map(),
    people,
    peopleByName: new Map(),
    placesByFirstKey: new Map(),
    lexicon: { en: new Map(), az: new Map(), ru: new Map() },
    modifiers: { en: new Map(), az: new Map(), ru: new Map() },
  };
  for (const org of organizations) {
    for (const name of [org.en, org.az, org.ru, ...(org.aliases ?? []), ...officialForms(org)]) {
      addVariant(kb.organizationsByFirstKey, org, name);
      kb.organizationsByName.set(nameKey(name), org);
    }
    for (const acronym of org.acronyms ?? []) kb.organizationsByAcronym.set(acronym, org);
  }
  for (const person of people) {
    for (const name of [person.en, person.az, person.ru, ...(person.aliases ?? [])])
      kb.peopleByName.set(personKey(name), person);
  }
  for (const place of places) {
    for (const name of [place.en, place.az, place.ru, ...(place.aliases ?? [])])
      addVariant(kb.placesByFirstKey, place, name);
  }
  for (const word of words) {
    for (const language of ['en', 'az', 'ru'] as const) {
      const key = nameKey(word[language]);
      if (!kb.lexicon[language].has(key)) kb.lexicon[language].set(key, word);
      if (word.pos !== 'head' && !kb.modifiers[language].has(key)) kb.modifiers[language].set(key, word);
    }
  }
  return kb;
}

let cached: KnowledgeBase | null = null;
let additionsSignature = '';

/**
 * Merges validated additions (knowledge/ in the bucket) over the built-in data. The signature names the
 * files and their versions: the same set is not rebuilt, a changed one replaces the previous additions.
 */
export function useKnowledgeAdditions(additions: readonly KnowledgeAddition[], signature: string): void {
  if (signature === additionsSignature && cached) return;
  cached = build(additions);
  additionsSignature = signature;
}

/** The knowledge base, built on first use and kept for the life of the process (a Lambda's warm starts). */
export function knowledgeBase(): KnowledgeBase {
  cached ??= build();
  return cached;
}

/** The known organization a name (any language, any case form) or an acronym denotes, if any. */
export function knownOrganization(name: string): KnownOrganization | null {
  const kb = knowledgeBase();
  return kb.organizationsByAcronym.get(name.trim()) ?? kb.organizationsByName.get(nameKey(name)) ?? null;
}

/** "Emin Əmrullayev", "Emin Amrullayev" and "Эмин Амруллаев" share one key. */
function personKey(name: string): string {
  return name.split(/\s+/).map(foldName).join(' ');
}

/** The known person a name denotes in any script, if any. */
export function knownPerson(name: string): KnownPerson | null {
  return knowledgeBase().peopleByName.get(personKey(name)) ?? null;
}

/** A lexicon word by one of its forms in a language. */
export function lexiconWord(word: string, language: 'en' | 'az' | 'ru'): LexiconWord | null {
  return knowledgeBase().lexicon[language].get(wordKey(word)) ?? null;
}

/** A lexicon word's modifier reading ("Mərkəzi" as Central, not Center), for a word before the name's head. */
export function lexiconModifier(word: string, language: 'en' | 'az' | 'ru'): LexiconWord | null {
  return knowledgeBase().modifiers[language].get(wordKey(word)) ?? null;
}
