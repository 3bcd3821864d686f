import { inflateRawSync } from 'node:zlib';
import { RejectedInputError } from './contract.js';
import { MAX_DOCUMENT_XML_BYTES, MAX_DOCX_PARAGRAPHS, MAX_UNZIPPED_BYTES } from './limits.js';
import type { ZipEntry } from './zip-directory.js';

const LOCAL = 0x04034b50;
const tooLarge = (why: string) => new RejectedInputError('too-large', why);
const corrupt = (why: string) =>
  new RejectedInputError('corrupt', `The file is a damaged ZIP archive (${why}).`);

/** The entry's compressed bytes, found through its local header. */
function packedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw corrupt('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt('an entry runs past the end');
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates one entry, stopping at `limit` bytes whatever the directory declared. */
function inflateAtMost(bytes: Uint8Array, entry: ZipEntry, limit: number): Buffer {
  const packed = packedBytes(bytes, entry);
  if (entry.method === 0) {
    if (packed.length > limit) throw tooLarge(`The part ${entry.name} is larger than the limit.`);
    return Buffer.from(packed);
  }
  if (entry.method !== 8)
    throw new RejectedInputError('corrupt', `The part ${entry.name} uses an unknown compression.`);
  try {
    return inflateRawSync(packed, { maxOutputLength: Math.max(1, limit) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      throw tooLarge(
        `The part ${entry.name} unpacks past the limit, whatever its directory says (a zip bomb?).`,
      );
    throw corrupt(`${entry.name} does not inflate`);
  }
}

const isXml = (name: string) => /\.(?:xml|rels)$/iu.test(name);

/**
 * The XML parts a Word reader inflates, counted while inflating: the directory's sizes may lie, so bytes are
 * counted as they come out and inflation stops at the cap (the document part has a cap of its own, and a
 * bound on its paragraphs). Media parts are never read (images are dropped), so they are not inflated here.
 */
export function assertDocxInflatesWithin(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  let left = MAX_UNZIPPED_BYTES;
  for (const entry of entries.filter((e) => isXml(e.name))) {
    const isDocument = entry.name === 'word/document.xml';
    const out = inflateAtMost(bytes, entry, isDocument ? Math.min(left, MAX_DOCUMENT_XML_BYTES) : left);
    left -= out.length;
    if (!isDocument) continue;
    let paragraphs = 0;
    for (let at = out.indexOf('<w:p>'); at >= 0; at = out.indexOf('<w:p>', at + 5)) paragraphs += 1;
    for (let at = out.indexOf('<w:p '); at >= 0; at = out.indexOf('<w:p ', at + 5)) paragraphs += 1;
    if (paragraphs > MAX_DOCX_PARAGRAPHS)
      throw tooLarge(
        `The document has ${paragraphs} paragraphs, over the ${MAX_DOCX_PARAGRAPHS} a news article could need.`,
      );
  }
}
