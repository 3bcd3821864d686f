import { wordsOf } from './hyphenation.js';
import { fixDoubledWords, fixSplitWords, tidySpaces } from './inline-repairs.js';
import { dropChrome, isChromeLine } from './page-chrome.js';
import { toBlocks, toParagraphs } from './paragraphs.js';
import { removeSquares } from './squares.js';
import { dropTrailer } from './trailer.js';
import { undoubleLines, undoubleParagraphs } from './undouble.js';
import { cleanUnicode } from './unicode-clean.js';

export interface CleanTextOptions {
  /** How often a short line must recur to count as a running header/footer (lower for paged PDFs). */
  minRepeats?: number;
}

/**
 * Raw extracted text (lines, blank lines between paragraphs) to clean text: paragraphs separated by
 * exactly one blank line, with extraction and layout artifacts repaired.
 */
export function cleanText(raw: string, options: CleanTextOptions = {}): string {
  const lines = dropChrome(undoubleLines(cleanUnicode(raw).split('\n')), options.minRepeats ?? 3);
  const knownWords = wordsOf(lines.join(' '));
  const paragraphs = toParagraphs(toBlocks(lines), knownWords).map((p) =>
    fixDoubledWords(fixSplitWords(tidySpaces(p), knownWords)),
  );
  const kept = dropTrailer(undoubleParagraphs(paragraphs).filter((p) => p !== '' && !isChromeLine(p)));
  return removeSquares(kept.join('\n\n'));
}
