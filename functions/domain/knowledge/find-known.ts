import { type KnownOrganization, knowledgeBase, type Variant } from './knowledge-base.js';
import { foldLetters, type NameToken, nameTokens } from './name-keys.js';

/** A known entry found in a text: where, and as written. */
export interface KnownMention<T> {
  entry: T;
  /** The words as written in the text ("Tbilisi Dövlət Universitetində"). */
  written: string;
  start: number;
  end: number;
}

const CAPITAL = /^[\p{Lu}\d]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;

// What may follow a one-word name within its word (folded letters): nothing, or ONE Azerbaijani case ending
// with its buffer letter (genitive, accusative, dative, locative, ablative, comitative, and the locative
// adjective -dakı): "Romada", "Bakının", "Ankaraya", "Tbilisidəki" (an apostrophe splits the word: "Bern'də").
// Anything else is another word that begins with the name: the surname Bernini is not Bern-in-i.
const CASE_ENDING = /^(?:n?in|n?un|[ny]?i|[ny]?u|[ny]?a|n?[dt]a|n?[dt]an|y?la|n?[dt]aki)?$/u;
const isCaseEnding = (rest: string) => CASE_ENDING.test(rest);

/**
 * A spelling fits at token i when every word's key matches. A short name must have a capital where it
 * stands (a name, not the common words it is made of: "парламента Грузии" is one, "the state university" is
 * not); names of three words or more are distinctive enough to match in lowercase too ("министерства
 * цифрового развития и транспорта").
 */
function fits<T>(tokens: readonly NameToken[], i: number, variant: Variant<T>): boolean {
  const { keys } = variant;
  const here = (k: number) => tokens[i + k];
  if (!keys.every((key, k) => here(k)?.key === key || here(k)?.alt === key)) return false;
  // A one-word Latin name must stand whole before any ending: "Karaca" (a surname) is not "Karaçi" although
  // both lose their last vowel to the key; "Bakıda", "Ankarada" keep their name whole. Cyrillic names drop a
  // vowel when they decline ("Москве"), so the key alone decides there.
  if (keys.length === 1 && variant.base && !CYRILLIC.test(variant.base)) {
    const raw = foldLetters(here(0)?.raw ?? '');
    if (!raw.startsWith(variant.base) || !isCaseEnding(raw.slice(variant.base.length))) return false;
  }
  return keys.length >= 3 || keys.some((_key, k) => CAPITAL.test(here(k)?.raw ?? ''));
}

/** Spellings whose first word is this token (under either reading of its suffix). */
function candidatesAt<T>(index: Map<string, Variant<T>[]>, token: NameToken | undefined): Variant<T>[] {
  if (!token) return [];
  const byKey = index.get(token.key) ?? [];
  return token.alt === token.key ? byKey : [...byKey, ...(index.get(token.alt) ?? [])];
}

/** The longest known spelling starting at each word, left to right, without overlaps. */
function scan<T>(text: string, tokens: readonly NameToken[], index: Map<string, Variant<T>[]>) {
  const found: KnownMention<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: Variant<T> | null = null;
    for (const variant of candidatesAt(index, tokens[i])) {
      if (fits(tokens, i, variant) && (!best || variant.keys.length > best.keys.length)) best = variant;
    }
    if (!best) continue;
    const start = tokens[i]?.start ?? 0;
    const end = tokens[i + best.keys.length - 1]?.end ?? start;
    found.push({ entry: best.entry, written: text.slice(start, end), start, end });
    i += best.keys.length - 1;
  }
  return found;
}

/** Known organizations named in a text, by any spelling or acronym ("BMU-nun" is BMU), in text order. */
export function findKnownOrganizations(text: string): KnownMention<KnownOrganization>[] {
  const kb = knowledgeBase();
  const tokens = nameTokens(text);
  const byName = scan(text, tokens, kb.organizationsByFirstKey);
  const covered = (t: NameToken) => byName.some((m) => t.start >= m.start && t.end <= m.end);
  const byAcronym: KnownMention<KnownOrganization>[] = [];
  for (const t of tokens) {
    const entry = kb.organizationsByAcronym.get(t.raw);
    if (entry && !covered(t)) byAcronym.push({ entry, written: t.raw, start: t.start, end: t.end });
  }
  return [...byName, ...byAcronym].sort((a, b) => a.start - b.start);
}

/** Known places (cities) named in a text, in text order. */
export function findKnownPlaces(text: string) {
  return scan(text, nameTokens(text), knowledgeBase().placesByFirstKey);
}
