import type { Language } from '../../article/article.js';
import {
  type KnowledgeBase,
  type KnownOrganization,
  knowledgeBase,
  lexiconWord,
} from '../../knowledge/knowledge-base.js';
import { nameTokens, wordKey } from '../../knowledge/name-keys.js';
import { MIN_SOUND_KEY, soundKey } from '../../knowledge/sound-key.js';

/**
 * A body named after a person is written many ways: "Akaki Sereteli adına Dövlət Universiteti", "Akaki
 * Sereteli Dövlət Universiteti", "Государственный университет имени Акакия Церетели", "Кутаисский
 * государственный университет имени ...". When a name the knowledge base does not hold carries an eponym
 * ("X adına", "имени X"), the known body of the same head noun ("University") whose names hold that surname,
 * in any script (compared by sound: Sereteli, Tsereteli and Церетели are one), is the one meant, if only one
 * body does.
 */

const EPONYM_AZ = /(\p{L}[\p{L}-]*)\s+adına\s/u;
const EPONYM_RU = /имени\s+(?:\p{Lu}\p{L}*\s+)?(\p{Lu}[\p{L}-]*)/u;

const surnameKey = (word: string) => soundKey(wordKey(word));

/** Known organizations by the sound keys of the proper-name words of their names (no lexicon words). */
function buildIndex(kb: KnowledgeBase): Map<string, Set<KnownOrganization>> {
  const index = new Map<string, Set<KnownOrganization>>();
  for (const org of kb.organizations) {
    for (const name of [org.en, org.az, org.ru, ...(org.aliases ?? [])]) {
      for (const token of nameTokens(name)) {
        if (!/^\p{Lu}/u.test(token.raw) || isLexiconWord(token.raw)) continue;
        const key = surnameKey(token.raw);
        if (key.length < MIN_SOUND_KEY) continue;
        const set = index.get(key) ?? new Set();
        set.add(org);
        index.set(key, set);
      }
    }
  }
  return index;
}

const isLexiconWord = (word: string) =>
  (['en', 'az', 'ru'] as const).some((language) => lexiconWord(word, language) !== null);

let built: { kb: KnowledgeBase; index: Map<string, Set<KnownOrganization>> } | null = null;

/** The head noun of a name in English ("University"), from the lexicon's head words. */
function headOf(name: string, language: Language): string | null {
  for (const word of name.split(/\s+/u)) {
    const entry = lexiconWord(word, language);
    if (entry?.pos === 'head') return entry.en;
  }
  return null;
}

/** The known organization an eponym-named candidate stands for, or null. */
export function knownByEponym(base: string, language: Language): KnownOrganization | null {
  const surname = (language === 'ru' ? base.match(EPONYM_RU) : base.match(EPONYM_AZ))?.[1];
  const head = headOf(base, language);
  if (!surname || !head) return null;
  const kb = knowledgeBase();
  if (built?.kb !== kb) built = { kb, index: buildIndex(kb) };
  const key = surnameKey(surname);
  if (key.length < MIN_SOUND_KEY) return null;
  const matches = [...(built.index.get(key) ?? [])].filter((org) => org.en.split(' ').includes(head));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}
