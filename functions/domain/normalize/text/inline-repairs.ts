import { classifyLineEndHyphen } from './hyphenation.js';

// Words an author may legitimately write twice in a row ("that that", "had had", "ha ha").
const MAY_REPEAT = new Set(['that', 'had', 'ha', 'no', 'very', 'so', 'bye', 'xa', 'da', 'ну', 'да', 'нет']);
const WORD = /^\p{L}+$/u;
// "Bora Bora", "Baden Baden": two capitalised longer words are more likely a name than a slip.
const NAME_LIKE = /^\p{Lu}\p{Ll}{3,}$/u;

function isSlip(prev: string, word: string): boolean {
  if (!WORD.test(prev) || !WORD.test(word)) return false;
  const lower = word.toLocaleLowerCase();
  if (prev.toLocaleLowerCase() !== lower || MAY_REPEAT.has(lower)) return false;
  return !(NAME_LIKE.test(prev) && NAME_LIKE.test(word));
}

/** "the the" -> "the", "in in" -> "in" (case-insensitive; keeps the first spelling). */
export function fixDoubledWords(paragraph: string): string {
  const tokens = paragraph.split(' ');
  const kept: string[] = [];
  for (const token of tokens) {
    const prev = kept.at(-1);
    if (prev !== undefined && isSlip(prev, token)) continue;
    kept.push(token);
  }
  return kept.length === tokens.length ? paragraph : kept.join(' ');
}

// A hyphen followed by a space inside a line ("co- operation"), left by extraction that lost the newline.
// The lookbehind anchors a match at a word's start: without it, one long run of letters with no hyphen
// (a 6 MB "word") is rescanned from each of its letters, quadratic time that outlasts a Lambda timeout.
const SPLIT_INSIDE = /(?<!\p{L})(\p{L}+)- +(\p{Ll}+)/gu;
// Suspended hyphens are real: "short- and long-term", "orta- və ali".
const SUSPENDED = new Set(['and', 'or', 'nor', 'to', 'və', 'ya', 'yaxud', 'və ya', 'и', 'или', 'а']);

/** Rejoins words split by a hyphen and a space within a paragraph. */
export function fixSplitWords(paragraph: string, knownWords: ReadonlySet<string>): string {
  return paragraph.replace(SPLIT_INSIDE, (all, head: string, tail: string) => {
    if (SUSPENDED.has(tail)) return all;
    return classifyLineEndHyphen(head, tail, knownWords) === 'split-word' ? head + tail : `${head}-${tail}`;
  });
}

/** Spaces around punctuation as extraction leaves them: "word ,word" -> "word, word" is not attempted. */
export function tidySpaces(paragraph: string): string {
  return paragraph
    .replace(/ {2,}/g, ' ')
    .replace(/ +([,.;:!?])(?=\s|$)/g, '$1')
    .trim();
}
