// Deciding what a hyphen at the end of a line was: a word split by the layout ("co-" + "operation"),
// a real compound ("Azerbaijan-" + "Kazakhstan", "well-" + "known") or a dash between words.

// First parts that form hyphenated compounds rather than being cut-off syllables.
const COMPOUND_HEADS = new Set([
  'well',
  'long',
  'short',
  'high',
  'low',
  'full',
  'part',
  'self',
  'non',
  'cross',
  'half',
  'all',
  'mid',
  'first',
  'second',
  'third',
  'two',
  'three',
  'four',
  'five',
  'ten',
  'one',
  'state',
  'world',
  'year',
  'decision',
  'policy',
  'evidence',
  'ex',
  'vice',
  'vitse',
  'baş',
  'вице',
  'экс',
  'во',
  'из',
  'по',
]);
// Second parts that mark a compound ("government-funded", "kto-to" style particles in Russian).
const COMPOUND_TAILS = new Set([
  'based',
  'level',
  'term',
  'scale',
  'known',
  'oriented',
  'led',
  'making',
  'related',
  'owned',
  'funded',
  'run',
  'wide',
  'time',
  'year',
  'day',
  'party',
  'sided',
  'up',
  'long',
  'building',
  'speaking',
  'friendly',
  'driven',
  'focused',
  'centred',
  'centered',
  'specific',
  'ranking',
  'class',
  'то',
  'либо',
  'нибудь',
  'таки',
  'за',
  'под',
  'первых',
  'вторых',
  'третьих',
]);
// Russian hyphenated adjectives: "научно-технический", "социально-экономического".
const RU_ADJECTIVE_PAIR = /^[а-яё]{3,}[ое]$/u;
const RU_ADJECTIVE_END = /(ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ых|их|ым|им|ую|юю|ом|ем)$/u;

export type HyphenJoin = 'split-word' | 'compound';

/**
 * How to join `head-` (end of a line, without the hyphen) and `tail` (the letters of the next line's
 * first word).
 * `knownWords` are the words of the whole document: if it spells the joined word elsewhere, trust it.
 */
export function classifyLineEndHyphen(
  head: string,
  tail: string,
  knownWords: ReadonlySet<string>,
): HyphenJoin {
  if (!/^\p{Ll}/u.test(tail)) return 'compound';
  const lowerHead = head.toLocaleLowerCase();
  const joined = `${lowerHead}${tail}`;
  if (knownWords.has(joined)) return 'split-word';
  if (knownWords.has(`${lowerHead}-${tail}`)) return 'compound';
  if (/\p{N}/u.test(head) || head.length === 1) return 'compound';
  if (COMPOUND_HEADS.has(lowerHead) || COMPOUND_TAILS.has(tail)) return 'compound';
  // The second half of a compound adjective is a whole adjective ("научно-технический"); a bare suffix
  // ("техниче-" + "ский") is a word cut by the layout.
  if (RU_ADJECTIVE_PAIR.test(lowerHead) && RU_ADJECTIVE_END.test(tail) && tail.length >= 6) {
    return 'compound';
  }
  return 'split-word';
}

/** Lowercased words of a text, including hyphenated ones, for `classifyLineEndHyphen`. */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) words.add(m[0].toLocaleLowerCase());
  return words;
}
