import { inflateRawSync } from 'node:zlib';
import { RejectedInputError } from './contract.js';
import {
  MAX_DOCUMENT_XML_BYTES,
  MAX_DOCX_ELEMENTS,
  MAX_DOCX_PARAGRAPHS,
  MAX_UNZIPPED_BYTES,
} from './limits.js';
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

const LT = 0x3c;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;

/** Start tags in an XML part (closing tags, declarations and comments are not elements). */
function countElements(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf(LT); at >= 0; at = xml.indexOf(LT, at + 1)) {
    const next = xml[at + 1];
    if (next !== SLASH && next !== QUESTION && next !== BANG) count += 1;
  }
  return count;
}

function countParagraphs(xml: Buffer): number {
  let paragraphs = 0;
  for (let at = xml.indexOf('<w:p>'); at >= 0; at = xml.indexOf('<w:p>', at + 5)) paragraphs += 1;
  for (let at = xml.indexOf('<w:p '); at >= 0; at = xml.indexOf('<w:p ', at + 5)) paragraphs += 1;
  return paragraphs;
}

/** XML by its first bytes (after a BOM and white space), whatever the part is named. */
function looksLikeXml(out: Buffer): boolean {
  let at = out[0] === 0xef && out[1] === 0xbb && out[2] === 0xbf ? 3 : 0;
  while (at < out.length && (out[at] === 0x20 || out[at] === 0x0a || out[at] === 0x0d || out[at] === 0x09))
    at += 1;
  return out[at] === LT;
}

/**
 * Every part of the archive, counted while inflating: the directory's sizes may lie, so bytes are counted as
 * they come out and inflation stops at the cap (XML parts each have a cap of their own, and all the XML
 * together a bound on elements, which is what the Word reader's memory grows with; the document part also a
 * bound on paragraphs). Media parts are inflated too: the Word reader finds its parts through relationship
 * targets, which a hostile file may point at any name, so no part is trusted by its name.
 */
export function assertDocxInflatesWithin(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  let left = MAX_UNZIPPED_BYTES;
  let elements = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue; // a folder
    const out = inflateAtMost(
      bytes,
      entry,
      isXml(entry.name) ? Math.min(left, MAX_DOCUMENT_XML_BYTES) : left,
    );
    left -= out.length;
    if (!looksLikeXml(out)) continue;
    elements += countElements(out);
    if (elements > MAX_DOCX_ELEMENTS)
      throw tooLarge(
        `The Word document has over ${MAX_DOCX_ELEMENTS} XML elements (at ${entry.name}), far more than a news article needs.`,
      );
    if (entry.name !== 'word/document.xml') continue;
    const paragraphs = countParagraphs(out);
    if (paragraphs > MAX_DOCX_PARAGRAPHS)
      throw tooLarge(
        `The document has ${paragraphs} paragraphs, over the ${MAX_DOCX_PARAGRAPHS} a news article could need.`,
      );
  }
}
