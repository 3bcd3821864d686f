// The last line of defence against doubled text: any run of MIN_PERIOD+ characters immediately
// followed by itself (a "square") is an extraction artifact in prose. Earlier passes fix the usual
// shapes (doubled lines, paragraphs, sentences); this one catches copies that start mid-line.
const MIN_PERIOD = 25;
const MAX_PERIOD = 4000;

function sameRun(text: string, a: number, b: number, length: number): boolean {
  if (b + length > text.length) return false;
  for (let k = 0; k < length; k += 1) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/**
 * Position and period of the first square found, or null. Every window of MIN_PERIOD characters inside
 * the first copy reappears exactly one period later, so a map of windows to their last position finds
 * candidates in one pass; each candidate is then verified.
 */
function findSquare(text: string): { start: number; period: number } | null {
  const last = new Map<string, number>();
  for (let i = 0; i + MIN_PERIOD <= text.length; i += 1) {
    const window = text.slice(i, i + MIN_PERIOD);
    const before = last.get(window);
    last.set(window, i);
    if (before === undefined) continue;
    const period = i - before;
    if (period >= MIN_PERIOD && period <= MAX_PERIOD && sameRun(text, before, i, period)) {
      return { start: before, period };
    }
  }
  return null;
}

/** Removes the second copy of every immediately repeated run of 25+ characters. */
export function removeSquares(text: string): string {
  let out = text;
  for (let guard = 0; guard < 50; guard += 1) {
    const square = findSquare(out);
    if (!square) break;
    const cut = square.start + square.period;
    out = out.slice(0, cut) + out.slice(cut + square.period);
  }
  return out.replace(/\n{3,}/g, '\n\n').trim();
}
