/**
 * Splits a text into pieces of at most maxBytes UTF-8 bytes whose concatenation is the text itself, cutting
 * between paragraphs where possible, else between sentences, else between words, else between characters.
 * Amazon Translate refuses a TranslateText request over its size limit, and a cut mid-sentence translates
 * badly, so the coarsest cut that fits wins.
 */
const LEVELS: readonly RegExp[] = [
  /(?<=\n[ \t]*\n\s*)(?=\S)/, // after a blank line
  /(?<=[.!?…]["'»”)]*\s+)(?=\S)/, // after a sentence end and its spaces
  /(?<=\s)(?=\S)/, // between words
];

const encoder = new TextEncoder();
export const utf8Bytes = (text: string) => encoder.encode(text).length;

/** Characters (code points, never half a surrogate pair) packed up to maxBytes. */
function byCharacters(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of text) {
    const bytes = utf8Bytes(char);
    if (size + bytes > maxBytes && current) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  if (current) out.push(current);
  return out;
}

function split(text: string, maxBytes: number, level: number): string[] {
  if (utf8Bytes(text) <= maxBytes) return [text];
  const pattern = LEVELS[level];
  if (!pattern) return byCharacters(text, maxBytes);
  const pieces = text.split(pattern).flatMap((piece) => split(piece, maxBytes, level + 1));
  // Greedy packing: consecutive pieces share a chunk while they fit.
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && utf8Bytes(current + piece) > maxBytes) {
      chunks.push(current);
      current = '';
    }
    current += piece;
  }
  if (current) chunks.push(current);
  return chunks;
}

export function chunkText(text: string, maxBytes: number): string[] {
  if (maxBytes < 4) throw new RangeError('maxBytes must fit one UTF-8 character');
  return text ? split(text, maxBytes, 0) : [];
}

/** A chunk as sent (no outer whitespace, which the service drops) and the whitespace to put back around it. */
export function padding(chunk: string): { lead: string; core: string; trail: string } {
  const core = chunk.trim();
  const start = chunk.indexOf(core);
  return { lead: chunk.slice(0, start), core, trail: chunk.slice(start + core.length) };
}
