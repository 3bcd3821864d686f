/**
 * What one language contributes to finding people: words for roles that introduce a person, honorifics,
 * words allowed inside a role phrase, capitalized words that are never part of a name, and verbs of saying
 * and acting that show a capitalized pair before them is a person ("Mariam Lashkhi discussed ...").
 * Words are lowercase; Russian and Azerbaijani list the case forms met in news text.
 */
export interface PeoplePack {
  roleWords: readonly string[];
  honorifics: readonly string[];
  connectors: readonly string[];
  notName: readonly string[];
  /** Verbs (as written after a subject) that make the capitalized words before them a person. */
  speechVerbs: readonly string[];
  /** Stems of institution and place nouns in any case form ("universitet" takes "Universitetinin"). */
  institutionStems: readonly string[];
}

/** A space-separated word list as an array (packs are written as lists to be read and reviewed). */
export const words = (list: string): string[] => list.trim().split(/\s+/u);
