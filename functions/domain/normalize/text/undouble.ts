// PDF extraction sometimes emits every text run twice, so a line reads X+X ("metOn October 4, ... met").
// The shortest repeat we trust is a few words long: below that, "ha ha" or "20 20" could be real.
const MIN_REPEAT = 12;

/** X for a string that is exactly X+X or X+' '+X (X at least `minRepeat` long), otherwise the string. */
export function undoubleRun(text: string, minRepeat = MIN_REPEAT): string {
  const t = text.trim();
  const n = t.length;
  if (n < minRepeat * 2) return text;
  const half = Math.floor(n / 2);
  for (const h of n % 2 === 0 ? [half, half - 1] : [half]) {
    const rest = n - 2 * h;
    if (rest < 0 || rest > 1) continue;
    const first = t.slice(0, h);
    const middle = t.slice(h, n - h);
    if (middle.trim() === '' && first === t.slice(n - h)) return first.trim();
  }
  return text;
}

/**
 * Drops a line that repeats the line just before it, and undoubles lines that are X+X. Once a document
 * shows the artifact on long lines, short doubled lines ("and ISESCO.and ISESCO.") are trusted too.
 */
export function undoubleLines(lines: readonly string[]): string[] {
  const doubled = lines.filter((l) => undoubleRun(l) !== l).length;
  const minRepeat = doubled >= 2 ? 3 : MIN_REPEAT;
  const out: string[] = [];
  for (const raw of lines) {
    const line = undoubleRun(raw, minRepeat);
    const prev = out.at(-1);
    if (line.trim().length >= MIN_REPEAT && prev !== undefined && prev.trim() === line.trim()) continue;
    out.push(line);
  }
  return out;
}

const key = (p: string): string => p.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Paragraph-level doubling: a paragraph that is X+X, a block of paragraphs repeated right after itself,
 * and a long paragraph that already appeared earlier (a page pasted twice, a lead repeated as a caption).
 */
export function undoubleParagraphs(paragraphs: readonly string[]): string[] {
  const single = paragraphs.map((p) => undoubleRun(p));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of single) {
    const k = key(p);
    // A paragraph right after its twin is always an artifact; a distant long one almost always.
    if (k === key(out.at(-1) ?? '') || (k.length >= 40 && seen.has(k))) continue;
    seen.add(k);
    out.push(p);
  }
  return dropRepeatedSentences(out);
}

// Sentences end at . ! ? … followed by a space; the lookbehind keeps the punctuation with its sentence.
const SENTENCE_END = /(?<=[.!?…])\s+/u;

/** Inside one paragraph, a sentence immediately repeated is an extraction artifact. */
function dropRepeatedSentences(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p) => {
    const sentences = p.split(SENTENCE_END);
    if (sentences.length < 2) return p;
    const kept = sentences.filter((s, i) => i === 0 || s.length < MIN_REPEAT * 2 || s !== sentences[i - 1]);
    return kept.length === sentences.length ? p : kept.join(' ');
  });
}
