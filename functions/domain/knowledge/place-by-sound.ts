import { type KnowledgeBase, type KnownPlace, knowledgeBase } from './knowledge-base.js';
import { englishSoundKeys, MIN_SOUND_KEY, soundKey } from './sound-key.js';

/** One-word places by the sound keys of all their spellings; a key two places share is left out. */
function buildIndex(kb: KnowledgeBase): Map<string, KnownPlace> {
  const index = new Map<string, KnownPlace>();
  const shared = new Set<string>();
  const add = (key: string, place: KnownPlace) => {
    if (key.length < MIN_SOUND_KEY || shared.has(key)) return;
    const other = index.get(key);
    if (other && other !== place) {
      index.delete(key);
      shared.add(key);
    } else index.set(key, place);
  };
  const places = new Set([...kb.placesByFirstKey.values()].flat().map((v) => v.entry));
  for (const place of places) {
    for (const name of [place.en, ...(place.aliases ?? [])].filter(isOneWord))
      for (const key of englishSoundKeys(name)) add(key, place);
    for (const name of [place.az, place.ru].filter(isOneWord)) add(soundKey(name), place);
  }
  return index;
}

const isOneWord = (name: string) => !/[\s-]/u.test(name);

let built: { kb: KnowledgeBase; index: Map<string, KnownPlace> } | null = null;

/**
 * The known place a word names by sound, in a spelling the knowledge base does not list ("Kemnits",
 * "Хемниц" -> Chemnitz; "Hokkaydo" -> Hokkaido), or null. The word must be in its base form (no case
 * ending) and long enough to tell places apart; the caller asks only for words that are no lexicon word,
 * known place or country.
 */
export function placeBySound(word: string): KnownPlace | null {
  const kb = knowledgeBase();
  if (built?.kb !== kb) built = { kb, index: buildIndex(kb) };
  const key = soundKey(word);
  return key.length >= MIN_SOUND_KEY ? (built.index.get(key) ?? null) : null;
}
