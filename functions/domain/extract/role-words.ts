import type { Language } from '../article/article.js';
import { people as az } from './locales/az/people.js';
import { people as en } from './locales/en/people.js';
import type { PeoplePack } from './locales/people-pack.js';
import { people as ru } from './locales/ru/people.js';

/**
 * The people finder's word lists, from one pack per language (locales/<lang>/people.ts). A text may mix
 * languages (an English report quoting an Azerbaijani title), so the finder reads the union; adding a
 * language means adding its pack here.
 */
export const PEOPLE_PACKS: Record<Language, PeoplePack> = { en, az, ru };

const union = (pick: (pack: PeoplePack) => readonly string[]) =>
  new Set(Object.values(PEOPLE_PACKS).flatMap((pack) => pick(pack)));

export const ROLE_WORDS = union((p) => p.roleWords);
export const HONORIFICS = union((p) => p.honorifics);
/** Lowercase words allowed inside a role phrase between the role word and the name. */
export const CONNECTORS = union((p) => p.connectors);
/** Capitalized words that are never part of a person's name. */
export const NOT_NAME = union((p) => p.notName);
export const SPEECH_VERBS = union((p) => p.speechVerbs);
const INSTITUTION = new RegExp(`^(?:${[...union((p) => p.institutionStems)].join('|')})`, 'u');
/** Is this lowercased word an institution or state noun in some case form ("universitetinin")? */
export const isInstitutionWord = (lower: string): boolean => INSTITUTION.test(lower);

/** Lowercase particles that may sit inside a name: "Salim bin Muhammad al-Malik". */
export const PARTICLES =
  /^(?:bin|ibn|bint|ben|de|da|del|di|van|von|der|den|du|ul|al|el|əl|бин|ибн)$|^(?:al|el|əl|ad|as|ar|an|at|аль|ал|эль)-\p{Lu}/u;
