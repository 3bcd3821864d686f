import { classifyLineEndHyphen } from './hyphenation.js';

// A line ends a sentence when it ends with terminal punctuation, possibly inside quotes or brackets.
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;
const LIST_ITEM = /^([-*•–]|\d{1,2}[.)])\s/u;
const CONTINUES = /^[\p{Ll},;)\]%]/u;
// No sentence ends on an article, a preposition or a conjunction: a line ending in one goes on ("... on" /
// "Monday, 19 October."), whatever the layout.
const OPEN_END =
  /(?:^|\s)(?:the|a|an|of|on|in|at|to|for|and|or|with|by|from|as|və|ilə|ki|üçün|в|во|на|с|со|к|по|и|о|об|от|для|из|у|за)$/u;
// A line that is only a date, maybe after a place and before a time or a source: "Baku, 20 October 2026",
// "12.11.2026 16:40", "BAKU, Nov 12 (APA)". It stands on its own line below a headline, not as its tail.
const DATE_LINE =
  /^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*,\s*)?(?:\d{1,2}\s+\p{L}{3,}\.?(?:\s+\d{4})?|\p{L}{3,}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s*\d{1,2}:\d{2})?\s*(?:\([^)]{0,30}\))?\.?$/u;

/** How the lines of a document were laid out: hard-wrapped at about `width` characters, or not. */
export interface Layout {
  wrapped: boolean;
  width: number;
}

/**
 * Hard wrapping shows as many non-final lines of similar, modest length. A document whose paragraphs
 * are single lines (web copy) has long, uneven non-final lines and is not wrapped.
 */
export function detectLayout(blocks: readonly string[][]): Layout {
  const lengths = blocks.flatMap((b) => b.slice(0, -1).map((l) => l.length)).sort((a, b) => a - b);
  if (lengths.length < 2) return { wrapped: false, width: 0 };
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const width = lengths[Math.ceil((lengths.length - 1) * 0.9)] ?? 0;
  return { wrapped: median <= 130 && median >= 20, width };
}

/** True when the break between `prev` and `next` was made by the layout, not by the author. */
export function isWrap(prev: string, next: string, layout: Layout): boolean {
  if (LIST_ITEM.test(next)) return false;
  if (/\p{L}-$/u.test(prev) && /^\p{L}/u.test(next)) return true;
  if (CONTINUES.test(next) || OPEN_END.test(prev)) return true;
  if (!layout.wrapped || DATE_LINE.test(next)) return false;
  const ratio = prev.length / Math.max(layout.width, 1);
  return SENTENCE_END.test(prev) ? ratio >= 0.85 : ratio >= 0.6;
}

/** How two wrapped lines are glued: the hyphen at the end of the first kept or dropped, a space or nothing. */
interface Glue {
  dropHyphen: boolean;
  between: '' | ' ';
}

/** How to glue `prev` (the last line so far) to `next`, rejoining a word the layout split with a hyphen. */
function glueOf(prev: string, next: string, knownWords: ReadonlySet<string>): Glue {
  const head = /(\p{L}+)-$/u.exec(prev);
  const tail = /^\p{L}+/u.exec(next);
  if (head?.[1] && tail) {
    const split = classifyLineEndHyphen(head[1], tail[0], knownWords) === 'split-word';
    return { dropHyphen: split, between: '' };
  }
  // "2024-" + "cü il": a suffix after a number keeps its hyphen and takes no space.
  if (/\p{N}-$/u.test(prev) && /^\p{Ll}/u.test(next)) return { dropHyphen: false, between: '' };
  return { dropHyphen: false, between: ' ' };
}

/** Splits lines into blocks at blank lines. */
export function toBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line.trim());
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Paragraphs (one string each, no newline) from blocks of lines, wraps joined and breaks kept. A paragraph's
 * lines are collected and joined once, and each glue decision reads only the line before: a block of half a
 * million lines stays linear (re-reading the growing paragraph made it quadratic).
 */
export function toParagraphs(blocks: readonly string[][], knownWords: ReadonlySet<string>): string[] {
  const layout = detectLayout(blocks);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    let parts = [block[0] ?? ''];
    let lastLine = parts[0] ?? '';
    const close = (): void => {
      const paragraph = parts.join('');
      if (paragraph !== '') paragraphs.push(paragraph);
    };
    for (const next of block.slice(1)) {
      if (isWrap(lastLine, next, layout)) {
        const glue = glueOf(lastLine, next, knownWords);
        if (glue.dropHyphen) parts[parts.length - 1] = lastLine.slice(0, -1);
        parts.push(glue.between, next);
      } else {
        close();
        parts = [next];
      }
      lastLine = next;
    }
    close();
  }
  return paragraphs;
}
