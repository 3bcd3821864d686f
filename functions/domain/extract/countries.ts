import { findKnownPlaces } from '../knowledge/find-known.js';
import { NOT_A_STATE_NEXT, ORG_HEADS } from './country-cues.js';
import { countryIndex, wordMatches, wordsOf } from './country-index.js';
import { paragraphsOf } from './text-tools.js';

const AZERBAIJAN = /^(?:azerbaijan\p{L}*|azərbaycan\p{L}*|azerbaycan\p{L}*|азербайджан\p{L}*)$/u;

/** The longest country name starting at words[i]: its code and length in words, or null. */
function nameAt(words: string[], i: number): { code: string; length: number } | null {
  const word = words[i] ?? '';
  let best: { code: string; length: number; size: number } | null = null;
  for (const name of countryIndex().get(word.slice(0, 3)) ?? []) {
    const fits = name.words.every((stem, k) => {
      const w = words[i + k];
      // Only the last word of a name inflects ("Respublikasının"); earlier ones stand as written.
      return w !== undefined && (k === name.words.length - 1 ? wordMatches(w, stem) : w === stem);
    });
    const size = name.words.join(' ').length;
    if (fits && (!best || size > best.size)) best = { code: name.code, length: name.words.length, size };
  }
  return best;
}

/** A mention that names a language, a people or part of an Azerbaijani institution's name. */
function isIncidental(words: string[], start: number, end: number): boolean {
  const next = words[end] ?? '';
  if (NOT_A_STATE_NEXT.test(next)) return true;
  const ownInstitution = AZERBAIJAN.test(words[start - 1] ?? '');
  return ownInstitution && words.slice(end, end + 3).some((w) => ORG_HEADS.test(w));
}

/**
 * Foreign countries mentioned per paragraph: code -> count, in order of first mention. A known city of the
 * knowledge base names its country too ("in Hefei", "Kutaisidə"), unless a country name already covers it.
 */
function mentionsOf(paragraph: string): Map<string, number> {
  const counts = new Map<string, number>();
  const words = wordsOf(paragraph);
  for (let i = 0; i < words.length; i++) {
    const hit = nameAt(words, i);
    if (!hit) continue;
    if (!isIncidental(words, i, i + hit.length)) counts.set(hit.code, (counts.get(hit.code) ?? 0) + 1);
    i += hit.length - 1;
  }
  for (const place of findKnownPlaces(paragraph)) {
    const code = place.entry.country;
    if (code !== 'AZ' && !counts.has(code)) counts.set(code, 1);
  }
  return counts;
}

/**
 * Foreign partner countries (ISO alpha-2, never AZ). A country counts when the title or the lead
 * names it, or the text names it at least twice; a single passing mention further down ("studied in
 * France") only counts when no country qualifies otherwise and it is the only one.
 */
export function extractCountries(text: string, title: string | null): string[] {
  const totals = new Map<string, number>();
  const strong = new Set<string>();
  const parts = [title ?? '', ...paragraphsOf(text)];
  parts.forEach((part, n) => {
    for (const [code, count] of mentionsOf(part)) {
      totals.set(code, (totals.get(code) ?? 0) + count);
      if (n <= 1) strong.add(code);
    }
  });
  for (const [code, count] of totals) if (count >= 2) strong.add(code);
  const all = [...totals.keys()];
  if (strong.size > 0) return all.filter((c) => strong.has(c));
  // One passing mention may be the partner ("studied in France"); several, each named once, are an
  // enumeration ("he had visited Germany, the U.S. and Qatar"), which names no partner.
  return all.length === 1 ? all : [];
}
