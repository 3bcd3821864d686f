import { constants, inflateSync } from 'node:zlib';
import { RejectedInputError } from '../contract.js';
import { MAX_PDF_STREAM_BYTES } from '../limits.js';

// A PDF's content is in deflated streams, and pdf.js inflates each whole, into memory, before it reads a
// byte: a 20 MB file may hold 20 GB of drawing operators. Before pdf.js sees the file, its streams are inflated
// here with a byte cap, counted as they come out. Images and embedded fonts are skipped: pdf.js never decodes
// images for text, and fonts are bounded by the file's size. Whatever this scan cannot parse (a damaged
// stream, another filter) is left to pdf.js, which refuses it or reads it as before.

const STREAM = /(?:>>|\s)stream\r?\n/g;
const SKIPPED =
  /\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType)\b|\/Length[123]\b|\/Type\s*\/XObject\s*\/Subtype\s*\/Image/;
const MiB = 1024 * 1024;

/** The dictionary before a stream keyword: from the object's start ("obj") to the keyword. */
function dictionaryBefore(text: string, at: number): string {
  const start = text.lastIndexOf(' obj', at);
  return text.slice(Math.max(start, at - 4096, 0), at);
}

/** Refuses a PDF whose deflated streams (other than images and fonts) inflate past MAX_PDF_STREAM_BYTES. */
export function assertPdfStreamsWithin(bytes: Uint8Array): void {
  // latin1 keeps one character per byte, so indexes in the text are offsets in the file.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let left = MAX_PDF_STREAM_BYTES;
  for (const m of text.matchAll(STREAM)) {
    const dict = dictionaryBefore(text, m.index);
    if (!dict.includes('FlateDecode') || SKIPPED.test(dict)) continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      const out = inflateSync(bytes.subarray(start, end), {
        maxOutputLength: Math.max(1, left),
        finishFlush: constants.Z_SYNC_FLUSH,
      });
      left -= out.length;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new RejectedInputError(
          'too-large',
          `The PDF's content unpacks past ${MAX_PDF_STREAM_BYTES / MiB} MiB, more than any article's pages hold (a decompression bomb?).`,
        );
      }
      // Not zlib data after all, or damaged: pdf.js decides.
    }
  }
}
