import { INDEX, type Kind, type LexEntry, prefixOf } from './role-lexicon.js';
import { type Lang, type Token, wordFits } from './role-words.js';

/** A lexicon entry found at a position of a token list, and how many tokens it covers. */
export interface Match {
  entry: LexEntry;
  length: number;
}

/**
 * The longest entry of the given kinds that starts at token i (exactly `length` tokens long when given).
 * Ties go to the section order of the lexicon (named, org, head, field, region, place, modifier).
 */
export function matchAt(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
  kinds: readonly Kind[],
  length?: number,
): Match | null {
  const first = tokens[i];
  if (!first || first.key === ',') return null;
  for (const candidate of INDEX[lang].get(prefixOf(first.key)) ?? []) {
    const n = candidate.words.length;
    if (!kinds.includes(candidate.entry.kind) || (length !== undefined && n !== length)) continue;
    let fits = i + n <= tokens.length;
    for (let k = 0; fits && k < n; k++) {
      const token = tokens[i + k];
      const word = candidate.words[k];
      // Inner words keep their form; only the last one carries the case ("baş direktor|unun").
      fits = !!token && !!word && (k === n - 1 || !token.suffix) && wordFits(token.key, word, lang);
    }
    if (fits) return { entry: candidate.entry, length: n };
  }
  return null;
}

/** The entry of the given kinds that ends exactly at token `end` (exclusive), longest first. */
export function matchEndingAt(
  tokens: readonly Token[],
  end: number,
  lang: Lang,
  kinds: readonly Kind[],
): (Match & { start: number }) | null {
  for (let start = Math.max(0, end - 6); start < end; start++) {
    const m = matchAt(tokens, start, lang, kinds, end - start);
    if (m) return { ...m, start };
  }
  return null;
}

/** Conjunctions and commas that join the items of a list ("Education, Science and Youth"). */
export const isJoiner = (t: Token | undefined): boolean =>
  !!t && /^(?:,|and|&|və|ve|и|а также)$/u.test(t.key);

/**
 * Reads tokens [from, to) as a list of entries of the given kinds ("təhsil, elm və gənclər"); null when any
 * word is not one of them, so the caller can try another reading.
 */
export function listOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  lang: Lang,
  kinds: readonly Kind[],
): LexEntry[] | null {
  const items: LexEntry[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (isJoiner(token) || token?.key === 'the') {
      i++;
      continue;
    }
    const m = matchAt(tokens, i, lang, kinds);
    if (!m || i + m.length > to) return null;
    items.push(m.entry);
    i += m.length;
  }
  return items.length ? items : null;
}
