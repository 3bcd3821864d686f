import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFile {
  name: string;
  data: string | Uint8Array;
  /** Override the size written in the directory (to build a zip bomb's lie cheaply). */
  declaredSize?: number;
  /** Set the "encrypted" flag on the entry. */
  encrypted?: boolean;
}

const u16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** A small, valid ZIP writer (deflate, no ZIP64) for building .docx files in tests. */
export function makeZip(files: readonly ZipFile[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const file of files) {
    const data = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data;
    const packed = deflateRawSync(data);
    const name = new TextEncoder().encode(file.name);
    const size = file.declaredSize ?? data.length;
    const flags = (file.encrypted ? 1 : 0) | 0x800; // bit 11: UTF-8 names
    const common = [...u16(20), ...u16(flags), ...u16(8), ...u16(0), ...u16(0x21), ...u32(crc32(data))];
    const sizes = [...u32(packed.length), ...u32(size), ...u16(name.length), ...u16(0)];
    const offset = local.length;
    local.push(...u32(0x04034b50), ...common, ...sizes, ...name, ...packed);
    central.push(...u32(0x02014b50), ...u16(20), ...common, ...sizes, ...u16(0), ...u16(0), ...u16(0));
    central.push(...u32(0), ...u32(offset), ...name);
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(files.length),
    ...u16(files.length),
    ...u32(central.length),
    ...u32(local.length),
    ...u16(0),
  ];
  return new Uint8Array([...local, ...central, ...end]);
}
