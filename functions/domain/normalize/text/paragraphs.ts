import { classifyLineEndHyphen } from './hyphenation.js';

// A line ends a sentence when it ends with terminal punctuation, possibly inside quotes or brackets.
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;
const LIST_ITEM = /^([-*•–]|\d{1,2}[.)])\s/u;
const CONTINUES = /^[\p{Ll},;)\]%]/u;

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
  if (CONTINUES.test(next)) return true;
  if (!layout.wrapped) return false;
  const ratio = prev.length / Math.max(layout.width, 1);
  return SENTENCE_END.test(prev) ? ratio >= 0.85 : ratio >= 0.6;
}

/** Glues two wrapped lines, rejoining a word the layout split with a hyphen. */
export function joinWrapped(prev: string, next: string, knownWords: ReadonlySet<string>): string {
  const head = /(\p{L}+)-$/u.exec(prev);
  const tail = /^\p{L}+/u.exec(next);
  if (head?.[1] && tail) {
    return classifyLineEndHyphen(head[1], tail[0], knownWords) === 'split-word'
      ? `${prev.slice(0, -1)}${next}`
      : `${prev}${next}`;
  }
  // "2024-" + "cü il": a suffix after a number keeps its hyphen and takes no space.
  if (/\p{N}-$/u.test(prev) && /^\p{Ll}/u.test(next)) return `${prev}${next}`;
  return `${prev} ${next}`;
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

/** Paragraphs (one string each, no newline) from blocks of lines, wraps joined and breaks kept. */
export function toParagraphs(blocks: readonly string[][], knownWords: ReadonlySet<string>): string[] {
  const layout = detectLayout(blocks);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    let current = block[0] ?? '';
    let lastLine = current;
    for (const next of block.slice(1)) {
      if (isWrap(lastLine, next, layout)) current = joinWrapped(current, next, knownWords);
      else {
        paragraphs.push(current);
        current = next;
      }
      lastLine = next;
    }
    if (current !== '') paragraphs.push(current);
  }
  return paragraphs;
}
