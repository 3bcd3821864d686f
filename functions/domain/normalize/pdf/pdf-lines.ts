// Turns pdf.js text items into lines and paragraphs by their positions on the page.

/** The part of a pdf.js TextItem used here. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: the text matrix; x and y place the item's baseline start. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface PdfLine {
  text: string;
  y: number;
  /** Font size of the line (its tallest item). */
  size: number;
}

const isItem = (item: unknown): item is PdfTextItem =>
  typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

interface OpenLine {
  parts: string[];
  y: number;
  size: number;
  /** Whether the text so far ends in white space: kept as a flag, never re-read from the text. */
  endsInSpace: boolean;
}

const closed = (line: OpenLine): PdfLine => ({ text: line.parts.join(''), y: line.y, size: line.size });
const endsInSpace = (s: string) => s.length > 0 && /\s/u.test(s.charAt(s.length - 1));

/**
 * Items to lines: a new line starts when the baseline moves by more than half a font size. Linear in the
 * input: a line's runs are collected and joined once (a hostile PDF may hold megabytes of runs on one line;
 * testing the growing string each time made this quadratic).
 */
export function toLines(items: readonly unknown[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: OpenLine | null = null;
  let lastEnd = 0;
  for (const item of items) {
    if (!isItem(item)) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 10;
    if (item.str === '' && !item.hasEOL) continue;
    if (current === null || Math.abs(y - current.y) > size * 0.5) {
      if (current) lines.push(closed(current));
      current = { parts: [item.str], y, size, endsInSpace: endsInSpace(item.str) };
    } else {
      // A visible gap between two runs on one line is a space the PDF did not encode.
      const gap = x - lastEnd;
      const joinsWord = current.endsInSpace || /^\s/u.test(item.str);
      if (!joinsWord && gap > size * 0.15) current.parts.push(' ');
      current.parts.push(item.str);
      if (item.str !== '') current.endsInSpace = endsInSpace(item.str);
      current.size = Math.max(current.size, size);
    }
    lastEnd = x + item.width;
  }
  if (current) lines.push(closed(current));
  return lines.filter((l) => l.text.trim() !== '');
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Lines to text, a blank line wherever the vertical gap is clearly wider than the usual line spacing. */
export function linesToText(lines: readonly PdfLine[]): string {
  const gaps = lines.slice(1).map((l, i) => Math.abs((lines[i]?.y ?? 0) - l.y));
  // The usual spacing is the lower part of the gaps: paragraph gaps only ever add to it.
  const sorted = gaps.filter((g) => g > 0).sort((a, b) => a - b);
  const spacing = sorted[Math.floor((sorted.length - 1) / 3)] ?? 0;
  return lines
    .map((l, i) => (i > 0 && spacing > 0 && (gaps[i - 1] ?? 0) > spacing * 1.4 ? `\n${l.text}` : l.text))
    .join('\n');
}

/** The first line of the first page when its type is clearly bigger than the body's: the headline. */
export function headlineOf(lines: readonly PdfLine[]): PdfLine | null {
  const first = lines[0];
  if (!first || lines.length < 3) return null;
  const body = median(lines.map((l) => l.size));
  return first.size >= body * 1.3 && first.text.trim().length >= 8 ? first : null;
}

const shapeOf = (text: string): string => text.trim().toLowerCase().replace(/\d+/g, '#');

/**
 * Running headers and footers: among the first and last two lines of each page, those whose shape
 * (digits ignored) recurs on at least two pages.
 */
export function dropRunningLines(pages: readonly PdfLine[][]): PdfLine[][] {
  if (pages.length < 2) return pages.map((p) => [...p]);
  const edges = (p: readonly PdfLine[]): PdfLine[] => [...p.slice(0, 2), ...p.slice(-2)];
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const shape of new Set(edges(page).map((l) => shapeOf(l.text)))) {
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
  }
  return pages.map((page) => {
    const edge = new Set(edges(page));
    return page.filter(
      (l) => !(edge.has(l) && (counts.get(shapeOf(l.text)) ?? 0) >= 2 && l.text.length <= 100),
    );
  });
}
