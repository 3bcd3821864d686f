import { RejectedInputError } from './contract.js';
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from './limits.js';

/** One file listed in a zip's central directory, as declared (nothing is inflated). */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const corrupt = (why: string): RejectedInputError =>
  new RejectedInputError('corrupt', `The file is a damaged ZIP archive (${why}).`);

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KiB). */
function findEndRecord(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw corrupt('no end-of-directory record; the file may be truncated');
}

/** Lists a zip's entries from its central directory, without inflating anything. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw corrupt('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count > MAX_ZIP_ENTRIES) throw new RejectedInputError('too-large', `The archive lists ${count} files.`);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL)
      throw corrupt('bad directory entry');
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      method: view.getUint16(at + 10, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/**
 * Refuses archives that would inflate past the limit (zip bombs) before any inflating happens.
 * ZIP64 markers (0xFFFFFFFF) mean sizes beyond 4 GiB, far past anything a Word file needs.
 */
export function assertSafeToInflate(entries: readonly ZipEntry[], limit = MAX_UNZIPPED_BYTES): void {
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff) {
      throw new RejectedInputError('too-large', 'The archive declares a part larger than 4 GiB.');
    }
    total += e.uncompressedSize;
  }
  if (total > limit) {
    throw new RejectedInputError(
      'too-large',
      `The archive would unpack to ${Math.round(total / 2 ** 20)} MiB, over the ${limit >> 20} MiB limit (a zip bomb?).`,
    );
  }
}
