import type { Language, Organization } from '../../article/article.js';
import { genitive } from '../../knowledge/az-grammar.js';
import { findKnownOrganizations, findKnownPlaces } from '../../knowledge/find-known.js';
import { type KnownOrganization, knownOrganization, lexiconWord } from '../../knowledge/knowledge-base.js';
import { nameKey } from '../../knowledge/name-keys.js';
import { placeOfWord, translateName } from '../../knowledge/translate-name.js';
import { countryName, countryOfWord } from '../country-index.js';
import { paragraphsOf } from '../text-tools.js';
import { type NameCandidate, patternCandidates } from './candidates.js';
import { englishUniversityName } from './english-name-style.js';
import { knownByEponym } from './eponym.js';

/**
 * A known organization, named as the text writes it ("Qarabağ Universitetinin", "TDU"); an English report's
 * other spellings of a known name ("Organization for Economic Cooperation and Development") give its
 * canonical English name.
 */
function fromKnown(known: KnownOrganization, written: string, language: Language): Organization {
  const acronym = (known.acronyms ?? []).includes(written);
  const name = language === 'en' && !acronym ? known.en : written;
  const org: Organization = { name, en: known.en, az: known.az };
  if (known.country) org.country = known.country;
  return org;
}

/** An organization the knowledge base does not hold: display names word by word from its base form. */
function fromPattern(candidate: NameCandidate, language: Language): Organization {
  const { base } = candidate;
  // A university named after a known city belongs to that city's country ("Kutaisi University" is Georgian).
  const names = translateName(base, language, { countryOf: countryOfWord });
  const place = findKnownPlaces(base)[0] ?? findKnownPlaces(names.en)[0];
  const country = candidate.country ?? place?.entry.country;
  const org: Organization = {
    name: candidate.written,
    en: language === 'en' ? base : names.en,
    az: names.az,
  };
  if (!country) return org;
  // "Kamerino Universiteti" is the University of Camerino, as Italian universities name themselves.
  if (language !== 'en' && place?.entry.country === country)
    org.en = englishUniversityName(org.en, place.entry.en, country);
  // "Hungary's Ministry of Culture and Innovation" is the Ministry of Culture and Innovation of Hungary.
  const state = countryName(country, 'en');
  if (/^Ministry of /u.test(org.en) && !org.en.endsWith(state)) {
    org.en = `${org.en} of ${state}`;
    org.az = `${genitive(countryName(country, 'az'))} ${org.az}`;
  }
  return { ...org, country };
}

/**
 * Partner organizations of an article: every knowledge-base organization the text names (any language,
 * any case form, or an acronym), and names of the shape of an organization that the knowledge base does
 * not hold, with English and Azerbaijani forms built word by word. Azerbaijan's Ministry of Science and
 * Education is the publisher, never listed; a body named only as the parent of another ("... under the
 * Ministry of Economy") is left out.
 */
export function extractOrganizations(
  text: string,
  language: Language,
  personNames: readonly string[] = [],
): Organization[] {
  const flat = paragraphsOf(text).join('\n');
  const out: Organization[] = [];
  const known = findKnownOrganizations(flat);
  for (const m of known) if (!isParentOnly(flat, m.start)) out.push(fromKnown(m.entry, m.written, language));
  const candidates = patternCandidates(flat, language, personNames).filter(
    (c) => !known.some((m) => c.start < m.end && m.start < c.end) && !isParentOnly(flat, c.start),
  );
  const resolved = candidates.map((c) => knownOrganization(c.base) ?? knownByEponym(c.base, language));
  const named = [...known.map((m) => m.entry), ...resolved.filter((e) => e !== null)];
  candidates.forEach((candidate, i) => {
    const entry = resolved[i] ?? shortReference(candidate.base, language, named);
    out.push(entry ? fromKnown(entry, candidate.written, language) : fromPattern(candidate, language));
  });
  return dedupe(out.filter((o) => !isHost(o)));
}

/**
 * "Kutaisi universiteti", "Кутаисского университета": a city and a head noun, said of a body the text has
 * already named in full ("Akaki Tsereteli State University", whose Russian name holds Kutaisi). When exactly
 * one body the text names has that city in one of its names and that head noun, the short name is that body.
 */
function shortReference(
  base: string,
  language: Language,
  named: readonly KnownOrganization[],
): KnownOrganization | null {
  const [first, head, ...rest] = base.split(/\s+/u);
  if (!first || !head || rest.length > 0) return null;
  const place = placeOfWord(first, language);
  const headEn = lexiconWord(head, language);
  if (!place || headEn?.pos !== 'head') return null;
  const holdsPlace = (org: KnownOrganization) =>
    [org.en, org.az, org.ru, ...(org.aliases ?? [])].some((n) =>
      findKnownPlaces(n).some((p) => p.entry === place),
    );
  const matches = [...new Set(named)].filter(
    (org) => org.en.split(' ').includes(headEn.en) && holdsPlace(org),
  );
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

// A ministry named without its country in the publisher's own news is the publisher's (its former name too).
const HOST = new Set(
  [
    'Ministry of Science and Education',
    'Ministry of Education',
    'Ministry of Science and Education of Azerbaijan',
  ].map(nameKey),
);

function isHost(org: Organization): boolean {
  const entry = knownOrganization(org.en);
  return entry?.host === true || HOST.has(nameKey(org.en));
}

// "under the Ministry of Economy", "при Министерстве экономики": the parent of the body just named.
const PARENT_BEFORE = /(?:\bunder(?: the)?|\bпри)\s+$/u;
const PARENT_AFTER = /^\s*(?:nəzdində|yanında)/u;

function isParentOnly(text: string, start: number): boolean {
  if (PARENT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  const after = text.slice(start, start + 160).match(/^[^\n,.;]*?(?:Nazirliyi|Fondu|Agentliyi)\s+(\S+)/u);
  return after !== null && PARENT_AFTER.test(after[1] ?? '');
}

/**
 * One entry per organization (by its English name); a name of several words that is the tail of a longer
 * one found too ("Industry University" inside "... Oil and Industry University") goes.
 */
const isAcronym = (name: string) => !name.includes(' ') && /\p{Lu}.*\p{Lu}/u.test(name);

function dedupe(orgs: Organization[]): Organization[] {
  const seen = new Map<string, Organization>();
  for (const org of orgs) {
    const key = nameKey(org.en);
    const kept = seen.get(key);
    // A name spelled out says more than its acronym: "C4IR" first, the full name later keeps the full name.
    if (key && (!kept || (isAcronym(kept.name) && !isAcronym(org.name)))) seen.set(key, org);
  }
  const keys = [...seen.keys()];
  return [...seen]
    .filter(
      ([key]) => !key.includes(' ') || !keys.some((other) => other !== key && other.endsWith(` ${key}`)),
    )
    .map(([, org]) => org);
}
