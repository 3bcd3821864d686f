import { RejectedInputError } from './contract.js';

/** What the bytes are, decided from their content; the file name is only a tie-breaker for text. */
export type SniffedKind = 'pdf' | 'zip' | 'ole' | 'text';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

// Formats people drop by mistake, named so the refusal says what the file actually is.
const FOREIGN: ReadonlyArray<[string, number[], number?]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', ascii('GIF8')],
  ['a WebP/WAV (RIFF) file', ascii('RIFF')],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a Linux executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['a Windows executable', ascii('MZ')],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', ascii('Rar!')],
  ['a bzip2 archive', ascii('BZh')],
  ['an RTF document', ascii('{\\rtf')],
  ['a PostScript file', ascii('%!PS')],
  ['an MP3 audio file', ascii('ID3')],
  ['a video or audio file (MP4)', ascii('ftyp'), 4],
];

/** The PDF header may follow a little junk; readers accept it within the first kilobyte. */
function pdfHeaderAt(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i += 1) if (startsWith(bytes, ascii('%PDF-'), i)) return i;
  return -1;
}

/** Share of bytes that are control characters no text file contains (NUL, BEL, ...). */
function binaryShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let odd = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] ?? 0;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) odd += 1;
  }
  return n === 0 ? 0 : odd / n;
}

const hasUtf16Bom = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/** UTF-16 text has a NUL in every other byte; tell it apart from binary by that regular pattern. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let zeros = 0;
  for (let i = 0; i < n; i += 2) if (bytes[i] === 0 || bytes[i + 1] === 0) zeros += 1;
  return n > 0 && zeros / (n / 2) > 0.3 && binaryShare(bytes) < 0.55;
}

export function sniffKind(bytes: Uint8Array): SniffedKind {
  if (pdfHeaderAt(bytes) >= 0) return 'pdf';
  if (startsWith(bytes, ascii('PK\x03\x04')) || startsWith(bytes, ascii('PK\x05\x06'))) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  for (const [name, magic, at] of FOREIGN) {
    // Printable magics ("MZ", "ID3") could start a text too: only binary content confirms them.
    const printable =
      magic.every((b) => b >= 0x20 && b < 0x7f) && !name.includes('RTF') && !name.includes('PostScript');
    if (startsWith(bytes, magic, at ?? 0) && (!printable || binaryShare(bytes) > 0)) {
      throw new RejectedInputError(
        'unsupported-format',
        `The file is ${name}, not an article (txt, md, html, docx or pdf).`,
      );
    }
  }
  if (hasUtf16Bom(bytes) || looksUtf16(bytes)) return 'text';
  if (binaryShare(bytes) > 0.01) {
    throw new RejectedInputError(
      'unsupported-format',
      'The file is binary data of an unknown kind, not an article (txt, md, html, docx or pdf).',
    );
  }
  return 'text';
}
