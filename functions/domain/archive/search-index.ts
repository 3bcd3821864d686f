import type { BulletinItem } from '../bulletin/bulletin.js';
import { foldName } from '../extract/text-tools.js';
import type { ArchiveEvent } from './archive-events.js';
import { partnerName, partnersOfItem } from './archive-events.js';

/** One search hit as the results list shows it, in both languages. */
export interface SearchDoc {
  id: string;
  week: string;
  date: string;
  headline: { az: string; en: string };
  partner: { az: string; en: string };
}

/**
 * The static search index (archive/search-index.json): documents newest first, a sorted list of folded
 * tokens and, for each token, the numbers of the documents that hold it.
 */
export interface SearchIndex {
  version: 1;
  docs: SearchDoc[];
  tokens: string[];
  postings: number[][];
}

/** Joining words carry no meaning for a search: English, Azerbaijani (və, ilə, üzrə) and Russian, folded. */
export const STOPWORD_LIST = [
  'and',
  'of',
  'the',
  'in',
  'on',
  'for',
  'with',
  'to',
  'at',
  'va',
  'ila',
  'uzra',
  'i',
  'v',
];
const STOPWORDS = new Set(STOPWORD_LIST);

/** Words of a text as folded keys: script-neutral Latin, so "Əmrullayev", "Amrullayev", "Амруллаев" meet. */
export function searchWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldName)
    .filter((w) => w.length > 0 && !STOPWORDS.has(w));
}

/** Everything a reader may search an event by: partner, people, organizations, places, titles. */
function searchableText(item: BulletinItem): string[] {
  const texts = [item.headline.az, item.headline.en, ...item.places, ...item.topics];
  for (const ref of partnersOfItem(item)) texts.push(...Object.values(partnerName(ref)));
  for (const org of item.organizations) texts.push(org.name, org.en, org.az);
  for (const p of item.people) texts.push(p.name, p.display.en.name, p.display.az.name);
  if (item.venue) texts.push(item.venue.az, item.venue.en);
  for (const version of Object.values(item.versions)) if (version) texts.push(version.title);
  return texts;
}

export function buildSearchIndex(events: readonly ArchiveEvent[]): SearchIndex {
  const postings = new Map<string, number[]>();
  const docs = events.map(({ week, item }, n) => {
    for (const word of new Set(searchableText(item).flatMap(searchWords)))
      postings.set(word, [...(postings.get(word) ?? []), n]);
    const partner = item.partner ? partnerName(item.partner) : { az: '', en: '' };
    return { id: item.id, week, date: item.date, headline: item.headline, partner };
  });
  const tokens = [...postings.keys()].sort();
  return { version: 1, docs, tokens, postings: tokens.map((t) => postings.get(t) ?? []) };
}

/**
 * A query word meets a token that starts with it ("türk" finds "Türkiye"), or a token it extends by a
 * case ending of at most four letters ("Türkiyədə", "Amrullayevin" find "Türkiye", "Amrullayev").
 */
export function wordMatches(word: string, token: string): boolean {
  if (token.startsWith(word)) return true;
  return token.length >= 4 && word.startsWith(token) && word.length - token.length <= 4;
}

/** Document numbers holding every word of the query (newest first); empty for an empty query. */
export function search(index: SearchIndex, query: string): number[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const perWord = words.map((word) => {
    const found = new Set<number>();
    index.tokens.forEach((token, i) => {
      if (wordMatches(word, token)) for (const n of index.postings[i] ?? []) found.add(n);
    });
    return found;
  });
  const [first = new Set<number>(), ...rest] = perWord;
  return [...first].filter((n) => rest.every((set) => set.has(n))).sort((a, b) => a - b);
}
