import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { foldName, lowerAz } from '../../../functions/domain/extract/text-tools.js';
import { nameKey, wordKey } from '../../../functions/domain/knowledge/name-keys.js';
import {
  lexiconFileSchema,
  organizationsFileSchema,
  peopleFileSchema,
  placesFileSchema,
} from '../../../functions/domain/knowledge/schema.js';

// The reviewed knowledge base (functions/domain/knowledge/data): every file parses, no name points to two
// entries, countries are ISO codes, Azerbaijani names use Azerbaijani letters, Russian names are Cyrillic.
// Each check lists every offender, so one run shows a maintainer everything to fix.

function load(file: string): unknown {
  const url = new URL(`../../../functions/domain/knowledge/data/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}

const parsed = {
  organizations: organizationsFileSchema.safeParse(load('organizations.json')),
  people: peopleFileSchema.safeParse(load('people.json')),
  places: placesFileSchema.safeParse(load('places.json')),
  lexicon: lexiconFileSchema.safeParse(load('lexicon.json')),
};
const organizations = parsed.organizations.data?.organizations ?? [];
const people = parsed.people.data?.people ?? [];
const places = parsed.places.data?.places ?? [];
const words = parsed.lexicon.data?.words ?? [];

interface Named {
  en: string;
  az: string;
  ru: string;
  aliases?: string[] | undefined;
}
const spellings = (e: Named) => [e.en, e.az, e.ru, ...(e.aliases ?? [])];

/** Keys that two or more entries share, with the entries (by English name) that share them. */
function collisions<T extends { en: string }>(entries: readonly T[], keysOf: (e: T) => string[]): string[] {
  const owners = new Map<string, Set<T>>();
  for (const entry of entries) {
    for (const key of keysOf(entry)) owners.set(key, (owners.get(key) ?? new Set()).add(entry));
  }
  return [...owners]
    .filter(([, set]) => set.size > 1)
    .map(([key, set]) => `"${key}": ${[...set].map((e) => e.en).join(' | ')}`);
}

const badCountry = (code: string | undefined) => code !== undefined && !countries.isValid(code);
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const letters = (s: string) => s.match(/\p{L}+/gu) ?? [];

// Azerbaijani Latin letters (no w in native words, but brands keep it), digits and name punctuation.
const AZ_CHARS = /^[A-Za-zÇçƏəĞğİıÖöŞşÜü0-9 .,'’&+()/–-]+$/u;
// ASCII or Turkish stand-ins for Azerbaijani words, and suffixes against vowel harmony.
const AZ_MISSPELLINGS = ['Dovlet', 'Tehsil', 'Elmler', 'Universitetı', 'Unıversitet', 'Akademiyasi', ' ve '];
const HIGH: Record<string, string> = {
  a: 'ı',
  ı: 'ı',
  o: 'u',
  u: 'u',
  e: 'i',
  ə: 'i',
  i: 'i',
  ö: 'ü',
  ü: 'ü',
};
const vowels = (s: string) => lowerAz(s).match(/[aeəıioöuü]/gu) ?? [];

// Stems of the head nouns ("Universitet" of "Universiteti"): a suffix on them must follow vowel harmony.
const HEAD_STEMS = words
  .filter((w) => w.pos === 'head' && !w.az.includes(' '))
  .map((w) => w.az.replace(/[ıiuü]$/u, '').replace(/(?<=[aeəıioöuü])s$/u, ''))
  .filter((stem) => stem.length >= 4);

function harmonyProblem(word: string): string | null {
  for (const stem of HEAD_STEMS) {
    if (!word.startsWith(stem) || word.length === stem.length) continue;
    const last = vowels(stem).at(-1) ?? '';
    const first = vowels(word.slice(stem.length))[0];
    if (!first) continue;
    const expected = first in { ı: 1, i: 1, u: 1, ü: 1 } ? HIGH[last] : 'aıou'.includes(last) ? 'a' : 'ə';
    if (first !== expected) return `"${word}": after "${stem}" the suffix takes ${expected}, not ${first}`;
  }
  return null;
}

/** Problems of an Azerbaijani name; a brand (a company's name) may start with a dotless I ("Intel"). */
function azProblems(s: string, brand = false): string[] {
  const out: string[] = [];
  if (!AZ_CHARS.test(s))
    out.push(`"${s}": a letter outside the Azerbaijani alphabet (Ə is U+018F, not Cyrillic Ә)`);
  for (const m of AZ_MISSPELLINGS) if (s.includes(m)) out.push(`"${s}": "${m.trim()}" is misspelled`);
  if (!brand && /(?:^|[\s(-])I[a-zçəğıöşü]/u.test(s)) out.push(`"${s}": a word starts with dotless I (İ?)`);
  for (const word of s.split(/[\s-]+/u)) {
    const problem = harmonyProblem(word);
    if (problem) out.push(problem);
  }
  return out;
}

/** Problems of a Russian name: Cyrillic words, plus Latin acronyms ("Университет ADA") where allowed. */
function ruProblems(s: string, allow: 'none' | 'acronyms' | 'latin' = 'none'): string[] {
  if (allow === 'latin') return [];
  const foreign = letters(s).filter((w) => !/^\p{Script=Cyrillic}+$/u.test(w));
  const allowed = (w: string) => allow === 'acronyms' && /^[A-Z]+$/u.test(w);
  const out = foreign.filter((w) => !allowed(w)).map((w) => `"${s}": "${w}" is not Cyrillic`);
  if (!CYRILLIC.test(s)) out.push(`"${s}": no Cyrillic at all`);
  return out;
}

/** Every string of every file. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
const allData = [organizations, people, places, words];

describe('knowledge base files', () => {
  it.each(Object.entries(parsed))(
    '%s.json parses with its schema (en, az, ru on every entry)',
    (_, result) => {
      expect(result.error?.issues.slice(0, 20) ?? []).toEqual([]);
    },
  );

  it('are NFC and mix no Latin and Cyrillic letters within a word', () => {
    const all = strings(allData);
    expect(all.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
    expect(all.flatMap(letters).filter((w) => LATIN.test(w) && CYRILLIC.test(w))).toEqual([]);
  });

  it('write English names in Latin letters', () => {
    const en = [...organizations, ...people, ...places, ...words].map((e) => e.en);
    expect(en.filter((s) => CYRILLIC.test(s) || !LATIN.test(s))).toEqual([]);
  });
});

describe('organizations', () => {
  it('never give one name to two organizations (as the matcher keys names: case and inflection aside)', () => {
    expect(collisions(organizations, (o) => [...new Set(spellings(o).map(nameKey))])).toEqual([]);
  });

  it('never give one acronym to two organizations', () => {
    expect(collisions(organizations, (o) => o.acronyms ?? [])).toEqual([]);
  });

  it('have ISO 3166-1 alpha-2 countries, and none on international organizations', () => {
    expect(organizations.filter((o) => badCountry(o.country)).map((o) => `${o.en}: ${o.country}`)).toEqual(
      [],
    );
    expect(organizations.filter((o) => o.kind === 'international' && o.country).map((o) => o.en)).toEqual([]);
    const needCountry = organizations.filter(
      (o) => !['international', 'other'].includes(o.kind) && !o.country,
    );
    expect(needCountry.map((o) => o.en)).toEqual([]);
  });

  it("mark only Azerbaijan's Ministry of Science and Education as the host", () => {
    const hosts = organizations.filter((o) => o.host);
    expect(hosts.map((o) => [o.az, o.country, o.kind])).toEqual([
      ['Elm və Təhsil Nazirliyi', 'AZ', 'ministry'],
    ]);
  });

  it('write Azerbaijani names with Azerbaijani letters and Russian names in Cyrillic', () => {
    expect(organizations.flatMap((o) => azProblems(o.az, o.kind === 'company'))).toEqual([]);
    expect(
      organizations.flatMap((o) => ruProblems(o.ru, o.kind === 'company' ? 'latin' : 'acronyms')),
    ).toEqual([]);
  });
});

describe('people', () => {
  const personKey = (name: string) => name.split(/\s+/u).map(foldName).join(' ');

  it('never give one name to two people (in any script)', () => {
    expect(collisions(people, (p) => [...new Set(spellings(p).map(personKey))])).toEqual([]);
  });

  it('have ISO 3166-1 alpha-2 countries', () => {
    expect(people.filter((p) => badCountry(p.country)).map((p) => `${p.en}: ${p.country}`)).toEqual([]);
  });

  it('write Azerbaijani names and roles with Azerbaijani letters and Russian ones in Cyrillic', () => {
    expect(people.flatMap((p) => [p.az, p.role?.az ?? p.az]).flatMap((s) => azProblems(s))).toEqual([]);
    expect(people.flatMap((p) => ruProblems(p.ru))).toEqual([]);
    expect(people.flatMap((p) => (p.role ? ruProblems(p.role.ru, 'acronyms') : []))).toEqual([]);
  });
});

describe('places', () => {
  it('never give one name to two places', () => {
    expect(collisions(places, (p) => [...new Set(spellings(p).map(nameKey))])).toEqual([]);
  });

  it('have ISO 3166-1 alpha-2 countries', () => {
    expect(places.filter((p) => badCountry(p.country)).map((p) => `${p.en}: ${p.country}`)).toEqual([]);
  });

  it('write Azerbaijani names with Azerbaijani letters and Russian names in Cyrillic', () => {
    expect(places.flatMap((p) => azProblems(p.az))).toEqual([]);
    expect(places.flatMap((p) => ruProblems(p.ru))).toEqual([]);
  });
});

describe('lexicon', () => {
  it('holds each English word once', () => {
    expect(collisions(words, (w) => [wordKey(w.en)])).toEqual([]);
  });

  it('writes Azerbaijani words with Azerbaijani letters and Russian words in Cyrillic', () => {
    expect(words.flatMap((w) => azProblems(w.az))).toEqual([]);
    expect(words.flatMap((w) => ruProblems(w.ru))).toEqual([]);
  });

  it('gives head nouns the possessive they take in names', () => {
    const heads = words.filter((w) => w.pos === 'head' && !w.az.includes(' '));
    expect(heads.filter((w) => !/(?:[ıiuü])$/u.test(w.az)).map((w) => w.az)).toEqual([]);
    expect(HEAD_STEMS.length).toBeGreaterThan(20);
  });

  it('catches a suffix against vowel harmony', () => {
    expect(azProblems('Bakı Dövlət Universitetı')).not.toEqual([]);
    expect(azProblems('Tbilisi Dövlət Universitetinin')).toEqual([]);
  });
});
