// The last line of defence against doubled text: any run of MIN_PERIOD+ characters immediately
// followed by itself (a "square") is an extraction artifact in prose. Earlier passes fix the usual
// shapes (doubled lines, paragraphs, sentences); this one catches copies that start mid-line.
const MIN_PERIOD = 25;
const MAX_PERIOD = 4000;
// Characters compared while verifying candidates, over one whole text. Prose has few candidates; a hostile text
// of near-copies 4,000 characters apart makes one at every position, each compared for up to 4,000 characters
// (a million characters took 6.7 s). Past the budget the search stops and the text is kept as it is: this is
// the last of the repairs, and a doubled run left in is better than an article refused or late.
const MAX_COMPARED = 50_000_000;

/** Characters still to compare; shared by every search over one text. */
interface Work {
  left: number;
}

function sameRun(text: string, a: number, b: number, length: number, work: Work): boolean {
  if (b + length > text.length) return false;
  for (let k = 0; k < length; k += 1) {
    if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) {
      work.left -= k + 1;
      return false;
    }
  }
  work.left -= length;
  return true;
}

const BASE = 31;
// BASE^(MIN_PERIOD-1) mod 2^32, to take the oldest character out of the rolling hash.
const TOP = Array.from({ length: MIN_PERIOD - 1 }).reduce<number>((h) => Math.imul(h, BASE) >>> 0, 1);

/**
 * Position and period of the first square found, or null. Every window of MIN_PERIOD characters inside
 * the first copy reappears exactly one period later, so a map of window hashes (a rolling hash: no
 * substring is built) to their last position finds candidates in one pass; each is then verified.
 */
function findSquare(text: string, work: Work): { start: number; period: number } | null {
  const last = new Map<number, number>();
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (i >= MIN_PERIOD) hash = (hash - Math.imul(text.charCodeAt(i - MIN_PERIOD), TOP)) >>> 0;
    hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) >>> 0;
    const start = i - MIN_PERIOD + 1;
    if (start < 0) continue;
    const before = last.get(hash);
    last.set(hash, start);
    if (before === undefined) continue;
    const period = start - before;
    if (period >= MIN_PERIOD && period <= MAX_PERIOD && sameRun(text, before, start, period, work)) {
      return { start: before, period };
    }
    if (work.left <= 0) return null;
  }
  return null;
}

/** Removes the second copy of every immediately repeated run of 25+ characters. */
export function removeSquares(text: string): string {
  let out = text;
  const work: Work = { left: MAX_COMPARED };
  for (let guard = 0; guard < 50 && work.left > 0; guard += 1) {
    const square = findSquare(out, work);
    if (!square) break;
    const cut = square.start + square.period;
    out = out.slice(0, cut) + out.slice(cut + square.period);
  }
  return out.replace(/\n{3,}/g, '\n\n').trim();
}
